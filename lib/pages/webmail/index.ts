import type { PageDetails, PageKind } from '../page-kind';
import { readVisibleText } from '../read-text';

/**
 * Webmail tabs (Gmail, Outlook on the web). Never read automatically: the seller captures an
 * open message with one click, through activeTab. `read` takes the open message's headers
 * (From, Subject, Date; webmail shows no Reply-To or Return-Path) and its body as the field
 * `mail.body`, so the notice parser reads the message and not the inbox around it. A tab with no
 * open message gives nothing (the capture keeps the page text either way).
 */
const WEBMAIL_HOSTS = ['mail.google.com', 'outlook.live.com', 'outlook.office.com', 'outlook.office365.com'];
const MAX_BODY = 20_000;

/** Gmail's reading view, as public Gmail userscripts read it (seen 2024-2026; fixture webmail-message.html). */
const GMAIL = {
  subject: 'h2.hP',
  sender: 'span.gD[email]', // attributes email="address" name="display name"
  date: 'span.g3', // title="Fri, Nov 20, 2026, 9:14 AM"
  body: 'div.a3s',
};

/**
 * Outlook on the web's reading pane, by role and aria labels rather than its hashed classes.
 * Seen in public code, 2025-2026: "Email message" containers and `span[aria-label^="From:"]` in an
 * Asana-for-Outlook content script; `[aria-label^="From:"]` / `[aria-label^="发件人:"]`, the main
 * region's heading, `[data-testid="SentReceivedSavedTime"]` (title or text) and `[role="document"]`
 * in an Outlook automation helper; `[aria-label="Message body"]` in several exporters.
 */
const OUTLOOK = {
  message: '[aria-label="Email message"]',
  subject: '[role="main"] [role="heading"]',
  sender: '[aria-label^="From:"], [aria-label^="发件人:"], [aria-label^="Von:"], [aria-label^="De:"], [aria-label^="差出人:"]',
  date: '[data-testid="SentReceivedSavedTime"]',
  body: '[aria-label="Message body"], [role="document"]',
};

export const webmail: PageKind = {
  id: 'webmail',
  auto: false,
  match: (url) => WEBMAIL_HOSTS.includes(url.hostname),
  read: (doc, url) => (url.hostname === 'mail.google.com' ? readGmail(doc) : readOutlook(doc)),
  links: true,
};

/** Real URL shapes this kind must match; every other kind must reject them (tests only: lib/pages/examples.ts). */
export const WEBMAIL_EXAMPLES = [
  'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmNnpqQ',
  'https://outlook.live.com/mail/0/inbox/id/AQQkADAwATM0MDAAMS1hZjc',
  'https://outlook.office.com/mail/inbox/id/AAQkAGI2',
];

function readGmail(doc: Document): PageDetails {
  // In a thread the last sender, date and body belong to the newest (open) message.
  const sender = last(doc, GMAIL.sender);
  const email = sender?.getAttribute('email')?.trim() ?? '';
  const name = sender?.getAttribute('name')?.trim() || sender?.textContent?.trim() || '';
  const date = last(doc, GMAIL.date);
  return details(
    email ? (name && name !== email ? `${name} <${email}>` : email) : name || null,
    text(doc.querySelector(GMAIL.subject)),
    date?.getAttribute('title')?.trim() || text(date),
    last(doc, GMAIL.body),
  );
}

function readOutlook(doc: Document): PageDetails {
  const messages = doc.querySelectorAll(OUTLOOK.message);
  const scope: ParentNode = messages.length > 0 ? messages[messages.length - 1]! : doc;
  const sender = scope.querySelector(OUTLOOK.sender) ?? doc.querySelector(OUTLOOK.sender);
  const label = sender?.getAttribute('aria-label')?.replace(/^[^:：]{1,12}[:：]\s*/, '').trim() ?? '';
  const from = label.includes('@') ? label : text(sender) || label || null;
  const date = scope.querySelector(OUTLOOK.date);
  return details(
    from,
    text(doc.querySelector(OUTLOOK.subject)),
    date?.getAttribute('title')?.trim() || text(date),
    scope.querySelector(OUTLOOK.body),
  );
}

function details(from: string | null, subject: string | null, date: string | null, body: Element | null): PageDetails {
  if (!from && !subject) return {};
  const result: PageDetails = {
    mail: { from: cap(from, 1_000), replyTo: null, returnPath: null, subject: cap(subject, 2_000), date: cap(date, 200) },
  };
  const bodyText = body ? readVisibleText(body, MAX_BODY).text : '';
  if (bodyText) result.fields = [{ name: 'mail.body', value: bodyText }];
  return result;
}

function last(doc: Document, selector: string): Element | null {
  const all = doc.querySelectorAll(selector);
  return all.length > 0 ? all[all.length - 1]! : null;
}

function text(element: Element | null | undefined): string | null {
  return element?.textContent?.replace(/\s+/g, ' ').trim() || null;
}

function cap(value: string | null, max: number): string | null {
  return value ? value.slice(0, max) : null;
}
