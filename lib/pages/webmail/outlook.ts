import { textOf } from '../dom';
import {
  addressOfSenderLine, climbTo, hiddenByMarkup, isEditable, nameOfSenderLine, ownText, type WebmailMessage,
} from './message';

/**
 * Outlook on the web's reading pane (outlook.live.com, outlook.office.com, outlook.office365.com,
 * outlook.cloud.microsoft), by element ids that do not change with the interface language, as
 * public extensions and scripts select it (seen 2026-12-02 by code search):
 * - a phishing-scan content script: the pane `[data-app-section="MailReadCompose"]`, the subject
 *   `[role="heading"][id^="CONV_"][id$="_SUBJECT"]`, one message's body `[id^="UniqueMessageBody"]`
 *   and its sender `[id^="MSG_"][id$="_FROM"]`; drafts ("[Brouillon]", an editor) are skipped.
 * - an OWA thread exporter for outlook.cloud.microsoft: `[aria-label="Email message"]` cards, the
 *   date `[data-testid="SentReceivedSavedTime"]` or `[id$="_DATETIME"]`, a second "Message body"
 *   holding the quoted history after the message's own; dates such as `Mon 18/05/2026 09:40`.
 * - auslong427/Outlook-Copy copy-sender.js: `#ReadingPaneContainerId`, the sender line shows
 *   "Name <address>" (a name alone for people of the same organisation).
 * Labels ("From:", "De :", "差出人:") are only the fallback when the ids are missing.
 */
export const OUTLOOK = {
  pane: '[data-app-section="MailReadCompose"], #ReadingPaneContainerId, [data-app-section="ConversationContainer"], [role="main"]',
  body: '[id^="UniqueMessageBody"]',
  /** Language-dependent fallbacks for a build without the ids. */
  bodyByLabel: '[aria-label="Message body"], [role="document"]',
  sender: '[id$="_FROM"]',
  date: '[id$="_DATETIME"], [data-testid="SentReceivedSavedTime"]',
  subject: '[role="heading"][id$="_SUBJECT"], [id^="CONV_"][id$="_SUBJECT"]',
  subjectFallback: '[role="heading"]',
} as const;

/**
 * "From" as Outlook labels the sender in the interface languages Seller Central sellers use:
 * en, de, fr, es, it, ja, zh (simplified and traditional), nl, pl, sv, tr, ar.
 */
const FROM_LABELS = ['from', 'von', 'de', 'da', '差出人', '发件人', '寄件者', 'van', 'od', 'från', 'kimden', 'من', 'remitente', 'expéditeur'];

/** The pane's open, non-draft messages with a body, in page order. */
export function outlookMessages(doc: Document): WebmailMessage[] {
  const pane = visiblePane(doc);
  let bodies = Array.from(pane.querySelectorAll(OUTLOOK.body));
  if (bodies.length === 0) bodies = Array.from(pane.querySelectorAll(OUTLOOK.bodyByLabel));
  const messages: WebmailMessage[] = [];
  const seen = new Set<Element>();
  for (const body of bodies) {
    if (!(body.textContent ?? '').trim() || hiddenByMarkup(body) || isEditable(body)) continue;
    const card = climbTo(body, (node) => senders(node, 1).length > 0);
    // The first body of a card is the message's own; a later one is its quoted history.
    if (card && seen.has(card)) continue;
    if (card) seen.add(card);
    // Two senders around a body: that is a conversation, not one message's card (the card has
    // lost its sender line). The message is kept with its sender unknown, never another's.
    messages.push(card && senders(card, 2).length === 1 ? readCard(card, body) : unknownSender(body));
  }
  return messages;
}

/** The conversation's subject, without the buttons beside it ("Summarize", "Translate"). */
export function outlookSubject(doc: Document): string | null {
  const pane = visiblePane(doc);
  const byId = Array.from(pane.querySelectorAll(OUTLOOK.subject)).find((element) => !hiddenByMarkup(element));
  if (byId) return byId.getAttribute('title')?.trim() || ownText(byId);
  const heading = Array.from(pane.querySelectorAll(OUTLOOK.subjectFallback)).find((element) => !hiddenByMarkup(element) && ownText(element));
  return ownText(heading);
}

function readCard(card: Element, body: Element): WebmailMessage {
  const sender = senders(card, 1)[0]!;
  const line = senderLine(sender);
  const date = Array.from(card.querySelectorAll(OUTLOOK.date)).find((element) => !inBody(element));
  const id = /^MSG_(.+)_FROM$/.exec(sender.id)?.[1] ?? null;
  return {
    card,
    id,
    address: addressOfSenderLine(line),
    name: nameOfSenderLine(line),
    date: date?.getAttribute('title')?.trim() || ownText(date, 200),
    body,
  };
}

function unknownSender(body: Element): WebmailMessage {
  return { card: body, id: null, address: null, name: null, date: null, body };
}

/**
 * Up to `max` sender elements under `root`, outside message bodies: by id, else by a "From:"
 * label in the interface language (a label inside the sender element is the same sender).
 */
function senders(root: Element, max: number): Element[] {
  const found: Element[] = [];
  for (const element of Array.from(root.querySelectorAll(OUTLOOK.sender))) {
    if (!inBody(element)) found.push(element);
    if (found.length >= max) return found;
  }
  if (found.length > 0) return found;
  for (const element of Array.from(root.querySelectorAll('[aria-label]'))) {
    if (inBody(element) || labelValue(element.getAttribute('aria-label')) === null) continue;
    if (found.some((sender) => sender.contains(element))) continue;
    found.push(element);
    if (found.length >= max) break;
  }
  return found;
}

/**
 * The sender line as Outlook shows it: the element's text ("Amazon <notice@amazon.com>"), else
 * its aria-label without the "From:" label. Text first: the label can hold the name only.
 */
function senderLine(sender: Element): string | null {
  // All its words, buttons included: the name is often a button that opens the contact card.
  const text = textOf(sender).slice(0, 1_000) || null;
  const label = labelValue(sender.getAttribute('aria-label')) ?? firstLabelValue(sender);
  if (text && (text.includes('@') || !label)) return labelValue(text) ?? text;
  return label ?? text;
}

function firstLabelValue(sender: Element): string | null {
  for (const element of Array.from(sender.querySelectorAll('[aria-label]'))) {
    const value = labelValue(element.getAttribute('aria-label'));
    if (value !== null) return value;
  }
  return null;
}

/** "From: X", "De : X", "差出人: X", "من: X" -> "X"; null when the text does not start with a From label. */
function labelValue(label: string | null): string | null {
  if (!label) return null;
  const text = label.slice(0, 1_000).trimStart();
  const colon = text.search(/[:：]/);
  if (colon < 1 || colon > 16) return null;
  const word = text.slice(0, colon).trim().toLowerCase();
  return FROM_LABELS.includes(word) ? text.slice(colon + 1).trim() || null : null;
}

function inBody(element: Element): boolean {
  return element.closest(`${OUTLOOK.body}, ${OUTLOOK.bodyByLabel}`) !== null;
}

/** The reading pane that is shown (a hidden one is an earlier view), else the whole page. */
function visiblePane(doc: Document): ParentNode {
  for (const pane of Array.from(doc.querySelectorAll(OUTLOOK.pane))) {
    if (!hiddenByMarkup(pane) && pane.querySelector(`${OUTLOOK.body}, ${OUTLOOK.bodyByLabel}`)) return pane;
  }
  return doc;
}
