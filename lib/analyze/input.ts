import type { BrandRoleChange, BrandRoleState } from '../model/brand-role';
import type { DomainAge } from '../model/domain-intel';
import type { ListingChange } from '../model/listing';
import type { ListingState } from '../model/listing-state';
import type { Notice } from '../model/notice';
import type { OfferSeller, OfferSnapshot } from '../model/offer';
import type { BrandProfile } from '../model/profile';
import type { FeaturedOfferSignal } from '../model/seller-signals';
import type { DomainLists } from '../domains/lists';

/** Everything the rules look at: plain records, no database. */
export interface AnalysisInput {
  notices: readonly Notice[];
  listingStates: readonly ListingState[];
  listingChanges: readonly ListingChange[];
  brandRoles: readonly BrandRoleState[];
  brandRoleChanges: readonly BrandRoleChange[];
  profile: BrandProfile;
  domainAges: readonly DomainAge[];
  /** Sellers on the seller's listings and the reads they come from (retail pages, opt-in). */
  offerSellers: readonly OfferSeller[];
  offerSnapshots: readonly OfferSnapshot[];
  /** What Seller Central says about the featured offer of the seller's listings (absent: none read). */
  featuredOfferSignals?: readonly FeaturedOfferSignal[];
  lists: DomainLists;
  now: number;
}
