import type { FlagDraft, FlagReason } from '../model/flag';
import type { Notice } from '../model/notice';
import { brandMarketplaces } from './brand-marketplaces';
import { FlagBuilder } from './flag-builder';
import { isRetraction, isTrusted, noticeTime } from '../notices/complaints';
import type { AnalysisInput } from './input';
import { isAmazonRetraction, retractionCloses, retractionClosesRemoval } from './retraction';

interface Removal {
  asin: string;
  marketplace: string | null;
  /** For a notice that names no marketplace: the one the profile lists for the listing's brand, if only one. */
  profileMarketplace?: string | null;
  at: number;
  reason: FlagReason;
  evidence: readonly string[];
  complaintIds: readonly string[];
  facts: Record<string, string>;
  /** The notice that removed the listing; null for a removal seen on a page (Account Health, inventory). */
  notice: Notice | null;
}

/**
 * listing-takedown: a listing removed by a notice, shown as "Listing removed" in Account Health,
 * or "Detail Page Removed" in inventory. Resolved when Amazon's retractions close every removal
 * (lib/analyze/retraction.ts, the one rule), or by the listing seen active after the last one;
 * while one complaint stays open the flag names only the open ones. Images removed only,
 * warnings, and notices proven not to come from Amazon are not takedowns.
 */
export function takedownFlags(input: AnalysisInput): FlagDraft[] {
  const removals: Removal[] = [];
  // Account Health removals are dated by the notice their row became (same capture, same ASIN).
  const accountHealthCaptures = new Set<string>();
  for (const state of input.listingStates) for (const removal of state.removals) if (removal.source === 'account-health') accountHealthCaptures.add(removal.captureId);
  const noticeTimeByCaptureAsin = new Map<string, number>();
  const profileMarketplaces = brandMarketplaces(input);
  for (const notice of input.notices) {
    if (!isTrusted(notice) || notice.action !== 'listing-removed' || isRetraction(notice)) continue;
    for (const captureId of notice.captureIds) {
      if (accountHealthCaptures.has(captureId)) for (const asin of notice.asins) noticeTimeByCaptureAsin.set(`${captureId}|${asin}`, noticeTime(notice));
    }
    const listed = notice.marketplace ? [] : profileMarketplaces(notice);
    for (const asin of notice.asins) {
      removals.push({
        asin,
        marketplace: notice.marketplace,
        profileMarketplace: listed.length === 1 ? listed[0]! : null,
        at: noticeTime(notice),
        reason: 'notice-removed-listing',
        evidence: notice.captureIds,
        complaintIds: notice.complaintIds,
        facts: { asin, category: notice.ipType ?? notice.category, complaintId: notice.complaintIds[0] ?? '' },
        notice,
      });
    }
  }
  // When each ASIN was last seen active, per marketplace ('?' unknown), and its removal episodes.
  const activeSeen = new Map<string, Map<string, number>>();
  for (const state of input.listingStates) {
    if (!state.asin) continue;
    if (state.lastActiveAt !== null) {
      let byMarketplace = activeSeen.get(state.asin);
      if (!byMarketplace) activeSeen.set(state.asin, (byMarketplace = new Map()));
      const marketplace = state.marketplace ?? '?';
      byMarketplace.set(marketplace, Math.max(byMarketplace.get(marketplace) ?? 0, state.lastActiveAt));
    }
    for (const removal of state.removals) {
      const reason: FlagReason = removal.status === 'removed' ? 'account-health-listing-removed' : 'inventory-detail-page-removed';
      const at = (removal.source === 'account-health' ? noticeTimeByCaptureAsin.get(`${removal.captureId}|${state.asin}`) : undefined) ?? removal.at;
      removals.push({
        asin: state.asin,
        marketplace: state.marketplace,
        at,
        reason,
        evidence: [removal.captureId],
        complaintIds: [],
        facts: { asin: state.asin, status: removal.statusText ?? removal.status },
        notice: null,
      });
    }
  }

  const marketplaceOf = knownMarketplaces(input, removals);
  const byListing = new Map<string, { asin: string; marketplace: string | null; removals: Removal[] }>();
  for (const removal of removals) {
    const marketplace = removal.marketplace ?? marketplaceOf(removal.asin) ?? removal.profileMarketplace ?? null;
    const listing = `${removal.asin}@${marketplace ?? '?'}`;
    let entry = byListing.get(listing);
    if (!entry) byListing.set(listing, (entry = { asin: removal.asin, marketplace, removals: [] }));
    // Each removal's facts are its own object: completed in place, not copied.
    removal.facts.marketplace = marketplace ?? '';
    entry.removals.push(removal);
  }

  const retractions = retractionIndex(input.notices.filter(isAmazonRetraction));
  return [...byListing.values()].map(({ asin, marketplace, removals: listingRemovals }) => {
    const complaintIds = new Set(listingRemovals.flatMap((removal) => removal.complaintIds));
    const candidates = retractions.naming(asin, complaintIds);
    const closedBy = (removal: Removal) =>
      candidates.find((retraction) =>
        removal.notice ? retractionCloses(retraction, removal.notice) : retractionClosesRemoval(retraction, { asin, marketplace, at: removal.at }, complaintIds),
      );
    const closing = listingRemovals.map(closedBy);
    const open = listingRemovals.filter((_, index) => !closing[index]);
    // The first retraction (in the notices' order) among those that close a removal.
    const first = candidates.find((retraction) => closing.includes(retraction));
    const builder = new FlagBuilder('listing-takedown', marketplace === null ? { asin } : { asin, marketplace }, marketplace);
    // While a complaint stays open the flag is about it: a retracted one is no longer the reason.
    for (const removal of open.length > 0 ? open : listingRemovals) builder.add(removal.reason, 'high', removal.at, removal.evidence, removal.facts);
    const removedUntil = listingRemovals.reduce((latest, removal) => Math.max(latest, removal.at), 0);
    if (open.length === 0) builder.resolvedBy = `retraction:${first!.id}`;
    else if ((activeSeen.get(asin)?.get(marketplace ?? '?') ?? 0) > removedUntil) builder.resolvedBy = 'listing-active';
    return builder.build();
  });
}

/** Amazon's retractions by the ASINs and complaint IDs they name. */
function retractionIndex(retractions: readonly Notice[]) {
  const byAsin = new Map<string, number[]>();
  const byComplaintId = new Map<string, number[]>();
  const note = (map: Map<string, number[]>, key: string, index: number) => {
    const list = map.get(key);
    if (!list) map.set(key, [index]);
    else if (list[list.length - 1] !== index) list.push(index);
  };
  retractions.forEach((notice, index) => {
    for (const asin of notice.asins) note(byAsin, asin, index);
    for (const id of notice.complaintIds) note(byComplaintId, id, index);
  });
  return {
    /** The retractions that name the ASIN or one of the IDs, in the given order: the only ones that can close that listing. */
    naming(asin: string, complaintIds: ReadonlySet<string>): Notice[] {
      const indexes = new Set(byAsin.get(asin) ?? []);
      for (const id of complaintIds) for (const index of byComplaintId.get(id) ?? []) indexes.add(index);
      return [...indexes].sort((a, b) => a - b).map((index) => retractions[index]!);
    },
  };
}

/** A notice without a marketplace (pasted text) belongs to the ASIN's only known marketplace, if it has one. */
function knownMarketplaces(input: AnalysisInput, removals: readonly Removal[]): (asin: string) => string | null {
  const seen = new Map<string, Set<string>>();
  const note = (asin: string | null, marketplace: string | null) => {
    if (!asin || !marketplace) return;
    let set = seen.get(asin);
    if (!set) seen.set(asin, (set = new Set()));
    set.add(marketplace);
  };
  for (const state of input.listingStates) note(state.asin, state.marketplace);
  for (const removal of removals) note(removal.asin, removal.marketplace);
  return (asin) => {
    const set = seen.get(asin);
    return set && set.size === 1 ? [...set][0]! : null;
  };
}
