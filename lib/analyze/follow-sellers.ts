import { retailMarketplace } from '../hosts';
import type { FlagDraft } from '../model/flag';
import type { OfferSeller, OfferSnapshot } from '../model/offer';
import type { BrandProfile } from '../model/profile';
import { type FeaturedOfferSignal, isFeaturedOfferLoss } from '../model/seller-signals';
import { normaliseName } from '../names';
import { AMAZON_RETAIL_SELLER_IDS } from '../offers/labels';
import { isoDay } from '../dates';
import { FlagBuilder } from './flag-builder';
import type { AnalysisInput } from './input';

const DAY_MS = 86_400_000;
/** "New" seller: first seen within this many days. */
export const NEW_SELLER_DAYS = 7;
/** "Below your price": at least this much under the seller's own offer (15%). */
export const BELOW_YOUR_PRICE = 0.85;

/** What one listing's snapshots say, as far as the rule (and the overview's picture) needs them. */
export interface ListingFacts {
  /** The newest complete read on Amazon's own retail host: only it can tell a seller has left. */
  lastComplete: OfferSnapshot | null;
  /** The newest read that showed a featured offer. */
  lastFeatured: OfferSnapshot | null;
  byCapture: Map<string, OfferSnapshot>;
  /** The seller's own price on the newest read that showed it. */
  ownLastPrice: number | null;
  byline: string | null;
}

/**
 * follow-seller, one flag per listing and seller (subject: asin, marketplace, sellerId): a
 * seller that is neither the seller (profile `sellerIds`), an authorized reseller of the
 * listing's brand, nor Amazon itself. Reasons: unauthorized-seller always; holds-featured-offer
 * when the newest read showing a featured offer shows theirs; below-your-price when their price
 * is at least 15% under the seller's own offer on that read (or its last known price);
 * new-seller when first seen within 7 days. High with the featured offer or below your price.
 * Resolved when a later COMPLETE read on Amazon's retail host no longer shows them; a partial
 * read (a product page's buy box alone) resolves nothing. Without the seller's own IDs nothing is
 * flagged: their own offer could not be told apart.
 */
export function followSellerFlags(input: Pick<AnalysisInput, 'offerSellers' | 'offerSnapshots' | 'featuredOfferSignals' | 'profile' | 'now'>): FlagDraft[] {
  const own = new Set(input.profile.sellerIds);
  if (own.size === 0) return [];
  const listings = listingFacts(input.offerSnapshots, own);
  const losses = lossesByListing(input.featuredOfferSignals ?? []);
  const flags: FlagDraft[] = [];
  for (const seller of input.offerSellers) {
    if (own.has(seller.sellerId) || AMAZON_RETAIL_SELLER_IDS.has(seller.sellerId)) continue;
    const facts = listings.get(seller.listingKey);
    if (!facts) continue; // every seller comes from a trusted snapshot; none means it was read elsewhere
    if (authorizedFor(input.profile, facts.byline).has(seller.sellerId)) continue;
    flags.push(flagFor(seller, facts, own, input.now, losses.get(seller.listingKey) ?? []));
  }
  return flags;
}

function flagFor(seller: OfferSeller, facts: ListingFacts, own: ReadonlySet<string>, now: number, losses: readonly FeaturedOfferSignal[]): FlagDraft {
  const subject = { asin: seller.asin, marketplace: seller.marketplace, sellerId: seller.sellerId };
  const builder = new FlagBuilder('follow-seller', subject, seller.marketplace);
  const named: Record<string, string> = { asin: seller.asin, sellerId: seller.sellerId };
  if (seller.sellerName) named.seller = seller.sellerName;
  const price: Record<string, string> = seller.lastPrice !== null ? { price: money(seller.lastPrice, seller.currency) } : {};
  const evidence = [...new Set([seller.firstCaptureId, seller.lastCaptureId, ...seller.prices.map((p) => p.captureId), ...seller.featuredHistory.map((f) => f.captureId)])];

  // The pressing reasons first: the popup shows a flag's first finding at a glance.
  const featured = facts.lastFeatured?.offers.find((offer) => offer.featured);
  if (featured?.sellerId === seller.sellerId) {
    builder.add('holds-featured-offer', 'high', facts.lastFeatured!.capturedAt, [facts.lastFeatured!.captureId], { ...named, ...price });
  }
  const yours = yourPriceAgainst(seller, facts, own);
  if (seller.lastPrice !== null && yours !== null && yours > 0 && seller.lastPrice <= yours * BELOW_YOUR_PRICE) {
    builder.add('below-your-price', 'high', seller.lastSeenAt, [seller.lastCaptureId], {
      ...named,
      price: money(seller.lastPrice, seller.currency),
      yourPrice: money(yours, seller.currency),
      percent: String(Math.round((1 - seller.lastPrice / yours) * 100)),
    });
  }
  const unauthorized = { ...named, marketplace: seller.marketplace, ...price, firstSeen: isoDay(seller.firstSeenAt) };
  // Added at both ends of the seller's presence (one finding, the same facts): the flag spans it.
  builder.add('unauthorized-seller', 'medium', seller.firstSeenAt, evidence, unauthorized);
  builder.add('unauthorized-seller', 'medium', seller.lastSeenAt, evidence, unauthorized);
  // Seller Central saying the listing lost its featured offer while this seller was on it (a day
  // either side: the pages are read at different times) is evidence for the flag; it names no
  // seller, so it adds to the finding, not a reason of its own.
  const resolved = facts.lastComplete !== null && facts.lastComplete.capturedAt > seller.lastSeenAt;
  for (const loss of losses) {
    if (loss.capturedAt < seller.firstSeenAt - DAY_MS || (resolved && loss.capturedAt > seller.lastSeenAt + DAY_MS)) continue;
    builder.add('unauthorized-seller', 'medium', Math.min(loss.capturedAt, resolved ? seller.lastSeenAt : loss.capturedAt), [loss.captureId], unauthorized);
  }
  if (now - seller.firstSeenAt <= NEW_SELLER_DAYS * DAY_MS) {
    builder.add('new-seller', 'medium', seller.firstSeenAt, [seller.firstCaptureId], { ...named, firstSeen: isoDay(seller.firstSeenAt) });
  }
  if (facts.lastComplete && facts.lastComplete.capturedAt > seller.lastSeenAt) {
    builder.resolvedBy = `complete-read-without-seller:${facts.lastComplete.captureId}`;
  }
  return builder.build();
}

/** Seller Central's featured-offer losses, per listing (a listing's own reads: lib/seller-signals). */
function lossesByListing(signals: readonly FeaturedOfferSignal[]): Map<string, FeaturedOfferSignal[]> {
  const byListing = new Map<string, FeaturedOfferSignal[]>();
  for (const signal of signals) {
    if (!isFeaturedOfferLoss(signal)) continue;
    const list = byListing.get(signal.listingKey);
    if (list) list.push(signal);
    else byListing.set(signal.listingKey, [signal]);
  }
  return byListing;
}

/** The seller's own price to set against another seller's: on that seller's newest read, else the last one known. */
export function yourPriceAgainst(seller: Pick<OfferSeller, 'lastCaptureId'>, facts: ListingFacts, own: ReadonlySet<string>): number | null {
  const lastRead = facts.byCapture.get(seller.lastCaptureId);
  const ownOnThatRead = lastRead?.offers.find((offer) => offer.sellerId !== null && own.has(offer.sellerId) && offer.price !== null)?.price ?? null;
  return ownOnThatRead ?? facts.ownLastPrice;
}

/** Each listing's facts, from the snapshots read on Amazon's own retail host of their marketplace only. */
export function listingFacts(snapshots: readonly OfferSnapshot[], own: ReadonlySet<string>): Map<string, ListingFacts> {
  const byListing = new Map<string, ListingFacts & { ownAt: number }>();
  for (const snapshot of snapshots) {
    // Only Amazon's own retail host of the snapshot's marketplace counts (structure a page cannot write).
    if (retailMarketplace(snapshot.host) !== snapshot.marketplace) continue;
    let facts = byListing.get(snapshot.listingKey);
    if (!facts) {
      facts = { lastComplete: null, lastFeatured: null, byCapture: new Map(), ownLastPrice: null, byline: null, ownAt: -1 };
      byListing.set(snapshot.listingKey, facts);
    }
    facts.byCapture.set(snapshot.captureId, snapshot);
    if (snapshot.complete && (!facts.lastComplete || snapshot.capturedAt > facts.lastComplete.capturedAt)) facts.lastComplete = snapshot;
    if (snapshot.offers.some((offer) => offer.featured) && (!facts.lastFeatured || snapshot.capturedAt > facts.lastFeatured.capturedAt)) facts.lastFeatured = snapshot;
    if (snapshot.byline) facts.byline = snapshot.byline;
    const ownOffer = snapshot.offers.find((offer) => offer.sellerId !== null && own.has(offer.sellerId) && offer.price !== null);
    if (ownOffer && snapshot.capturedAt > facts.ownAt) {
      facts.ownLastPrice = ownOffer.price;
      facts.ownAt = snapshot.capturedAt;
    }
  }
  return byListing;
}

/** The authorized resellers of the listing's brand (by its byline), or of every brand when the byline names none. */
function authorizedFor(profile: BrandProfile, byline: string | null): Set<string> {
  const line = byline ? normaliseName(byline) : '';
  const brands = profile.brands.filter((brand) => line && [brand.name, ...brand.aliases].some((name) => normaliseName(name) && line.includes(normaliseName(name))));
  return new Set((brands.length ? brands : profile.brands).flatMap((brand) => brand.authorizedSellers));
}

function money(value: number, currency: string | null): string {
  return `${value.toFixed(Number.isInteger(value) ? 0 : 2)}${currency ? ` ${currency}` : ''}`;
}
