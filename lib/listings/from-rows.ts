import type { ListingObservationInput } from '../model/listing';
import type { PageRead, PageRow } from '../model/page-read';
import { normaliseAsin } from './identity';
import { listingStatusFromText } from './listing-status';

/**
 * Manage Inventory rows (kind 'inventory') -> one observation per listing. The status column's
 * words when the reader found one (status + sub-status), else a status word in the row's text;
 * a row with no status words at all says nothing about status (null).
 */
export function listingsFromInventory(read: PageRead): ListingObservationInput[] {
  const found: ListingObservationInput[] = [];
  for (const { cells } of rowsOf(read, 'inventory')) {
    const asin = normaliseAsin(cells.asin);
    const sku = cells.sku?.trim().slice(0, 200) || null;
    if (!asin && !sku) continue;
    const statusText = [cells.status, cells.subStatus].filter(Boolean).join(' / ').slice(0, 500) || null;
    const fromText = cells.text ? listingStatusFromText(cells.text) : 'unknown';
    found.push({
      asin,
      sku,
      marketplace: read.marketplace,
      source: 'inventory',
      title: cells.title?.slice(0, 2_000) || null,
      status: statusText ? listingStatusFromText(statusText) : fromText === 'unknown' ? null : fromText,
      statusText,
    });
  }
  return found;
}

/**
 * Account Health product-policy rows (kind 'policy-violation', nested rows too) -> one
 * observation per ASIN (per SKU when no ASIN is shown). Status 'removed' when the action taken
 * says the listing was removed or deactivated ("Listing removed", 商品已移除); otherwise the
 * action is kept as words only: a warning is not a status.
 */
export function listingsFromPolicies(read: PageRead): ListingObservationInput[] {
  const found: ListingObservationInput[] = [];
  for (const { cells } of rowsOf(read, 'policy-violation')) {
    const asins = (cells.asins ?? '').split(/\s+/).map(normaliseAsin).filter((asin): asin is string => !!asin);
    const skus = (cells.skus ?? '').split(/\s+/).filter(Boolean).map((sku) => sku.slice(0, 200));
    const action = cells.action?.slice(0, 500) || null;
    const removed = !!action && listingStatusFromText(action) === 'removed';
    // A SKU belongs to an ASIN only when the row pairs them one to one (or names a single SKU).
    const skuFor = (index: number) => (skus.length === asins.length ? skus[index] : skus.length === 1 ? skus[0] : undefined) ?? null;
    const listings = asins.length ? asins.map((asin, index) => ({ asin, sku: skuFor(index) })) : skus.map((sku) => ({ asin: null, sku }));
    for (const { asin, sku } of listings) {
      found.push({
        asin,
        sku,
        marketplace: read.marketplace,
        source: 'account-health',
        title: cells.title?.slice(0, 2_000) || null,
        status: removed ? 'removed' : null,
        statusText: action,
      });
    }
  }
  return found;
}

function rowsOf(read: PageRead, kind: string): PageRow[] {
  return read.rows.filter((row) => row.kind === kind);
}
