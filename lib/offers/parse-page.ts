import type { PageReadInput } from '../model/page-read';
import { readPage } from '../pages/read-page';
import { findRetailKind } from '../pages/retail-kinds';

/**
 * An offer list fetched by "Check offers now", read with the same reader as the content script,
 * in a DOM made by DOMParser (never attached, so no script of the page runs and nothing loads).
 * 'walk': a parsed document has no layout for innerText.
 */
export function readFetchedPage(html: string, url: string): PageReadInput {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const parsed = new URL(url);
  return readPage(doc, parsed, findRetailKind(parsed), { text: 'walk' });
}
