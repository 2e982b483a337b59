import type { PageRow } from '../model/page-read';

/**
 * Small DOM helpers shared by the page readers. They run in the content script, whose bundle is
 * capped (8 kB gzipped), so they stay few and plain: no vocabularies here (those live in
 * lib/listings, which only the background loads).
 */

/** Whitespace collapsed; capped well under PageRow's 20 000 characters so one odd cell cannot fail a read. */
export const squash = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim().slice(0, 2_000);

/** Inline elements: their text runs on; every other element is a break between words. */
const INLINE = /^(A|ABBR|B|CODE|EM|I|MARK|SMALL|SPAN|STRONG|SUB|SUP|U)$/;

/**
 * An element's text with a space where elements break it: textContent runs "Coffee Set" and
 * "ASIN B0..." of two divs together ("SetASIN B0..."), which hides words and ASINs.
 */
export const words = (node: Node): string =>
  node.nodeType === 3
    ? (node.nodeValue ?? '')
    : /^(SCRIPT|STYLE|TEMPLATE)$/.test((node as Element).tagName)
      ? ''
      : INLINE.test((node as Element).tagName)
        ? Array.from(node.childNodes, words).join('')
        : ` ${Array.from(node.childNodes, words).join('')} `;

/**
 * The words a seller sees in an element: its text plus the text Katal elements keep in their
 * `label` / `text` attributes (kat-button label, kat-badge label, kat-label text: digest 48).
 */
export function textOf(element: Element | null | undefined): string {
  let text = element ? words(element) : '';
  for (const node of element ? [element, ...element.querySelectorAll('[label],[text]')] : []) {
    if (node.tagName.startsWith('KAT-')) text += ` ${node.getAttribute('label') ?? ''} ${node.getAttribute('text') ?? ''}`;
  }
  return squash(text);
}

/** All elements matching `selector`, in document order. */
export const all = (root: ParentNode, selector: string): Element[] => Array.from(root.querySelectorAll(selector));

/**
 * Every element matching `selector` under `root`, also inside open shadow roots at any depth:
 * listing-editor fields can sit in other components' shadow roots (a public Brand Registry
 * script saw kat-textarea inside `spl-hill-form`'s shadow root, 2026-03).
 */
export function deepQueryAll(root: ParentNode, selector: string, found: Element[] = []): Element[] {
  for (const element of all(root, '*')) {
    if (element.matches(selector)) found.push(element);
    if (element.shadowRoot) deepQueryAll(element.shadowRoot, selector, found);
  }
  return found;
}

/** Outermost matches only: a data-sku button inside a data-sku row is the same listing. */
export const outermost = (elements: Element[]): Element[] =>
  elements.filter((element) => !elements.some((other) => other !== element && other.contains(element)));

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
