import { isHidden } from '../read-text';

/**
 * One message of a webmail thread as its reading pane shows it: every field comes from the
 * message's own card, so sender, date, body and links can never come from different messages.
 */
export interface WebmailMessage {
  /** The message's card (Gmail `div.adn`, Outlook's message container). */
  card: Element;
  /** Gmail's `data-legacy-message-id` / `data-message-id`, Outlook's `MSG_…` id part. */
  id: string | null;
  /** The sender's address, from the page's own structure only; null when none was found. */
  address: string | null;
  /** The sender's display name. */
  name: string | null;
  date: string | null;
  body: Element;
}

/** Ancestors climbed from a body to its card, and for a hidden ancestor: a reading pane is shallow. */
const MAX_CLIMB = 40;

/**
 * Hidden by markup, itself or an ancestor (`hidden`, inline display:none, aria-hidden): Gmail
 * keeps earlier views' copies this way. Markup rather than layout, so the extension and the
 * `inspect` CLI (happy-dom, no layout) agree.
 */
export function hiddenByMarkup(element: Element): boolean {
  let node: Element | null = element;
  for (let depth = 0; node && depth < 200; depth++, node = node.parentElement) {
    if (isHidden(node) || node.getAttribute('aria-hidden') === 'true') return true;
  }
  return false;
}

/** A compose or draft editor, not a received message. */
export function isEditable(element: Element): boolean {
  return element.closest('[contenteditable=""], [contenteditable="true"], textarea, form[role="form"]') !== null;
}

/** The nearest ancestor of `body` (itself excluded) for which `isCard` holds, within reach. */
export function climbTo(body: Element, isCard: (element: Element) => boolean): Element | null {
  let node = body.parentElement;
  for (let depth = 0; node && depth < MAX_CLIMB; depth++, node = node.parentElement) {
    if (node.tagName === 'BODY') return null;
    if (isCard(node)) return node;
  }
  return null;
}

/** Whitespace-collapsed text, leaving out buttons and what is hidden for assistive tech and sight. */
export function ownText(element: Element | null | undefined, max = 2_000): string | null {
  if (!element) return null;
  const walker = (element.ownerDocument ?? document).createTreeWalker(element, 5 /* SHOW_ELEMENT | SHOW_TEXT */);
  let text = '';
  let node: Node | null = walker.nextNode();
  while (node && text.length < max * 2) {
    if (node.nodeType === 1 && skipsText(node as Element)) {
      node = walker.nextSibling();
      while (!node && walker.parentNode() && walker.currentNode !== element) node = walker.nextSibling();
      continue;
    }
    if (node.nodeType === 3) text += node.nodeValue ?? '';
    else if (node.nodeType === 1 && !INLINE.has((node as Element).tagName)) text += ' ';
    node = walker.nextNode();
  }
  return text.replace(/\s+/g, ' ').trim().slice(0, max) || null;
}

const INLINE = new Set(['A', 'B', 'EM', 'I', 'SPAN', 'STRONG', 'U', 'SMALL', 'MARK']);

function skipsText(element: Element): boolean {
  const tag = element.tagName;
  return (
    tag === 'BUTTON' || tag === 'SCRIPT' || tag === 'STYLE' || tag === 'SVG' || tag === 'svg' ||
    element.getAttribute('role') === 'button' || element.getAttribute('aria-hidden') === 'true' || isHidden(element)
  );
}

/** Local part and domain without spaces, brackets or quotes: a whole value, never a search. */
const ADDRESS = /^[^\s@<>"',;:()[\]\\]{1,64}@[^\s@<>"',;:()[\]\\]{1,253}$/;

/** The value when it is exactly one address (surrounding space and a final dot allowed), lower case. */
export function plainAddress(value: string | null | undefined): string | null {
  const trimmed = (value ?? '').trim().replace(/\.$/, '');
  return trimmed.length <= 320 && ADDRESS.test(trimmed) && trimmed.includes('.', trimmed.indexOf('@')) ? trimmed.toLowerCase() : null;
}

/**
 * The address of a sender line "Name <address>": the LAST bracketed address. The display name
 * comes first and is the sender's to write ("notice@amazon.com <x@evil.example>", "<a@amazon.com>
 * <x@evil.example>"); the address the mail service shows comes after it. A line that is one bare
 * address is that address. Anything else (a name alone) has none. One scan from the end.
 */
export function addressOfSenderLine(line: string | null | undefined): string | null {
  const text = (line ?? '').slice(0, 2_000).trim();
  const close = text.lastIndexOf('>');
  if (close >= 0) {
    const open = text.lastIndexOf('<', close);
    return open >= 0 ? plainAddress(text.slice(open + 1, close)) : null;
  }
  return plainAddress(text);
}

/** The display name of a sender line: what comes before the last bracketed address, unquoted. */
export function nameOfSenderLine(line: string | null | undefined): string | null {
  const text = (line ?? '').slice(0, 2_000).trim();
  const open = text.lastIndexOf('<');
  const name = (open >= 0 ? text.slice(0, open) : text).replace(/^["'\s]+|["'\s]+$/g, '');
  return name && !plainAddress(name) ? name.slice(0, 500) : null;
}

/**
 * `Name <address>` for MailHeaders.from, with the characters that could make another address
 * out of the name removed, so lib/notices/sender.ts can only find the address we found.
 */
export function senderHeader(address: string | null, name: string | null): string | null {
  if (!address) return null;
  const clean = (name ?? '').replace(/["<>\\@]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 500);
  return clean && clean.toLowerCase() !== address ? `${clean} <${address}>` : address;
}
