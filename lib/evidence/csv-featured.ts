import type { FeaturedOfferSignal } from '../model/seller-signals';
import { isFeaturedOfferLoss } from '../model/seller-signals';
import { csvTable } from './csv';
import { isoDateTime } from '../dates';

const HEADER = ['read_at_utc', 'asin', 'marketplace', 'sku', 'seller_central_page', 'your_price', 'featured_offer_price', 'currency', 'featured_offer_share_pct', 'featured_offer_lost', 'capture_id'] as const;

/** featured-offer.csv: what the seller's own Seller Central pages said about the listing's featured offer, oldest first. */
export function featuredOfferCsv(signals: readonly FeaturedOfferSignal[]): string {
  const rows = [...signals]
    .sort((a, b) => a.capturedAt - b.capturedAt)
    .map((signal) => [
      isoDateTime(signal.capturedAt), signal.asin, signal.marketplace, signal.sku, signal.source === 'inventory' ? 'Manage Inventory' : 'Business Reports',
      signal.yourPrice, signal.featuredPrice, signal.currency, signal.percentage, isFeaturedOfferLoss(signal), signal.captureId,
    ]);
  return csvTable(HEADER, rows);
}
