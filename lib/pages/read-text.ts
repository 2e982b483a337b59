import type { KatalElement } from '../model/page-read';
import { KATAL_LAYOUT, rowRead, type RowMemo } from './dom';

/**
 * A page's visible text, the attributes of Katal `kat-*` elements and the text inside open shadow
 * roots and same-origin iframes, by one of two strategies the caller chooses:
 *
 * - `walk` (the default; happy-dom: unit tests and the CLI): one JS walk over every node. The
 *   same text wherever it runs, but in Chromium it costs several times `innerText` on a big page.
 * - `layout` (a real browser: the content script and the one-click page reader): the light DOM's
 *   text from the browser's own `innerText` (native; leaves out what CSS hides), then the bodies
 *   of same-origin iframes, then the text of open shadow roots (innerText does not enter them),
 *   then one line per Katal element with text attributes (kept there, not in text nodes).
 *
 * Both give the same words; the order differs (layout puts frames, shadow roots and Katal text
 * after the page's own text), and layout leaves out CSS-hidden light-DOM text that walk keeps.
 * The interpreters search the text for labels and values, so they read both alike (tested).
 *
 * Pages outside Amazon's hosts are read by neither: lib/pages/read-rendered.ts reads only what a
 * person sees there.
 */
export type TextStrategy = 'walk' | 'layout';

export const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'HEAD', 'svg', 'IFRAME', 'FRAME', 'OBJECT', 'CANVAS', 'SELECT']);
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV',
  'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'UL', 'CAPTION', 'BODY',
  'KAT-TABLE-ROW', 'KAT-ALERT', 'KAT-BOX', 'KAT-CARD', 'KAT-BANNER', 'KAT-LIST-ITEM', 'KAT-MODAL',
]);
const CELL = new Set(['TD', 'TH', 'KAT-TABLE-CELL']);
/** Katal attributes that carry visible text (label, text, value, header, description). */
/** In this order (readKatal's switch follows it). */
const KATAL_TEXT_ATTRIBUTES = ['header', 'label', 'text', 'description', 'value'] as const;
const VALUE = 4;
const MAX_KATAL = 5_000;
const MAX_FRAME_DEPTH = 3;

export interface TextRead {
  text: string;
  katal: KatalElement[];
}

export function readVisibleText(root: Document | Element, maxChars: number, strategy: TextStrategy = 'walk', rowsOwn?: string, memo: RowMemo = new WeakMap()): TextRead {
  const element = root.nodeType === 9 ? ((root as Document).body ?? (root as Document).documentElement) : (root as Element);
  if (strategy === 'layout' && element && 'innerText' in element) return readLaidOut(element as HTMLElement, maxChars, 0, rowsOwn, memo);
  return walkText(root, maxChars, 0);
}

/**
 * The `walk` strategy: one walk in document order over `root` (an element, a document or a
 * shadow root), into open shadow roots and same-origin frames, skipping `hidden` and inline
 * `display:none` subtrees. Katal attribute text goes where the element is.
 */
function walkText(root: Node, maxChars: number, depth: number): TextRead {
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
      // Whitespace between two inline elements ("<a>Home</a> <a>Orders</a>") still parts words.
      if (value) push(value.trim() ? value.replace(/\s+/g, ' ') : ' ');
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
    if (tag.startsWith('KAT-')) {
      const line = readKatal(element, katal);
      if (line) push(` ${line} `);
      shadowCovered = line !== '';
    }
    const shadow = element.shadowRoot;
    if (shadow && !shadowCovered) walkChildren(shadow, frameDepth);
    walkChildren(element, frameDepth);
    if (block) push('\n');
  };

  const walkChildren = (parent: Node, frameDepth: number) => {
    for (let child = parent.firstChild; child; child = child.nextSibling) walk(child, frameDepth);
  };

  const walkFrame = (frame: HTMLIFrameElement, frameDepth: number) => {
    const body = frameBody(frame, frameDepth);
    if (body) {
      push('\n');
      walk(body, frameDepth + 1);
      push('\n');
    }
  };

  walk(root, depth);
  return { text: tidy(parts.join('')).slice(0, maxChars), katal };
}

/**
 * The `layout` strategy. The one pass below that finds shadow hosts, frames and Katal elements
 * is a native TreeWalker reading two properties per element: the alternatives (a querySelectorAll
 * of every Katal name, which matches every element against every name; getElementsByTagName per
 * name, whose cache a changing DOM throws away; a NodeFilter callback, a JS call per element) all
 * cost more in the bench. Katal attributes are read with one getAttributeNames() per element,
 * then only what is there: the words are there and nowhere else. A page kind that reads its rows
 * itself (`rowsOwn`: inventory) has their subtrees skipped here, most of the walk on such a page,
 * and its text is not the body's innerText but `rowsAndRest`: each row as the reader reads it
 * (kept between reads in `memo`), the rest by innerText around them.
 * Trade-offs: Katal elements are every `kat-*` element (more than the Katal names seen: kat-link,
 * kat-popover...), read whether or not CSS hides them, as the walk does; a shadow root is read
 * only when its host is rendered; an undefined custom element is inline for innerText, so the
 * cells of a Katal table whose scripts did not load run together (Katal's own styles lay them
 * out as rows and cells).
 */
function readLaidOut(root: HTMLElement, maxChars: number, frameDepth: number, rowsOwn?: string, memo: RowMemo = new WeakMap()): TextRead {
  // innerText is already laid out: whitespace collapsed as CSS says, at most one blank line
  // between blocks. Not tidied again: a second pass over the whole text would find nothing.
  const parts = [(rowsOwn && rowsAndRest(root, rowsOwn, memo)) || (root.innerText ?? '').trim()];
  const katal: KatalElement[] = [];
  const katalLines: string[] = [];
  const hosts: Element[] = [];
  const frames: Element[] = [];
  const walker = (root.ownerDocument ?? document).createTreeWalker(root, 1 /* NodeFilter.SHOW_ELEMENT */);
  let node: Node | null = root;
  while (node) {
    const element = node as Element;
    const name = element.localName;
    node = walker.nextNode();
    if (name === rowsOwn) {
      // The page kind's reader reads this subtree: on to what follows it.
      walker.currentNode = element;
      node = walker.nextSibling();
      while (!node && walker.parentNode()) node = walker.nextSibling();
    } else if (name.startsWith('kat-')) {
      const line = readKatal(element, katal, name);
      // Its shadow root renders these same attributes: not read twice (as in walk).
      if (line) katalLines.push(line);
      else if (element.shadowRoot) hosts.push(element);
    } else if (name === 'iframe' || name === 'frame') frames.push(element);
    else if (element.shadowRoot) hosts.push(element);
  }
  for (const frame of frames) {
    const body = frameDepth < MAX_FRAME_DEPTH && rendered(frame) ? frameBody(frame as HTMLIFrameElement, frameDepth) : null;
    if (body) append(readLaidOut(body, maxChars, frameDepth + 1));
  }
  // Shadow roots inside these are walked by walkText itself, at any depth.
  for (const host of hosts) if (rendered(host)) append(walkText(host.shadowRoot!, maxChars, frameDepth));
  parts.push(katalLines.join('\n'));
  return { text: parts.filter(Boolean).join('\n').slice(0, maxChars), katal };

  function append(read: TextRead) {
    parts.push(read.text);
    for (const entry of read.katal) if (katal.length < MAX_KATAL) katal.push(entry);
  }
}

/**
 * The text of a page whose rows a page kind reads itself, made so that a re-read after a row
 * changed costs that row, not the page: every outermost row as one line (its words and Katal
 * text, dom.ts rowRead, which depends on the DOM only and so can be kept in `memo` until a
 * mutation touches the row), and around them, in document order, the innerText of each rendered
 * element that holds no row and the text directly in the rows' ancestors, one line each. Those
 * depend on CSS as well, so they are read every time; on a rows page they are the small part.
 * Null without rows: then the text is the body's innerText.
 */
function rowsAndRest(root: HTMLElement, rowsOwn: string, memo: RowMemo): string | null {
  // The document's list, which the row reader asks for too (inventory): made once per change.
  const rows = (root.ownerDocument ?? document).getElementsByTagName(rowsOwn);
  if (!rows.length) return null;
  // The rows' ancestors up to the root; a row inside another row is part of the outer one's line.
  const holders = new Set<Node>([root]);
  for (let i = 0; i < rows.length; i++) {
    const path: Node[] = [];
    for (let up = rows[i]!.parentNode; up; up = up.parentNode) {
      if (holders.has(up)) {
        for (const node of path) holders.add(node);
        break;
      }
      if ((up as Element).localName === rowsOwn) break;
      path.push(up);
    }
  }
  const lines: string[] = [];
  const read = (parent: Node) => {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const text = child.nodeValue!.replace(/\s+/g, ' ').trim();
        if (text) lines.push(text);
      } else if (child.nodeType !== 1) continue;
      else if ((child as Element).localName === rowsOwn) lines.push(rowRead(memo, child as Element).line);
      else if (!rendered(child as Element)) {
        // No box of its own, its children still rendered: read them one by one.
        if (getComputedStyle(child as Element).display === 'contents') read(child);
      } else if (holders.has(child)) read(child);
      else lines.push((child as HTMLElement).innerText.trim());
    }
  };
  read(root);
  return lines.filter(Boolean).join('\n');
}

/**
 * A Katal element's entry (tag, name, text attributes, disabled) added to `into` when it has text
 * or a name; returns its text attributes as one line ('' for none), in KATAL_TEXT_ATTRIBUTES
 * order. One getAttributeNames() call, then only the attributes it has: each getAttribute has a
 * cost, present or not, and a big page has thousands of Katal elements.
 */
function readKatal(element: Element, into: KatalElement[], tag = element.localName): string {
  if (KATAL_LAYOUT.has(tag)) return '';
  const found: (string | null)[] = [null, null, null, null, null];
  let name: string | null = null;
  let disabled = false;
  for (const attribute of element.getAttributeNames()) {
    switch (attribute) {
      case 'header': found[0] = element.getAttribute(attribute); break;
      case 'label': found[1] = element.getAttribute(attribute); break;
      case 'text': found[2] = element.getAttribute(attribute); break;
      case 'description': found[3] = element.getAttribute(attribute); break;
      case 'value': found[4] = element.getAttribute(attribute); break;
      case 'name': name = element.getAttribute(attribute); break;
      case 'disabled': disabled = true; break;
      case 'aria-disabled': disabled ||= element.getAttribute(attribute) === 'true'; break;
    }
  }
  // The live value property wins over the attribute (the first value), as in katalValue.
  const property = (element as Element & { value?: unknown }).value;
  if (typeof property === 'string') found[VALUE] = property;
  let line = '';
  let entry: KatalElement | null = into.length < MAX_KATAL ? { tag } : null;
  for (let at = 0; at < found.length; at++) {
    const text = found[at];
    if (!text || !text.trim()) continue;
    line += `${line ? ' ' : ''}${/\s\s|[\n\r\t]/.test(text) ? text.replace(/\s+/g, ' ').trim() : text.trim()}`;
    if (entry) entry[KATAL_TEXT_ATTRIBUTES[at]!] = text.slice(0, 20_000);
  }
  if (entry && (line || name)) {
    if (name) entry.name = name;
    if (disabled) entry.disabled = true;
    into.push(entry);
  }
  return line;
}

/** A same-origin frame's body; null for cross-origin frames (skipped by design) and too-deep nesting. */
function frameBody(frame: HTMLIFrameElement, frameDepth: number): HTMLElement | null {
  if (frameDepth >= MAX_FRAME_DEPTH) return null;
  try {
    return frame.contentDocument?.body ?? null;
  } catch {
    return null;
  }
}

/** Rendered, by the browser's own layout where it has one (checkVisibility: Chromium 105+, happy-dom). */
function rendered(element: Element): boolean {
  return typeof element.checkVisibility !== 'function' || element.checkVisibility();
}

/** A Katal field keeps its live value in the `value` property; the attribute is the first one. */
export function katalValue(element: Element): string | null {
  const property = (element as Element & { value?: unknown }).value;
  if (typeof property === 'string') return property;
  return element.getAttribute('value');
}

/** Hidden by its own markup (`hidden`, inline display:none / visibility:hidden): the same in a browser and in happy-dom. */
export function isHidden(element: Element): boolean {
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
