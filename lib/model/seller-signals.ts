import * as z from '../zod';
import { Asin } from './offer';

const text = (max: number) => z.string().check(z.maxLength(max));
const epochMs = z.int().check(z.nonnegative());

/**
 * What the seller's own Seller Central pages say about the featured offer (Buy Box) of one of
 * their listings: Manage Inventory's pricing columns and its "not the Featured Offer" alert, or
 * Business Reports' featured offer percentage. Null: the page did not show it.
 */
export const FeaturedOfferObservation = z.object({
  asin: Asin,
  marketplace: text(8),
  sku: z.nullable(text(200)),
  source: z.enum(['inventory', 'business-report']),
  yourPrice: z.nullable(z.number().check(z.nonnegative())),
  featuredPrice: z.nullable(z.number().check(z.nonnegative())),
  currency: z.nullable(text(3)),
  /** True: Seller Central says another offer is featured (its alert, or a featured price under yours). */
  lost: z.nullable(z.boolean()),
  /** Business Reports: share of page views that featured the seller's offer, 0-100. */
  percentage: z.nullable(z.number().check(z.minimum(0), z.maximum(100))),
});
export type FeaturedOfferObservation = z.infer<typeof FeaturedOfferObservation>;

/** One stored observation: `id` is the capture's content hash with the listing and source, unique everywhere. */
export const FeaturedOfferSignal = z.extend(FeaturedOfferObservation, {
  id: text(300),
  listingKey: text(40),
  captureId: text(100),
  capturedAt: epochMs,
  account: z.nullable(text(200)),
});
export type FeaturedOfferSignal = z.infer<typeof FeaturedOfferSignal>;

/** A listing lost its featured offer: Seller Central said so, or showed it on under every view. */
export const isFeaturedOfferLoss = (signal: Pick<FeaturedOfferObservation, 'lost' | 'percentage'>): boolean =>
  signal.lost === true || (signal.percentage !== null && signal.percentage < 100);
