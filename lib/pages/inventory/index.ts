import type { PageRow } from '../../model/page-read';
import { all, ASINS, firstAsin, isRow, outermost, row, textOf, words } from '../dom';
import { onSellerCentral, type PageKind } from '../page-kind';

/**
 * Manage Inventory (digest 46, 49): one row per listing, kind 'inventory', cells sku, asin,
 * title, status, subStatus (whatever the page shows) and `text`, the row's whole text, so the
 * background still finds a status word where no status cell was recognised. Statuses stay as
 * the page words them; lib/listings maps them (Detail Page Removed, Search Suppressed...).
 */
export const inventory: PageKind = {
  id: 'inventory',
  auto: true,
  examples: [
    'https://sellercentral.amazon.com/inventory/ref=xx_invmgr_dnav_xx?tbla_myitable=search:;pagination:1;',
    'https://sellercentral.amazon.co.uk/myinventory/inventory?fulfilledBy=all&page=1&status=all',
    'https://sellercentral.amazon.com/myinventory/inventory/views/drafts?subview=submitted-missing-info',
    'https://sellercentral.amazon.com/hz/inventory',
  ],
  match: (url) =>
    onSellerCentral(url, '/inventory') || onSellerCentral(url, '/myinventory/inventory') || onSellerCentral(url, '/hz/inventory'),
  read: (doc) => ({ rows: readInventoryRows(doc) }),
};

/**
 * Rows, alternatives with where each was seen:
 * - `tr.mt-row` with `[data-column=sku|status|asin|title]` cells: legacy /inventory and
 *   /hz/inventory (`table.mt-table > tbody > tr.mt-row`, public extension
 *   jbacule/amz-chrome-bot content.js). AUI `mt-` classes are named, not hashed.
 * - `[data-row-data]` (JSON with the asin) on the same rows (a public forecast extension);
 *   `[data-sku]` / `[data-asin]`: assumed for /myinventory, not seen in a public source.
 * - any table row (`tr`, `kat-table-row`, `[role=row]`) with an ASIN in its text: the
 *   virtualised /myinventory/inventory list (digest 46), a Katal page (public userscripts there
 *   use kat-input / kat-button, 2024-08) whose row markup no public source shows.
 * A plain table row counts only with exactly one distinct ASIN: a layout row around the whole
 * list has many. A row without an SKU or ASIN is not a listing (headers, empty states).
 */
const LISTING_ROWS = 'tr.mt-row, [data-row-data], [data-sku], [data-asin]';
const TABLE_ROWS = 'tr, kat-table-row, [role=row]';

export function readInventoryRows(doc: Document): PageRow[] {
  const oneAsin = (element: Element) => new Set(words(element).match(ASINS)).size === 1;
  return outermost(all(doc, `${LISTING_ROWS}, ${TABLE_ROWS}`).filter((element) => element.matches(LISTING_ROWS) || oneAsin(element)))
    .map((element) => {
      // A td[data-column=title] holds div[data-column=asin] and div[data-column=title]: the innermost wins.
      const column = (key: string) => all(element, `[data-column="${key}"]`).pop();
      const statusCell = element.querySelector('[data-column="status"]');
      const text = textOf(element);
      return row('inventory', {
        sku: element.getAttribute('data-sku') ?? textOf(column('sku')),
        asin: firstAsin(element.getAttribute('data-asin')) ?? firstAsin(element.getAttribute('data-row-data')) ?? firstAsin(textOf(column('asin'))) ?? firstAsin(text),
        title: textOf(column('title')),
        status: textOf(column('status')),
        // Legacy: the status cell's second div is the sub-status ("Detail Page Removed" under "Inactive").
        subStatus: statusCell !== column('status') ? textOf(statusCell?.children[1]) : '',
        text,
      });
    })
    .filter((found): found is PageRow => isRow(found) && !!(found.cells.sku || found.cells.asin));
}
