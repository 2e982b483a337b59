import { climbTo, hiddenByMarkup, isEditable, ownText, plainAddress, type WebmailMessage } from './message';

/**
 * Gmail's reading pane, as maintained extensions select it (seen 2026-12-02):
 * - InboxSDK/InboxSDK src/platform-implementation-js/dom-driver/gmail/views/gmail-message-view.ts:
 *   a message element whose class says its state (`kv`/`ky` collapsed, `kQ`/`kx` hidden, `h7`
 *   expanded), `[data-message-id]` with `data-legacy-message-id`, the sender `td.gF span[email]`
 *   (`email` and `name` attributes), the date `.gK .g3` by its `title`, contents `div.ii.gt`.
 * - KartikTalwar/gmail.js src/gmail.js and public Gmail scripts: subject `h2.hP`, expanded
 *   messages `div.adn.ads`, body `div.a3s` (`.a3s.aiL`), sender `span.gD[email]`.
 * Gmail keeps copies of earlier views in the page, hidden; they are skipped, as are empty bodies.
 */
export const GMAIL = {
  body: 'div.a3s',
  /** The message card: `div.adn` (expanded; collapsed ones are `div.adf` and have no body). */
  card: 'div.adn',
  id: '[data-legacy-message-id], [data-message-id]',
  /** The sender's name in the message header; the To/Cc line's are `span.g2[email]`, not matched. */
  sender: 'span.gD[email], h3.iw span[email], td.gF span[email]',
  date: 'span.g3',
  subject: 'h2.hP',
  /** Message states InboxSDK reads from the class: collapsed and hidden. */
  notExpanded: ['kv', 'ky', 'kQ', 'kx'],
} as const;

/** The thread's visible, expanded messages with a body, in page order (Gmail shows oldest first). */
export function gmailMessages(doc: Document): WebmailMessage[] {
  const messages: WebmailMessage[] = [];
  const seen = new Set<Element>();
  for (const body of Array.from(doc.querySelectorAll(GMAIL.body))) {
    if (!(body.textContent ?? '').trim() || hiddenByMarkup(body) || isEditable(body)) continue;
    // A body inside another body is quoted text of that message.
    if (body.parentElement?.closest(GMAIL.body)) continue;
    const card = body.closest(GMAIL.card) ?? climbTo(body, (node) => senders(node).length > 0);
    if (card && (seen.has(card) || collapsed(card))) continue;
    if (card) seen.add(card);
    // Two senders around a body: a thread, not one message (its header is missing). The message
    // is kept with its sender unknown, never another message's.
    messages.push(card && senders(card).length === 1 ? readCard(card, body) : { card: card ?? body, id: null, address: null, name: null, date: null, body });
  }
  return messages;
}

/** The visible thread heading nearest the message (its own thread), else the last visible one. */
export function gmailSubject(doc: Document, card: Element | null): string | null {
  const headings = Array.from(doc.querySelectorAll(GMAIL.subject)).filter((heading) => !hiddenByMarkup(heading));
  const own = card ? headings.find((heading) => sharesThread(heading, card)) : undefined;
  return ownText(own ?? headings[headings.length - 1]);
}

function readCard(card: Element, body: Element): WebmailMessage {
  const sender = senders(card)[0];
  const date = Array.from(card.querySelectorAll(GMAIL.date)).find(outsideBody);
  const idElement = card.matches(GMAIL.id) ? card : card.querySelector(GMAIL.id);
  return {
    card,
    id: idElement?.getAttribute('data-legacy-message-id') || idElement?.getAttribute('data-message-id') || null,
    // The `email` attribute is Gmail's own, set from the message's header: an address or nothing.
    address: plainAddress(sender?.getAttribute('email')),
    name: sender?.getAttribute('name')?.trim() || ownText(sender, 500),
    date: date?.getAttribute('title')?.trim() || ownText(date, 200),
    body,
  };
}

function collapsed(card: Element): boolean {
  const states = [card, card.parentElement].filter((node): node is Element => node !== null);
  return states.some((node) => GMAIL.notExpanded.some((name) => node.classList.contains(name)));
}

const outsideBody = (element: Element) => !element.closest(GMAIL.body);

/** The card's sender elements outside message bodies (a body's markup is the sender's to write). */
function senders(root: Element): Element[] {
  return Array.from(root.querySelectorAll(GMAIL.sender)).filter(outsideBody);
}

/** The heading and the card sit under the same thread view: the heading's nearest ancestors hold the card. */
function sharesThread(heading: Element, card: Element): boolean {
  let node = heading.parentElement;
  for (let depth = 0; node && depth < 12; depth++, node = node.parentElement) {
    if (node.contains(card)) return node.tagName !== 'BODY';
  }
  return false;
}
