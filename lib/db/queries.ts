import Dexie from 'dexie';
import { byUrgency, SEVERITIES, worstSeverity } from '../analyze/severity';
import type { SellerAccount } from '../model/account';
import type { Capture } from '../model/capture';
import type { Flag, FlagKind, Severity } from '../model/flag';
import { BrandProfile } from '../model/profile';
import { profileSuggestions } from '../profile-suggestions';
import { parseStringList } from '../string-list';
import type { BrandSentryDb } from './index';

/** The reads of the popup, which opens on every click of the toolbar button and must stay fast on a big database. */

export interface TileCount {
  count: number;
  worst: Severity | null;
}

export interface PopupFlags {
  tiles: Record<string, TileCount>;
  /** The most urgent open flags, most severe and newest first. */
  top: Flag[];
  /** All open flags (of the chosen marketplace). */
  total: number;
}

/** A group of flag kinds counted together (a popup tile). */
export interface FlagGroup {
  id: string;
  kinds: readonly FlagKind[];
}

/** A flag belongs to a marketplace filter when it has that marketplace or none (brand-wide). */
export function inMarketplace(flag: Pick<Flag, 'marketplace'>, marketplace: string | null): boolean {
  return marketplace === null || flag.marketplace === null || flag.marketplace === marketplace;
}

/**
 * Tile counts and the top open flags, read from the flag indexes: counts by counting index
 * ranges and the top flags by walking [state+severity+lastSeen] backwards, so a database with
 * thousands of open flags opens as fast as an empty one. A chosen marketplace (rare, the
 * seller's click) takes the plain path over every open flag.
 */
export async function popupFlags(db: BrandSentryDb, groups: readonly FlagGroup[], marketplace: string | null, limit: number, account: string | null = null): Promise<PopupFlags> {
  if (marketplace !== null || account !== null) {
    // One account's flags by its index (a key of no account is never in it); "All accounts" reads every open flag.
    const candidates = account !== null ? await db.flags.where('account').equals(account).toArray() : await db.flags.where('state').equals('open').toArray();
    const open = candidates.filter((flag) => flag.state === 'open' && inMarketplace(flag, marketplace));
    const tiles = Object.fromEntries(
      groups.map((group) => {
        const flags = open.filter((flag) => group.kinds.includes(flag.kind));
        return [group.id, { count: flags.length, worst: worstSeverity(flags) }];
      }),
    );
    return { tiles, top: open.sort(byUrgency).slice(0, limit), total: open.length };
  }
  const countOf = (kind: FlagKind, severity: Severity) => db.flags.where('[state+kind+severity]').equals(['open', kind, severity]).count();
  const tiles: Record<string, TileCount> = {};
  let total = 0;
  for (const group of groups) {
    const bySeverity = await Promise.all(SEVERITIES.map(async (severity) => (await Promise.all(group.kinds.map((kind) => countOf(kind, severity)))).reduce((a, b) => a + b, 0)));
    const count = bySeverity.reduce((a, b) => a + b, 0);
    tiles[group.id] = { count, worst: SEVERITIES.find((_, i) => bySeverity[i]! > 0) ?? null };
    total += count;
  }
  const top: Flag[] = [];
  for (const severity of SEVERITIES) {
    if (top.length >= limit) break;
    const range = db.flags.where('[state+severity+lastSeen]').between(['open', severity, Dexie.minKey], ['open', severity, Dexie.maxKey]);
    top.push(...(await range.reverse().limit(limit - top.length).toArray()));
  }
  return { tiles, top: top.sort(byUrgency), total };
}

/** The selling accounts seen so far, by store name (then merchant token). */
export async function knownAccounts(db: BrandSentryDb): Promise<SellerAccount[]> {
  const accounts = await db.accounts.toArray();
  const label = (account: SellerAccount) => (account.name ?? account.id).toLowerCase();
  return accounts.sort((a, b) => (label(a) < label(b) ? -1 : label(a) > label(b) ? 1 : a.id < b.id ? -1 : 1));
}

/** The newest captures, newest first. */
export function latestCaptures(db: BrandSentryDb, limit: number): Promise<Capture[]> {
  return db.captures.orderBy('capturedAt').reverse().limit(limit).toArray();
}

/** The marketplaces seen in captures so far (kept in one settings row as captures arrive). */
/** Captures stored as not recognised (the popup counts them; the dashboard lists them). */
export function unrecognisedCount(db: BrandSentryDb): Promise<number> {
  return db.captures.where('status').equals('unrecognised').count();
}

export async function seenMarketplaces(db: BrandSentryDb): Promise<string[]> {
  return parseStringList((await db.settings.get('marketplaces'))?.value);
}

export interface PopupSetup {
  profile: BrandProfile;
  /** Brands Brand Registry showed the seller owning, offered while the profile has none. */
  suggestions: string[];
  /** Complainant domains whose registration date is known: their flags' next step is no longer the age check. */
  knownDomainAges: Set<string>;
  /** Page kinds captured so far: the first-minute guide names the next page not yet seen. */
  capturedKinds: Set<string>;
}

/** What the popup's first minute and the flags' next steps need: small reads (roles, ages, an index's keys). */
export async function popupSetup(db: BrandSentryDb): Promise<PopupSetup> {
  const profile = (await db.profile.get('me'))?.profile ?? BrandProfile.parse({});
  return {
    profile,
    suggestions: profile.brands.length ? [] : profileSuggestions(await db.brandRoles.toArray(), profile),
    knownDomainAges: await knownDomainAges(db),
    capturedKinds: new Set((await db.captures.orderBy('pageKind').uniqueKeys()).map(String)),
  };
}

export async function knownDomainAges(db: BrandSentryDb): Promise<Set<string>> {
  return new Set((await db.domainAges.toArray()).filter((age) => age.status === 'known').map((age) => age.domain));
}
