import { analyzeAccounts } from '../analyze/accounts';
import { checkedRows } from './checked-row';
import { mergeFlags } from '../analyze/merge';
import type { BrandSentryDb, ProfileRow } from '../db';
import type { BrandRoleChange, BrandRoleState } from '../model/brand-role';
import type { DomainAge } from '../model/domain-intel';
import type { ListingChange } from '../model/listing';
import type { ListingState } from '../model/listing-state';
import type { Notice } from '../model/notice';
import type { OfferSeller, OfferSnapshot } from '../model/offer';
import type { FeaturedOfferSignal } from '../model/seller-signals';
import type { RecordCache } from './record-cache';
import type { DomainLists } from '../domains/lists';
import type { Flag, Severity } from '../model/flag';
import { loadParserData } from '../parser-data';
import { profileResolver } from '../profiles';
import type { BadgeState } from './badge';

export interface Recomputed {
  badge: BadgeState;
  /** One account's badge: its own open flags. */
  badgeOf: (account: string) => BadgeState;
  /** High flags that were not open before this recompute (for the optional notification). */
  newlyOpenHigh: Flag[];
}

/**
 * Runs the rules over every record and stores the flags, keeping the seller's state
 * (acknowledged) across recomputations. Only flags that changed are written.
 */
export async function recomputeFlags(db: BrandSentryDb, lists: DomainLists, now: number, cache?: RecordCache): Promise<Recomputed> {
  // Not the snapshots (the biggest table): listing states carry what the rules need of them.
  // With a cache (the background), tables not written since the last recompute are not read again.
  const read = <T>(table: string): Promise<T[]> => (cache ? cache.table<T>(table) : db.table(table).toArray());
  // The rules read registrable domains (the public-suffix rules), loaded beside the tables.
  const [, notices, listingStates, listingChanges, brandRoles, brandRoleChanges, profileRows, domainAges, stored, offerSellers, offerSnapshots, featuredOfferSignals] = await Promise.all([
    loadParserData(),
    read<Notice>('notices'),
    read<ListingState>('listingStates'),
    read<ListingChange>('listingChanges'),
    read<BrandRoleState>('brandRoles'),
    read<BrandRoleChange>('brandRoleChanges'),
    read<ProfileRow>('profile'),
    read<DomainAge>('domainAges'),
    read<Flag>('flags'),
    read<OfferSeller>('offerSellers'),
    read<OfferSnapshot>('offerSnapshots'),
    read<FeaturedOfferSignal>('featuredOfferSignals'),
  ]);
  const drafts = analyzeAccounts({ notices, listingStates, listingChanges, brandRoles, brandRoleChanges, domainAges, offerSellers, offerSnapshots, featuredOfferSignals, lists, now }, profileResolver(profileRows));
  const merged = mergeFlags(drafts, stored, now);
  const before = new Map(stored.map((flag) => [flag.key, flag]));
  const changed = merged.filter((flag) => JSON.stringify(flag) !== JSON.stringify(before.get(flag.key)));
  if (changed.length) await db.flags.bulkPut(checkedRows('flags', changed));
  const newlyOpenHigh = merged.filter((flag) => flag.state === 'open' && flag.severity === 'high' && before.get(flag.key)?.state !== 'open');
  return { badge: badgeFor(merged), badgeOf: (account) => badgeFor(merged.filter((flag) => flag.account === account)), newlyOpenHigh };
}

export function badgeFor(flags: readonly Flag[]): BadgeState {
  const open = flags.filter((flag) => flag.state === 'open');
  const worst: Severity | null = open.some((f) => f.severity === 'high') ? 'high' : open.some((f) => f.severity === 'medium') ? 'medium' : open.length ? 'low' : null;
  return { count: open.filter((flag) => flag.severity === 'high').length, worst };
}
