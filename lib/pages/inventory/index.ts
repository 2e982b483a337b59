import type { PageRow } from '../../model/page-read';
import { all, ASINS, firstAsin, isRow, row, rowRead, type RowMemo, textOf } from '../dom';
import { onSellerCentral, type PageKind } from '../page-kind';
import { columnCells } from '../table-columns';

/**
 * Manage Inventory: one row per listing, kind 'inventory', cells sku, asin,
 * title, status, subStatus (whatever the page shows) and `text`, the row's whole text, so the
 * background still finds a status word where no status cell was recognised. Statuses stay as
 * the page words them; lib/listings maps them (Detail Page Removed, Search Suppressed...).
 */
export const inventory: PageKind = {
  id: 'inventory',
  auto: true,
  match: (url) =>
    onSellerCentral(url, '/inventory') || onSellerCentral(url, '/myinventory/inventory') || onSellerCentral(url, '/hz/inventory'),
  read: (doc, _url, choice) => ({ rows: readInventoryRows(doc, false, choice?.memo) }),
  rowsOwn: 'kat-table-row',
};

/** Real URL shapes this kind must match; every other kind must reject them (tests only: lib/pages/examples.ts). */
export const INVENTORY_EXAMPLES = [
  'https://sellercentral.amazon.com/inventory/ref=xx_invmgr_dnav_xx?tbla_myitable=search:;pagination:1;',
  'https://sellercentral.amazon.co.uk/myinventory/inventory?fulfilledBy=all&page=1&status=all',
  'https://sellercentral.amazon.com/myinventory/inventory/views/drafts?subview=submitted-missing-info',
  'https://sellercentral.amazon.com/hz/inventory',
];

/**
 * Rows, alternatives with where each was seen:
 * - `tr.mt-row` with `[data-column=sku|status|asin|title]` cells: legacy /inventory and
 *   /hz/inventory (`table.mt-table > tbody > tr.mt-row`, public extension
 *   jbacule/amz-chrome-bot content.js). AUI `mt-` classes are named, not hashed.
 * - `[data-row-data]` (JSON with the asin) on the same rows (a public forecast extension);
 *   `[data-sku]` / `[data-asin]`: assumed for /myinventory, not seen in a public source.
 * - any table row (`tr`, `kat-table-row`, `[role=row]`) with an ASIN in its text: the
 *   virtualised /myinventory/inventory list, a Katal page (public userscripts there
 *   use kat-input / kat-button, 2024-08) whose row markup no public source shows.
 * A plain table row counts only with exactly one distinct ASIN: a layout row around the whole
 * list has many. A row without an SKU or ASIN is not a listing (headers, empty states).
 */
const LISTING_ROWS = 'tr.mt-row, [data-row-data], [data-sku], [data-asin]';
/**
 * Table rows by tag first: matching attribute selectors costs every element of the page,
 * matching tags far less. The attribute-marked rows (data-sku divs,
 * role=row grids) are looked for only on a page whose table rows hold no listing.
 */
const ROWS_BY_TAG = 'tr, kat-table-row';
const ROWS_BY_ATTRIBUTE = `${LISTING_ROWS}, ${ROWS_BY_TAG}, [role=row]`;

/**
 * `many`: a row may name several ASINs (Business Reports' parent and child ASIN columns); then a
 * row that holds other rows is the layout, not a listing.
 */
export function readInventoryRows(doc: Document, many = false, memo: RowMemo = new WeakMap()): PageRow[] {
  // One tag's rows by getElementsByTagName, whose list the page text's reader just made
  // (read-text.ts): a re-read does not pass over the page again for them.
  const katal = doc.getElementsByTagName('kat-table-row');
  const table = doc.getElementsByTagName('tr');
  const rows = listingRows(table.length && katal.length ? all(doc, ROWS_BY_TAG) : Array.from(table.length ? table : katal), many, memo);
  return rows.length ? rows : listingRows(all(doc, ROWS_BY_ATTRIBUTE), many, memo);
}

function listingRows(candidates: readonly Element[], many: boolean, memo: RowMemo): PageRow[] {
  const rows: PageRow[] = [];
  let kept: Element | undefined;
  // Candidates come in document order, so a row inside a kept row (a data-sku button in a
  // data-sku row: the same listing) always lies inside the LAST kept row: one check keeps only
  // the outermost rows, and an inner row's text is never read.
  for (const element of candidates) {
    if (kept?.contains(element)) continue;
    const read = rowRead(memo, element);
    if (read.row === undefined) read.row = listingRow(element, read.parts.words, read.line, many);
    if (read.row === false) continue;
    kept = element;
    if (read.row) rows.push(read.row);
  }
  return rows;
}

/** One candidate's row: false when it is no listing row, null when it is one without SKU or ASIN. */
function listingRow(element: Element, words: string, text: string, many: boolean): PageRow | null | false {
  const asins = new Set(words.match(ASINS)).size;
  if (!element.matches(LISTING_ROWS) && (many ? !asins || element.querySelector(ROWS_BY_TAG) : asins !== 1)) return false;
  // A td[data-column=title] holds div[data-column=asin] and div[data-column=title]: the innermost (last) wins.
  const first = new Map<string, Element>();
  const last = new Map<string, Element>();
  if (element.localName === 'tr') {
    // data-column cells are the legacy table's (tr.mt-row): one query per table row, none per Katal row.
    for (const cell of all(element, '[data-column]')) {
      const key = cell.getAttribute('data-column')!;
      if (!first.has(key)) first.set(key, cell);
      last.set(key, cell);
    }
  }
  const found = row('inventory', {
    sku: element.getAttribute('data-sku') ?? textOf(last.get('sku')),
    asin:
      firstAsin(element.getAttribute('data-asin')) ??
      firstAsin(element.getAttribute('data-row-data')) ??
      firstAsin(textOf(last.get('asin'))) ??
      firstAsin(text),
    title: textOf(last.get('title')),
    status: textOf(last.get('status')),
    // Legacy: the status cell's second div is the sub-status ("Detail Page Removed" under "Inactive").
    subStatus: first.get('status') !== last.get('status') ? textOf(first.get('status')?.children[1]) : '',
    text,
  });
  return isRow(found) && (found.cells.sku || found.cells.asin) ? Object.assign(found, { cells: { ...columnCells(element), ...found.cells } }) : null;
}
