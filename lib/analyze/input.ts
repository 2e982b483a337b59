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

/** When a notice happened: its own date, else when it was first captured. */
export function noticeTime(notice: Pick<Notice, 'receivedAt' | 'firstCapturedAt'>): number {
  return notice.receivedAt ?? notice.firstCapturedAt;
}

/** A notice that Brand Sentry has proof did not come from Amazon is never acted upon. */
export function isTrusted(notice: Pick<Notice, 'senderIsAmazon'>): boolean {
  return notice.senderIsAmazon !== false;
}

export const COMPLAINT_CATEGORIES = new Set(['ip-complaint', 'counterfeit', 'policy-warning']);

export function isRetraction(notice: Pick<Notice, 'category' | 'action'>): boolean {
  return notice.category === 'retraction' || notice.action === 'reinstated';
}
