import * as z from '../zod';
import { CaptureId } from './capture';

const text = (max: number) => z.string().check(z.maxLength(max));
const epochMs = z.int().check(z.nonnegative());

/** A merchant ID ("seller ID", "merchant token") as Amazon's links carry it: `seller=A2XXXXXXXXXXXX`. */
export const SELLER_ID = /^[A-Z0-9]{10,20}$/;
export const SellerId = z.string().check(z.regex(SELLER_ID));
export const Asin = z.string().check(z.regex(/^[A-Z0-9]{10}$/));

/** One offer on a listing as a retail page showed it. Null: the page did not show it. */
export const Offer = z.object({
  sellerId: z.nullable(SellerId),
  sellerName: z.nullable(text(200)),
  price: z.nullable(z.number().check(z.nonnegative())),
  currency: z.nullable(text(3)),
  /** The featured offer (Buy Box): the product page's buy box, the offer list's pinned offer. */
  featured: z.boolean(),
  fulfilledByAmazon: z.nullable(z.boolean()),
  shipsFrom: z.nullable(text(200)),
  condition: z.nullable(text(100)),
});
export type Offer = z.infer<typeof Offer>;

/**
 * What one retail page read says about one listing's offers (pure interpreter output).
 * `complete`: the page showed the whole offer list (its own count of offers was reached and no
 * further page is announced). Only a complete read can tell that a seller has left.
 */
export const OfferObservation = z.object({
  asin: Asin,
  marketplace: text(8),
  title: z.nullable(text(2_000)),
  /** The byline ("Visit the Lumora Store", "Brand: Lumora"), as the page words it. */
  byline: z.nullable(text(500)),
  complete: z.boolean(),
  /** How many offers the page says there are, when it says. */
  declaredCount: z.nullable(z.int().check(z.nonnegative())),
  offers: z.array(Offer).check(z.maxLength(500)),
});
export type OfferObservation = z.infer<typeof OfferObservation>;

/**
 * OfferSnapshot: one read of one listing's offers. `id` is globally unique (the capture's
 * content hash and the listing), so snapshots of several machines or accounts never collide.
 * `host`: the retail host the page was read on: only Amazon's own retail hosts count.
 */
export const OfferSnapshot = z.extend(OfferObservation, {
  id: text(200),
  listingKey: text(40),
  captureId: CaptureId,
  capturedAt: epochMs,
  account: z.nullable(text(200)),
  host: text(253),
});
export type OfferSnapshot = z.infer<typeof OfferSnapshot>;

/** One change of a seller's price on a listing (a repeat of the same price is not a change). */
export const PricePoint = z.object({ at: epochMs, price: z.nullable(z.number()), currency: z.nullable(text(3)), captureId: CaptureId });
export type PricePoint = z.infer<typeof PricePoint>;

/** One change of who holds the featured offer, as far as this seller is concerned. */
export const FeaturedPoint = z.object({ at: epochMs, featured: z.boolean(), captureId: CaptureId });
export type FeaturedPoint = z.infer<typeof FeaturedPoint>;

/**
 * One seller on one listing, derived from the snapshots (rebuilt, never edited): first and last
 * seen, its name as last shown, price and featured-offer history (changes only).
 */
export const OfferSeller = z.object({
  /** `${asin}@${marketplace}:${sellerId}`: the follow-seller flag's subject. */
  key: text(100),
  listingKey: text(40),
  asin: Asin,
  marketplace: text(8),
  sellerId: SellerId,
  sellerName: z.nullable(text(200)),
  account: z.nullable(text(200)),
  firstSeenAt: epochMs,
  lastSeenAt: epochMs,
  firstCaptureId: CaptureId,
  lastCaptureId: CaptureId,
  lastPrice: z.nullable(z.number()),
  currency: z.nullable(text(3)),
  featured: z.boolean(),
  fulfilledByAmazon: z.nullable(z.boolean()),
  prices: z.array(PricePoint),
  featuredHistory: z.array(FeaturedPoint),
});
export type OfferSeller = z.infer<typeof OfferSeller>;

export const offerListingKey = (asin: string, marketplace: string): string => `${asin}@${marketplace}`;
export const offerSellerKey = (asin: string, marketplace: string, sellerId: string): string => `${offerListingKey(asin, marketplace)}:${sellerId}`;
