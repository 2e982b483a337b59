import type { BrandRoleChange } from '../model/brand-role';
import type { Capture, Screenshot } from '../model/capture';
import type { DomainAge } from '../model/domain-intel';
import type { Flag } from '../model/flag';
import type { ListingChange } from '../model/listing';
import type { ListingState } from '../model/listing-state';
import type { Notice } from '../model/notice';
import type { OfferSeller, OfferSnapshot } from '../model/offer';
import type { FeaturedOfferSignal } from '../model/seller-signals';
import type { BrandProfile } from '../model/profile';

/**
 * The records one dispute rests on (a flag, an ASIN or a complainant's domain, and everything
 * about it): what the evidence pack and the letter drafts are both built from.
 */

/** What the seller asks a pack for: a flag (by key), one ASIN, or one complainant's domain. */
export type EvidenceQuery = { kind: 'flag'; key: string } | { kind: 'asin'; asin: string } | { kind: 'domain'; domain: string };

/** The query resolved: a flag comes with its stored record. */
export type EvidenceSubject = { kind: 'flag'; flag: Flag } | { kind: 'asin'; asin: string } | { kind: 'domain'; domain: string };

/** Everything one pack (and its letters) is built from: plain records, no database. */
export interface EvidenceRecords {
  subject: EvidenceSubject;
  notices: Notice[];
  listingStates: ListingState[];
  listingChanges: ListingChange[];
  brandRoleChanges: BrandRoleChange[];
  domainAges: DomainAge[];
  captures: Capture[];
  screenshots: Screenshot[];
  profile: BrandProfile;
  /** The selling account of a flag that belongs to one (letters are signed with its store name); absent or null otherwise. */
  account?: { id: string; name: string | null } | null;
  /** A follow-seller flag's listing: its sellers and every read of its offers (empty for other subjects). */
  offerSellers: OfferSeller[];
  offerSnapshots: OfferSnapshot[];
  /** Seller Central's featured-offer signals of that listing (absent for other subjects). */
  featuredOfferSignals?: FeaturedOfferSignal[];
}
