import type { KatalElement } from '../model/page-read';

/**
 * Walks a page once and returns its visible text, the attributes of Katal `kat-*` elements and
 * the text inside open shadow roots and same-origin iframes.
 *
 * Why a walker and not `innerText`: Seller Central renders most words inside Katal web
 * components, whose text lives in attributes (`label`, `text`) or shadow roots that innerText
 * never sees; and the same walker gives the same text in Chromium, happy-dom and the CLI, so a
 * page captured in the browser and the same page saved to disk hash and parse alike.
 */

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'HEAD', 'svg', 'IFRAME', 'FRAME', 'OBJECT', 'CANVAS', 'SELECT']);
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV',
  'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'UL', 'CAPTION', 'BODY',
  'KAT-TABLE-ROW', 'KAT-ALERT', 'KAT-BOX', 'KAT-CARD', 'KAT-BANNER', 'KAT-LIST-ITEM', 'KAT-MODAL',
]);
const CELL = new Set(['TD', 'TH', 'KAT-TABLE-CELL']);
/** Katal attributes that carry visible text (digest 48: label, text, value, header, description). */
const KATAL_TEXT_ATTRIBUTES = ['header', 'label', 'text', 'description', 'value'] as const;
const MAX_KATAL = 5_000;
const MAX_FRAME_DEPTH = 3;

export interface TextRead {
  text: string;
  katal: KatalElement[];
}

export function readVisibleText(root: Document | Element, maxChars: number): TextRead {
  const parts: string[] = [];
  const katal: KatalElement[] = [];
  let length = 0;
  const full = () => length >= maxChars;
  const push = (piece: string) => {
    parts.push(piece);
    length += piece.length;
  };

  const walk = (node: Node, frameDepth: number): void => {
    if (full()) return;
    if (node.nodeType === 3) {
      const value = node.nodeValue;
      if (value && value.trim()) push(value.replace(/\s+/g, ' '));
      return;
    }
    if (node.nodeType !== 1) {
      // Document fragments (shadow roots) and documents: walk their children.
      if (node.nodeType === 11 || node.nodeType === 9) walkChildren(node, frameDepth);
      return;
    }
    const element = node as Element;
    const tag = element.tagName;
    if (tag === 'IFRAME' || tag === 'FRAME') {
      walkFrame(element as HTMLIFrameElement, frameDepth);
      return;
    }
    if (SKIPPED.has(tag) || isHidden(element)) return;
    const block = BLOCK.has(tag);
    if (block) push('\n');
    else if (CELL.has(tag)) push('\t');
    let shadowCovered = false;
    if (tag.startsWith('KAT-')) shadowCovered = collectKatal(element, katal, push);
    const shadow = element.shadowRoot;
    if (shadow && !shadowCovered) walkChildren(shadow, frameDepth);
    walkChildren(element, frameDepth);
    if (block) push('\n');
  };

  const walkChildren = (parent: Node, frameDepth: number) => {
    for (let child = parent.firstChild; child; child = child.nextSibling) walk(child, frameDepth);
  };

  const walkFrame = (frame: HTMLIFrameElement, frameDepth: number) => {
    if (frameDepth >= MAX_FRAME_DEPTH) return;
    let body: HTMLElement | null = null;
    try {
      body = frame.contentDocument?.body ?? null; // null for cross-origin frames: skipped by design
    } catch {
      return;
    }
    if (body) {
      push('\n');
      walk(body, frameDepth + 1);
      push('\n');
    }
  };

  walk(root, 0);
  return { text: tidy(parts.join('')).slice(0, maxChars), katal };

  function collectKatal(element: Element, into: KatalElement[], emit: (text: string) => void): boolean {
    const entry: KatalElement = { tag: element.tagName.toLowerCase() };
    const name = element.getAttribute('name');
    if (name) entry.name = name;
    let hasText = false;
    for (const attribute of KATAL_TEXT_ATTRIBUTES) {
      const value = attribute === 'value' ? katalValue(element) : element.getAttribute(attribute);
      if (value && value.trim()) {
        entry[attribute] = value.slice(0, 20_000);
        emit(` ${value.replace(/\s+/g, ' ')} `);
        hasText = true;
      }
    }
    if (element.hasAttribute('disabled') || element.getAttribute('aria-disabled') === 'true') entry.disabled = true;
    if (into.length < MAX_KATAL && (hasText || entry.name)) into.push(entry);
    return hasText;
  }
}

/** A Katal field keeps its live value in the `value` property; the attribute is the first one. */
export function katalValue(element: Element): string | null {
  const property = (element as Element & { value?: unknown }).value;
  if (typeof property === 'string') return property;
  return element.getAttribute('value');
}

function isHidden(element: Element): boolean {
  if (element.hasAttribute('hidden')) return true;
  const style = element.getAttribute('style');
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** Collapses the walker's spacing: no trailing spaces, at most one blank line. */
export function tidy(text: string): string {
  return text
    .replace(/[ \t]*\n[ \t]*/g, '\n')
    .replace(/ {2,}/g, ' ')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
