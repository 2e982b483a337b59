import type { FlagDraft, FlagReason } from '../model/flag';
import type { Notice } from '../model/notice';
import { brandMarketplaces } from './brand-marketplaces';
import { FlagBuilder } from './flag-builder';
import { isRetraction, isTrusted, noticeTime } from '../notices/complaints';
import type { AnalysisInput } from './input';

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
}

/**
 * listing-takedown: a listing removed by a notice, shown as "Listing removed" in Account Health,
 * or "Detail Page Removed" in inventory. Resolved by a retraction or reinstatement of that ASIN
 * or complaint received after the removal, or by the listing seen active after it. Images
 * removed only, warnings, and notices proven not to come from Amazon are not takedowns.
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
      });
    }
  }

  const marketplaceOf = knownMarketplaces(input, removals);
  const builders = new Map<string, { builder: FlagBuilder; complaintIds: Set<string>; asin: string; marketplace: string | null }>();
  for (const removal of removals) {
    const marketplace = removal.marketplace ?? marketplaceOf(removal.asin) ?? removal.profileMarketplace ?? null;
    const listing = `${removal.asin}@${marketplace ?? '?'}`;
    let entry = builders.get(listing);
    if (!entry) {
      const subject = marketplace === null ? { asin: removal.asin } : { asin: removal.asin, marketplace };
      entry = { builder: new FlagBuilder('listing-takedown', subject, marketplace), complaintIds: new Set(), asin: removal.asin, marketplace };
      builders.set(listing, entry);
    }
    // Each removal's facts are its own object: completed in place, not copied.
    removal.facts.marketplace = marketplace ?? '';
    entry.builder.add(removal.reason, 'high', removal.at, removal.evidence, removal.facts);
    for (const id of removal.complaintIds) entry.complaintIds.add(id);
  }

  const retractions = retractionIndex(input.notices.filter((notice) => isTrusted(notice) && isRetraction(notice)));
  return [...builders.values()].map(({ builder, complaintIds, asin, marketplace }) => {
    const removedUntil = builder.seenUntil;
    const retraction = retractions.first(asin, complaintIds, (notice) => noticeTime(notice) >= removedUntil && clearsListing(notice, asin, marketplace, complaintIds));
    if (retraction) builder.resolvedBy = `retraction:${retraction.id}`;
    else if ((activeSeen.get(asin)?.get(marketplace ?? '?') ?? 0) > removedUntil) builder.resolvedBy = 'listing-active';
    return builder.build();
  });
}

/**
 * Retractions by the ASINs and complaint IDs they name. `first` is the earliest retraction (in
 * the given order) naming the ASIN or one of the IDs that passes the test: the only ones that
 * can clear that listing.
 */
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
    first(asin: string, complaintIds: ReadonlySet<string>, test: (notice: Notice) => boolean): Notice | undefined {
      const candidates = [...(byAsin.get(asin) ?? [])];
      for (const id of complaintIds) candidates.push(...(byComplaintId.get(id) ?? []));
      let first = Number.POSITIVE_INFINITY;
      for (const index of candidates) if (index < first && test(retractions[index]!)) first = index;
      return retractions[first];
    },
  };
}

function clearsListing(retraction: Notice, asin: string, marketplace: string | null, complaintIds: ReadonlySet<string>): boolean {
  if (retraction.complaintIds.some((id) => complaintIds.has(id))) return true;
  if (!retraction.asins.includes(asin)) return false;
  return !retraction.marketplace || !marketplace || retraction.marketplace === marketplace;
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
