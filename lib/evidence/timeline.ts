import type { BrandRoleChange } from '../model/brand-role';
import type { DomainAge } from '../model/domain-intel';
import type { ListingChange } from '../model/listing';
import type { ListingState } from '../model/listing-state';
import type { Notice } from '../model/notice';

interface EntryBase {
  /** Unique across kinds, for list keys. */
  key: string;
  at: number;
  brands: string[];
  asins: string[];
  domains: string[];
  marketplace: string | null;
  /**
   * A pasted notice that says no date: `at` is when it was captured, which is not when it was
   * sent, so it is ordered by capture only among other undated entries, after the dated ones.
   */
  undated?: boolean;
}

export type TimelineEntry =
  | (EntryBase & { kind: 'notice'; notice: Notice })
  | (EntryBase & { kind: 'listing-change'; change: ListingChange })
  | (EntryBase & { kind: 'brand-role-change'; change: BrandRoleChange })
  | (EntryBase & { kind: 'domain-registered'; age: DomainAge & { createdAt: number } });

export interface TimelineRecords {
  notices: readonly Notice[];
  listingChanges: readonly ListingChange[];
  brandRoleChanges: readonly BrandRoleChange[];
  domainAges: readonly DomainAge[];
  listingStates: readonly ListingState[];
}

export interface TimelineFilter {
  brand?: string;
  asin?: string;
  domain?: string;
  marketplace?: string;
  /** Inclusive bounds, epoch ms. */
  from?: number;
  to?: number;
}

/**
 * One history across the records, newest first: notices (when received; those with no date of
 * their own last, by capture), listing changes,
 * Brand Registry role changes, and complainant domains' registration dates. Each entry carries
 * the brands, ASINs and domains it concerns, so filters need no second look at the records.
 */
export function buildTimeline(records: TimelineRecords): TimelineEntry[] {
  const brandsOfAsin = new Map<string, Set<string>>();
  for (const state of records.listingStates) {
    if (!state.asin || !state.brand) continue;
    brandsOfAsin.set(state.asin, (brandsOfAsin.get(state.asin) ?? new Set()).add(state.brand));
  }
  const brandsOf = (asins: readonly string[]) => [...new Set(asins.flatMap((asin) => [...(brandsOfAsin.get(asin) ?? [])]))];
  const entries: TimelineEntry[] = [];
  for (const notice of records.notices) {
    entries.push({
      kind: 'notice',
      key: `notice:${notice.id}`,
      at: notice.receivedAt ?? notice.firstCapturedAt,
      ...(notice.receivedAt === null ? { undated: true } : {}),
      brands: brandsOf(notice.asins),
      asins: notice.asins,
      domains: notice.complainantDomain ? [notice.complainantDomain] : [],
      marketplace: notice.marketplace,
      notice,
    });
  }
  const states = new Map(records.listingStates.map((state) => [state.listingKey, state]));
  for (const change of records.listingChanges) {
    const brand = states.get(change.listingKey)?.brand;
    const brands = [...new Set([brand, change.field === 'brand' ? change.before : null, change.field === 'brand' ? change.after : null].filter((b): b is string => !!b))];
    entries.push({ kind: 'listing-change', key: `listing-change:${change.id ?? `${change.listingKey}:${change.field}:${change.at}`}`, at: change.at, brands, asins: change.asin ? [change.asin] : [], domains: [], marketplace: change.marketplace, change });
  }
  for (const change of records.brandRoleChanges) {
    entries.push({ kind: 'brand-role-change', key: `brand-role-change:${change.id ?? `${change.key}:${change.at}`}`, at: change.at, brands: [change.brand], asins: [], domains: [], marketplace: null, change });
  }
  for (const age of records.domainAges) {
    if (age.status !== 'known' || age.createdAt === null) continue;
    const notices = records.notices.filter((notice) => notice.complainantDomain === age.domain);
    const asins = [...new Set(notices.flatMap((notice) => notice.asins))];
    entries.push({ kind: 'domain-registered', key: `domain:${age.domain}`, at: age.createdAt, brands: brandsOf(asins), asins, domains: [age.domain], marketplace: null, age: { ...age, createdAt: age.createdAt } });
  }
  return entries.sort((a, b) => Number(!!a.undated) - Number(!!b.undated) || b.at - a.at || a.key.localeCompare(b.key));
}

export function filterTimeline(entries: readonly TimelineEntry[], filter: TimelineFilter): TimelineEntry[] {
  const brand = filter.brand?.toLowerCase();
  return entries.filter(
    (entry) =>
      (!brand || entry.brands.some((b) => b.toLowerCase() === brand)) &&
      (!filter.asin || entry.asins.includes(filter.asin)) &&
      (!filter.domain || entry.domains.includes(filter.domain)) &&
      (!filter.marketplace || entry.marketplace === filter.marketplace) &&
      // An undated notice has no date to fall in a range: kept only when no range is set.
      (filter.from === undefined || (!entry.undated && entry.at >= filter.from)) &&
      (filter.to === undefined || (!entry.undated && entry.at <= filter.to)),
  );
}
