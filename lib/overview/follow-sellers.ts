import { listingFacts, yourPriceAgainst } from '../analyze/follow-sellers';
import { type OfferSeller, type OfferSnapshot, offerSellerKey } from '../model/offer';
import type { BrandProfile } from '../model/profile';

/** One follow-seller on one listing: when they appeared, and their price against yours. */
export interface FollowSellerRow {
  /** `${asin}@${marketplace}:${sellerId}` (the OfferSeller key). */
  key: string;
  sellerId: string;
  sellerName: string | null;
  firstSeenAt: number;
  lastSeenAt: number;
  /** Their price on their newest read (null: the page did not show it). */
  price: number | null;
  currency: string | null;
  /** Your own offer's price set against theirs, as the follow-seller rule sets it (lib/analyze/follow-sellers.ts). */
  yourPrice: number | null;
  /** How far under your price theirs is, in whole percent (negative: over yours); null when either price is unknown. */
  percentUnder: number | null;
  featured: boolean;
}

export interface FollowSellerListing {
  /** `${asin}@${marketplace}`. */
  listingKey: string;
  /** The selling account whose listing it is (null: not known). */
  account: string | null;
  asin: string;
  marketplace: string;
  /** Your price on the newest read that showed your offer, null when none did. */
  yourPrice: number | null;
  currency: string | null;
  /** Oldest appearance first: the order in which they came. */
  sellers: FollowSellerRow[];
}

export interface FollowSellerRecords {
  offerSellers: readonly OfferSeller[];
  offerSnapshots: readonly OfferSnapshot[];
  /** The brand profile each account's records meet (lib/profiles.ts): its seller IDs are "yours". */
  profileOf: (account: string | null) => BrandProfile;
}

/**
 * The follow-sellers of each listing, for the overview's picture and the evidence report: the
 * sellers `chosen` names (the open follow-seller flags' sellers), grouped by listing, with the
 * seller's own price beside theirs. Pure: the dashboard, the report and the tests draw the same rows.
 */
export function followSellerListings(chosen: ReadonlySet<string>, records: FollowSellerRecords): FollowSellerListing[] {
  // Each account's sellers meet that account's own offers and profile only.
  const perAccount = new Map<string | null, { own: Set<string>; facts: ReturnType<typeof listingFacts> }>();
  const accountFacts = (account: string | null) => {
    let entry = perAccount.get(account);
    if (!entry) {
      const own = new Set(records.profileOf(account).sellerIds);
      entry = { own, facts: listingFacts(records.offerSnapshots.filter((snapshot) => snapshot.account === account), own) };
      perAccount.set(account, entry);
    }
    return entry;
  };
  const listings = new Map<string, FollowSellerListing>();
  for (const seller of records.offerSellers) {
    if (!chosen.has(seller.key)) continue;
    const { own, facts } = accountFacts(seller.account);
    const listingFact = facts.get(seller.listingKey);
    const yourPrice = listingFact ? yourPriceAgainst(seller, listingFact, own) : null;
    const groupKey = `${seller.account ?? ''}|${seller.listingKey}`;
    let listing = listings.get(groupKey);
    if (!listing) {
      listing = { listingKey: seller.listingKey, account: seller.account, asin: seller.asin, marketplace: seller.marketplace, yourPrice: listingFact?.ownLastPrice ?? null, currency: seller.currency, sellers: [] };
      listings.set(groupKey, listing);
    }
    listing.currency ??= seller.currency;
    listing.sellers.push({
      key: seller.key,
      sellerId: seller.sellerId,
      sellerName: seller.sellerName,
      firstSeenAt: seller.firstSeenAt,
      lastSeenAt: seller.lastSeenAt,
      price: seller.lastPrice,
      currency: seller.currency,
      yourPrice,
      percentUnder: seller.lastPrice !== null && yourPrice !== null && yourPrice > 0 ? Math.round((1 - seller.lastPrice / yourPrice) * 100) : null,
      featured: seller.featured,
    });
  }
  for (const listing of listings.values()) listing.sellers.sort((a, b) => a.firstSeenAt - b.firstSeenAt || a.sellerId.localeCompare(b.sellerId));
  return [...listings.values()].sort((a, b) => b.sellers.length - a.sellers.length || a.listingKey.localeCompare(b.listingKey));
}

/** The OfferSeller key of a follow-seller flag's subject, or null for a subject that is not one. */
export function followSellerKey(subject: { asin?: string; marketplace?: string; sellerId?: string }): string | null {
  return subject.asin && subject.marketplace && subject.sellerId ? offerSellerKey(subject.asin, subject.marketplace, subject.sellerId) : null;
}
