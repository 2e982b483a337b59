import { type Offer, type OfferSnapshot, offerListingKey } from '../../lib/model/offer';
import { rebuildOfferSellers } from '../../lib/records/offer-history';
import { T0 } from './records';

export const OWN = 'A2LUMORA0DIRECT';
export const HIJACKER = 'A1QUICKDEALS77';
export const RESELLER = 'A7TRUSTEDRESELL';
export const ASIN = 'B0CLMR7X2Q';

export const offer = (sellerId: string | null, price: number | null, extra: Partial<Offer> = {}): Offer => ({
  sellerId,
  sellerName: sellerId === HIJACKER ? 'QuickDeals Store' : null,
  price,
  currency: 'USD',
  featured: false,
  fulfilledByAmazon: false,
  shipsFrom: null,
  condition: 'New',
  ...extra,
});

let next = 0;
/** One read of the listing's offers on www.amazon.com (or `host`). */
export function snapshot(at: number, offers: Offer[], options: { complete?: boolean; host?: string; marketplace?: string; asin?: string } = {}): OfferSnapshot {
  const asin = options.asin ?? ASIN;
  const marketplace = options.marketplace ?? 'US';
  const captureId = `capture-${(next += 1)}`;
  const listingKey = offerListingKey(asin, marketplace);
  return {
    id: `${captureId}:${listingKey}`,
    listingKey,
    captureId,
    capturedAt: at,
    account: null,
    host: options.host ?? 'www.amazon.com',
    asin,
    marketplace,
    title: 'Lumora Ceramic Pour-Over Coffee Set',
    byline: 'Visit the Lumora Store',
    complete: options.complete ?? true,
    declaredCount: null,
    offers,
  };
}

/** The analysis input's offer parts for these snapshots, as the background derives them. */
export function offerRecords(snapshots: OfferSnapshot[]) {
  const byListing = new Map<string, OfferSnapshot[]>();
  for (const s of snapshots) byListing.set(s.listingKey, [...(byListing.get(s.listingKey) ?? []), s]);
  return { offerSnapshots: snapshots, offerSellers: [...byListing.values()].flatMap(rebuildOfferSellers) };
}

export const AT = T0 + 20 * 86_400_000;
