import type { BrandRoleChange, BrandRoleState } from '../model/brand-role';
import type { DomainAge } from '../model/domain-intel';
import type { ListingChange } from '../model/listing';
import type { ListingState } from '../model/listing-state';
import type { Notice } from '../model/notice';
import type { BrandProfile } from '../model/profile';
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
  lists: DomainLists;
  now: number;
}
