import { WEBMAIL_HOSTS } from '../../hosts';
import type { PageRow } from '../../model/page-read';
import { mailDateOrder } from '../../notices/mail-date';
import type { PageDetails, PageKind, ReadChoice } from '../page-kind';
import { readLinks } from '../read-page';
import { readVisibleText } from '../read-text';
import { gmailMessages, gmailSubject } from './gmail';
import { senderHeader, type WebmailMessage } from './message';
import { outlookMessages, outlookSubject } from './outlook';

/**
 * Webmail tabs (Gmail, Outlook on the web). Never read automatically: the seller captures an
 * open message with one click, through activeTab. ONE message is read, and every field from it:
 * the newest open (expanded, visible, non-draft) message of the thread, or the one the seller
 * picks; its sender, date, body (`mail.body`) and the links of that body only. The thread's open
 * messages are listed as rows of kind `mail-message` (newest first) so the popup can offer the
 * others. The sender's address comes from the page's own structure or not at all (`from` null:
 * "sender not found").
 */
const MAX_BODY = 20_000;
/** A thread rarely has more open messages; the popup lists at most these. */
const MAX_MESSAGES = 20;

export const webmail: PageKind = {
  id: 'webmail',
  auto: false,
  match: (url) => url.protocol === 'https:' && WEBMAIL_HOSTS.includes(url.hostname),
  read: readWebmail,
  // The reader takes the open message's links itself: the rest of the mailbox is not the message.
  links: false,
};

/** Real URL shapes this kind must match; every other kind must reject them (tests only: lib/pages/examples.ts). */
export const WEBMAIL_EXAMPLES = [
  'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmNnpqQ',
  'https://outlook.live.com/mail/0/inbox/id/AQQkADAwATM0MDAAMS1hZjc',
  'https://outlook.office.com/mail/inbox/id/AAQkAGI2',
  'https://outlook.office365.com/mail/inbox/id/AAQkADk3',
  'https://outlook.cloud.microsoft/mail/inbox/id/AAQkAGE1',
];

export function readWebmail(doc: Document, url: URL, choice: ReadChoice = {}): PageDetails {
  const gmail = url.hostname === 'mail.google.com';
  const lang = doc.documentElement.getAttribute('lang') || choice.language || null;
  const messages = newestFirst(gmail ? gmailMessages(doc) : outlookMessages(doc), lang, gmail).slice(0, MAX_MESSAGES);
  const chosen = messages[Math.min(Math.max(choice.message ?? 0, 0), messages.length - 1)];
  const subject = gmail ? gmailSubject(doc, chosen?.card ?? null) : outlookSubject(doc);
  if (!chosen) return subject ? { mail: { from: null, fromName: null, replyTo: null, returnPath: null, subject: cap(subject, 2_000), date: null } } : {};
  const body = readVisibleText(chosen.body, MAX_BODY).text;
  return {
    mail: {
      from: senderHeader(chosen.address, chosen.name),
      fromName: cap(chosen.name, 1_000),
      replyTo: null,
      returnPath: null,
      subject: cap(subject, 2_000),
      date: cap(chosen.date, 200),
    },
    fields: body ? [{ name: 'mail.body', value: body }] : [],
    links: readLinks(chosen.body),
    rows: messages.map((message, index) => messageRow(message, index, message === chosen)),
  };
}

/**
 * Newest first: by the written dates when every message has one that reads, else by the page's
 * order (Gmail shows a thread oldest first; Outlook newest first unless the seller changed it).
 */
function newestFirst(messages: WebmailMessage[], lang: string | null, oldestFirstOnPage: boolean): WebmailMessage[] {
  const pageOrder = oldestFirstOnPage ? [...messages].reverse() : messages;
  const times = new Map(pageOrder.map((message) => [message, mailDateOrder(message.date, lang)]));
  if ([...times.values()].some((time) => time === null)) return pageOrder;
  return [...pageOrder].sort((a, b) => times.get(b)! - times.get(a)!);
}

function messageRow(message: WebmailMessage, index: number, chosen: boolean): PageRow {
  const cells: Record<string, string> = { index: String(index) };
  if (message.address) cells.address = message.address;
  if (message.name) cells.name = message.name.slice(0, 500);
  if (message.date) cells.date = message.date.slice(0, 200);
  if (message.id) cells.id = message.id.slice(0, 200);
  if (chosen) cells.chosen = 'true';
  return { kind: 'mail-message', depth: 0, cells };
}

function cap(value: string | null, max: number): string | null {
  return value ? value.slice(0, max) : null;
}
