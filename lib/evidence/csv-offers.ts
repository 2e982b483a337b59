import type { OfferSnapshot } from '../model/offer';
import { csvTable } from './csv';
import { isoDateTime } from '../dates';

const HEADER = [
  'read_at_utc', 'asin', 'marketplace', 'seller_id', 'seller_name', 'price', 'currency', 'featured_offer', 'fulfilled_by_amazon', 'ships_from', 'condition',
  'whole_list_read', 'read_on', 'capture_id',
] as const;

/** offers.csv: every offer of every read of the listing, oldest read first: the offer history as Amazon showed it. */
export function offersCsv(snapshots: readonly OfferSnapshot[]): string {
  const rows = [...snapshots]
    .sort((a, b) => a.capturedAt - b.capturedAt)
    .flatMap((snapshot) =>
      snapshot.offers.map((offer) => [
        isoDateTime(snapshot.capturedAt), snapshot.asin, snapshot.marketplace, offer.sellerId, offer.sellerName, offer.price, offer.currency, offer.featured,
        offer.fulfilledByAmazon === null ? 'unknown' : offer.fulfilledByAmazon, offer.shipsFrom, offer.condition, snapshot.complete, snapshot.host, snapshot.captureId,
      ]),
    );
  return csvTable(HEADER, rows);
}
