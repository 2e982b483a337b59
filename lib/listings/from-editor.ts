import type { AttributeConflict, ListingObservationInput, ListingStatus } from '../model/listing';
import type { PageRead } from '../model/page-read';
import { parseBrandConflicts } from './brand-conflicts';
import { digestOf, editorFields, firstValue } from './fields';
import { listingStatusFromText } from './listing-status';
import { normaliseAsin, queryParam } from './identity';

const DESCRIPTION = ['product_description', 'rtip_product_description'];

/**
 * One listing-editor read -> one observation. Identity from the URL (asin, sku, productType;
 * marketplace from marketplaceID via the read). Null when the URL names neither an ASIN nor a SKU.
 */
export function listingFromEditor(read: PageRead): ListingObservationInput | null {
  const asin = normaliseAsin(queryParam(read.url, 'asin'));
  const sku = queryParam(read.url, 'sku')?.slice(0, 200) || null;
  if (!asin && !sku) return null;
  const fields = editorFields(read.fields);
  // Alerts are also in the page text: one conflict seen twice is one conflict (keep its code if either has it).
  const conflicts = new Map<string, AttributeConflict>();
  for (const source of [...read.alerts, read.text]) {
    for (const conflict of parseBrandConflicts(source)) {
      const key = `${conflict.attribute}|${conflict.merchant}|${conflict.amazon}`;
      if (!conflicts.get(key)?.code) conflicts.set(key, conflict);
    }
  }
  const { status, statusText } = statusFromAlerts(read.alerts);
  return {
    asin,
    sku,
    marketplace: read.marketplace,
    source: 'listing-editor',
    productType: queryParam(read.url, 'productType')?.slice(0, 100) || null,
    brand: cap(firstValue(fields, ['brand']), 500),
    manufacturer: cap(firstValue(fields, ['manufacturer']), 500),
    title: cap(firstValue(fields, ['item_name']), 2_000),
    bulletsDigest: digestOf(fields, (attribute) => attribute === 'bullet_point'),
    descriptionDigest: digestOf(fields, (attribute) => DESCRIPTION.includes(attribute)),
    imagesDigest: digestOf(fields, (attribute) => attribute.includes('image')),
    status,
    statusText,
    // Locked = shown with a value the seller cannot change (the stub page shows no fields: unknown).
    lockedAttributes: fields.length ? [...new Set(fields.filter((field) => field.disabled && field.value).map((field) => field.attribute.slice(0, 100)))].sort().slice(0, 200) : null,
    conflicts: [...conflicts.values()].slice(0, 100),
  };
}

/**
 * The editor has no status field; an alert that names a status ("... has been suppressed",
 * "Detail Page Removed") is the page saying so. "Active" in an alert is too weak to count.
 */
function statusFromAlerts(alerts: readonly string[]): { status: ListingStatus | null; statusText: string | null } {
  for (const alert of alerts) {
    const status = listingStatusFromText(alert);
    if (status !== 'unknown' && status !== 'active') return { status, statusText: alert.slice(0, 500) };
  }
  return { status: null, statusText: null };
}

function cap(value: string | null, max: number): string | null {
  return value ? value.slice(0, max) : null;
}
