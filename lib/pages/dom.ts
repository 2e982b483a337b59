import type { PageRow } from '../model/page-read';

/**
 * Small DOM helpers shared by the page readers. They run in the content script, whose bundle is
 * capped (8 kB gzipped), so they stay few and plain: no vocabularies here (those live in
 * lib/listings, which only the background loads).
 */

/** Whitespace collapsed; capped well under PageRow's 20 000 characters so one odd cell cannot fail a read. */
export const squash = (text: string | null | undefined): string =>
  // Only runs of 2+ whitespace and single tabs or newlines are replaced: on text that is mostly
  // single spaces (textParts) this replaces far less than /\s+/, which rewrites every space.
  (text ?? '').replace(/\s{2,}|[^\S ]/g, ' ').trim().slice(0, 2_000);

/**
 * Katal's table elements lay other elements out: their words are their children's (public
 * scrapers of Account Health and Performance Notifications read cells' children, never a cell's
 * attributes), so their attributes are not read. They are most of a big page's Katal elements,
 * and every attribute read has a cost whether the attribute is there or not.
 */
export const KATAL_LAYOUT = new Set(['kat-table', 'kat-table-head', 'kat-table-body', 'kat-table-row', 'kat-table-cell']);

/** Inline elements: their text runs on; every other element is a break between words. */
const INLINE = new Set(['A', 'ABBR', 'B', 'CODE', 'EM', 'I', 'MARK', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'U']);
const UNREAD = new Set(['SCRIPT', 'STYLE', 'TEMPLATE']);

export interface TextParts {
  /** The element's text with a space where elements break it. */
  words: string;
  /** The `label` / `text` attributes of the Katal elements in it (itself included). */
  katal: string;
}

/**
 * An element's words and its Katal attribute text, in one native TreeWalker pass (elements and
 * text nodes). A space goes before every non-inline element and after one (before a text node
 * that follows it): textContent runs "Coffee Set" and "ASIN B0..." of two divs together
 * ("SetASIN B0..."), which hides words and ASINs. Linear in the element's size: readers call it
 * once per row, and a native walker stays cheap where a recursive JS walk over every row is not.
 */
export function textParts(element: Element): TextParts {
  const walker = (element.ownerDocument ?? document).createTreeWalker(element, 5 /* SHOW_ELEMENT | SHOW_TEXT */);
  let words = '';
  let katal = '';
  let node: Node | null = element;
  while (node) {
    if (node.nodeType === 3) {
      const before = node.previousSibling;
      if (before && before.nodeType === 1 && !INLINE.has((before as Element).tagName)) words += ' ';
      words += node.nodeValue;
      node = walker.nextNode();
      continue;
    }
    const tag = (node as Element).tagName;
    if (UNREAD.has(tag)) {
      node = walker.nextSibling();
      while (!node && walker.parentNode()) node = walker.nextSibling();
      continue;
    }
    if (!INLINE.has(tag)) words += ' ';
    if (tag.startsWith('KAT-') && !KATAL_LAYOUT.has((node as Element).localName)) {
      const label = (node as Element).getAttribute('label');
      const text = (node as Element).getAttribute('text');
      if (label) katal += ` ${label}`;
      if (text) katal += ` ${text}`;
    }
    node = walker.nextNode();
  }
  return { words, katal };
}

/**
 * What a page's rows were read as, kept between reads of one page so that a re-read reads again
 * only the rows that changed: lib/content/watch-page.ts keeps one per page and `forgetChanged`
 * drops the entries a mutation touched. A row's entry depends only on its own subtree (text,
 * tags, the attributes in OBSERVED) and its table's headers, which columnCells
 * already keeps per table; never on CSS. Keyed by the row element.
 */
export interface RowRead {
  parts: TextParts;
  /** The row's words and Katal text on one line: its line in the page text and its `text` cell. */
  line: string;
  /** The row a page kind made of it; null when it is a listing row without SKU or ASIN, false when it is no listing row. */
  row?: PageRow | null | false;
}
export type RowMemo = WeakMap<Node, RowRead>;

export function rowRead(memo: RowMemo, element: Element): RowRead {
  let read = memo.get(element);
  if (!read) {
    const parts = textParts(element);
    memo.set(element, (read = { parts, line: squash(`${parts.words} ${parts.katal}`) }));
  }
  return read;
}

/**
 * The changes a read depends on, as the content script observes them: the DOM's text and
 * children, Katal words (label, text, header, description; not `value`: a field the seller is
 * typing in may reflect each key there, and an unsaved edit is not the listing's state) and the
 * listing rows' data attributes. A class change alone is not seen (it would read on every hover).
 */
export const OBSERVED: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  attributeFilter: ['label', 'text', 'header', 'description', 'data-sku', 'data-asin', 'data-row-data', 'data-column'],
};

/**
 * Drops the kept reads a mutation may have changed: every element from the record's target up
 * (an edit inside a row changes the row, and any row around it), and everything an added
 * subtree holds (a row moved to another table is under other headers).
 */
export function forgetChanged(memo: RowMemo, records: readonly MutationRecord[]): void {
  for (const record of records) {
    for (let node: Node | null = record.target; node; node = node.parentNode) memo.delete(node);
    record.addedNodes.forEach((added) => {
      memo.delete(added);
      if (added.nodeType === 1) for (const inner of (added as Element).getElementsByTagName('*')) memo.delete(inner);
    });
  }
}

/**
 * The words a seller sees in an element: its text plus the text Katal elements keep in their
 * `label` / `text` attributes (kat-button label, kat-badge label, kat-label text).
 */
export function textOf(element: Element | null | undefined): string {
  if (!element) return '';
  const { words, katal } = textParts(element);
  return squash(`${words} ${katal}`);
}

/** All elements matching `selector`, in document order. */
export const all = (root: ParentNode, selector: string): Element[] => Array.from(root.querySelectorAll(selector));

/**
 * `root` and every open shadow root under it, at any depth, hosts before their own roots. One
 * native TreeWalker pass per root (cheaper than a querySelectorAll('*') with a check per
 * element, which the bench measured). Callers that query several selectors pass it to
 * `deepQueryAll` so the page is scanned once.
 */
export function shadowScopes(root: Document | ShadowRoot | Element, found: ParentNode[] = []): ParentNode[] {
  found.push(root);
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, 1 /* SHOW_ELEMENT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const shadow = (node as Element).shadowRoot;
    if (shadow) shadowScopes(shadow, found);
  }
  return found;
}

/**
 * Every element matching `selector` under `root`, also inside open shadow roots at any depth:
 * listing-editor fields can sit in other components' shadow roots (a public Brand Registry
 * script saw kat-textarea inside `spl-hill-form`'s shadow root, 2026-03). Light DOM first, then
 * each shadow root (a host always comes before what its own shadow root holds).
 */
export function deepQueryAll(root: Document | ShadowRoot | Element, selector: string, scopes = shadowScopes(root)): Element[] {
  return scopes.flatMap((scope) => all(scope, selector));
}

/**
 * A row with its empty cells left out (a page that does not show a column says nothing), or
 * null when fewer than `min` cells are left: such a row is a header, a spacer or an empty state.
 */
export function row(kind: string, cells: Record<string, string | null | undefined>, min = 1, depth = 0): PageRow | null {
  const kept: Record<string, string> = {};
  for (const [key, value] of Object.entries(cells)) if (value) kept[key] = value;
  return Object.keys(kept).length >= min ? { kind, depth, cells: kept } : null;
}

export const isRow = (found: PageRow | null): found is PageRow => !!found;

/** `B0` + 8: the ASIN shape of every non-book product (book ASINs are ISBNs: not matched, by design). */
export const ASINS = /\bB0[0-9A-Z]{8}\b/g;
export const firstAsin = (text: string | null | undefined): string | undefined => text?.match(ASINS)?.[0];

/** Header words -> column key, first match wins (so order matters); '' for a column not read. */
export const keyOf = (labels: readonly (readonly [string, RegExp])[], header: string): string =>
  labels.find(([, label]) => label.test(header))?.[0] ?? '';
