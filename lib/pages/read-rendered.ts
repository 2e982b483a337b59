import { SKIPPED, type TextRead } from './read-text';

/**
 * Text of a page outside Amazon's hosts, for the one-click page reader: only what a person sees,
 * by the browser's layout. Attackers write those pages (a complainant's shop), and a retraction
 * hidden where the seller cannot see it must not be read as if shown: no `display:none`,
 * `visibility:hidden`, transparent, zero-size, clipped or off-screen text, and no attributes
 * (Katal or other) at all. Kept out of lib/pages/read-text.ts so the content script, which runs
 * on Amazon's hosts only, does not carry it.
 */

/** Text nodes looked at by `rendered`: bounds the layout queries on a page built to be slow. */
const MAX_RENDERED_NODES = 100_000;

/**
 * The light DOM's text nodes in document order, each kept only when
 * the browser lays it out where it can be seen. A node's own box (a Range) must have a size and
 * lie inside every clipping ancestor (`overflow` other than visible: the `height:0;
 * overflow:hidden` trick) and inside the document (not at `left:-10000px`); its element must pass
 * checkVisibility with opacity and visibility. Lines break where the layout starts a new line.
 * Without layout (happy-dom) every box is empty: nothing is read, which is the safe side.
 */
export function readRendered(root: Element, maxChars: number): TextRead {
  const doc = root.ownerDocument;
  const view = doc.defaultView;
  if (!view) return { text: '', katal: [] };
  const range = doc.createRange();
  const seen = new Map<Element, Box | null>();
  const parts: string[] = [];
  let length = 0;
  let lineBottom = Number.NEGATIVE_INFINITY;
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  let visited = 0;
  for (let node = walker.nextNode(); node && length < maxChars && visited < MAX_RENDERED_NODES; node = walker.nextNode()) {
    visited++;
    const value = node.nodeValue ?? '';
    const parent = node.parentElement;
    if (!parent || !value.trim() || SKIPPED.has(parent.tagName)) continue;
    const clip = visibleBox(parent);
    if (!clip) continue;
    range.selectNodeContents(node);
    const box = range.getBoundingClientRect();
    if (box.width < 1 || box.height < 1) continue;
    if (box.right <= clip.left || box.left >= clip.right || box.bottom <= clip.top || box.top >= clip.bottom) continue;
    const piece = value.replace(/\s+/g, ' ').trim();
    // A box that starts below the current line starts a new one.
    const newLine = box.top >= lineBottom - 1;
    const separator = parts.length === 0 ? '' : newLine ? '\n' : ' ';
    lineBottom = newLine ? box.bottom : Math.max(lineBottom, box.bottom);
    parts.push(separator, piece);
    length += separator.length + piece.length;
  }
  return { text: parts.join('').slice(0, maxChars), katal: [] };

  /**
   * Where an element's content can be seen (viewport coordinates), or null when it cannot be:
   * its ancestors' boxes first (iteratively: a page may nest deeper than the stack), each once.
   */
  function visibleBox(element: Element): Box | null {
    const chain: Element[] = [];
    for (let at: Element | null = element; at && !seen.has(at); at = at.parentElement) chain.push(at);
    for (let index = chain.length - 1; index >= 0; index--) {
      const current = chain[index]!;
      const parent = current.parentElement;
      // The document's own area: scrolled-to content counts, content left of or above it does not.
      let box: Box | null = parent ? seen.get(parent)! : { left: -view!.scrollX, top: -view!.scrollY, right: Number.POSITIVE_INFINITY, bottom: Number.POSITIVE_INFINITY };
      if (box && !current.checkVisibility({ opacityProperty: true, visibilityProperty: true, checkOpacity: true, checkVisibilityCSS: true } as CheckVisibilityOptions)) box = null;
      if (box && view!.getComputedStyle(current).overflow !== 'visible') {
        const own = current.getBoundingClientRect();
        box = { left: Math.max(box.left, own.left), top: Math.max(box.top, own.top), right: Math.min(box.right, own.right), bottom: Math.min(box.bottom, own.bottom) };
        if (box.right - box.left < 1 || box.bottom - box.top < 1) box = null;
      }
      seen.set(current, box);
    }
    return seen.get(element) ?? null;
  }
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}
