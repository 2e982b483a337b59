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
  /** All open flags (of the chosen account and marketplace). */
  total: number;
  /** The complainant domains of the `top` flags whose registration date is known: their next step is no longer the age check. */
  knownDomainAges: Set<string>;
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
 * Tile counts and the top open flags of one account (or of all: `account` null), read from the
 * flag indexes in one transaction, so a database with thousands of open flags opens about as
 * fast as an empty one: one counted index range per kind, the worst severity by asking each
 * severity's range for one key (most severe first, only for kinds with flags), the top flags by
 * walking [state+severity+lastSeen] backwards (with the account first for one account). A chosen
 * marketplace (rare, the seller's click) reads the open flags of the account and filters them.
 * Then the age of the shown flags' domains, and nothing else.
 */
export async function popupFlags(db: BrandSentryDb, groups: readonly FlagGroup[], marketplace: string | null, limit: number, account: string | null = null): Promise<PopupFlags> {
  return db.transaction('r', db.flags, db.domainAges, async () => {
    const { tiles, top, total } = marketplace === null ? await countedFlags(db, groups, limit, account) : await filteredFlags(db, groups, marketplace, limit, account);
    return { tiles, top, total, knownDomainAges: await knownDomainAgesOf(db, top.map((flag) => flag.subject.domain)) };
  });
}

/** The [state+...] indexes cover every flag; the [account+state+...] ones the flags of one account (a flag of no account is in none). */
const prefixOf = (account: string | null): string[] => (account === null ? ['open'] : [account, 'open']);
const COUNT_INDEX = { all: '[state+kind+severity]', account: '[account+state+kind+severity]' };
const TOP_INDEX = { all: '[state+severity+lastSeen]', account: '[account+state+severity+lastSeen]' };

async function countedFlags(db: BrandSentryDb, groups: readonly FlagGroup[], limit: number, account: string | null): Promise<Omit<PopupFlags, 'knownDomainAges'>> {
  const prefix = prefixOf(account);
  const countIndex = account === null ? COUNT_INDEX.all : COUNT_INDEX.account;
  const topIndex = account === null ? TOP_INDEX.all : TOP_INDEX.account;
  const ofKind = async (kind: FlagKind): Promise<TileCount> => {
    const count = await db.flags.where(countIndex).between([...prefix, kind, Dexie.minKey], [...prefix, kind, Dexie.maxKey]).count();
    if (count === 0) return { count, worst: null };
    for (const severity of SEVERITIES) {
      if ((await db.flags.where(countIndex).equals([...prefix, kind, severity]).limit(1).primaryKeys()).length) return { count, worst: severity };
    }
    throw new Error(`flags: ${count} open ${kind} flags, none of a known severity`);
  };
  const kinds = [...new Set(groups.flatMap((group) => group.kinds))];
  const byKind = new Map(await Promise.all(kinds.map(async (kind) => [kind, await ofKind(kind)] as const)));
  const tiles: Record<string, TileCount> = {};
  let total = 0;
  for (const group of groups) {
    const counts = group.kinds.map((kind) => byKind.get(kind)!);
    const count = counts.reduce((sum, tile) => sum + tile.count, 0);
    tiles[group.id] = { count, worst: worstSeverity(counts.flatMap((tile) => (tile.worst ? [{ severity: tile.worst }] : []))) };
    total += count;
  }
  const top: Flag[] = [];
  for (const severity of SEVERITIES) {
    if (top.length >= limit) break;
    const range = db.flags.where(topIndex).between([...prefix, severity, Dexie.minKey], [...prefix, severity, Dexie.maxKey]);
    top.push(...(await range.reverse().limit(limit - top.length).toArray()));
  }
  return { tiles, top: top.sort(byUrgency), total };
}

async function filteredFlags(db: BrandSentryDb, groups: readonly FlagGroup[], marketplace: string, limit: number, account: string | null): Promise<Omit<PopupFlags, 'knownDomainAges'>> {
  const open =
    account === null
      ? await db.flags.where('state').equals('open').toArray()
      : // Every key [account, 'open', kind, severity] sorts after its prefix and before [account, 'open', []] (arrays sort after strings).
        await db.flags.where(COUNT_INDEX.account).between([account, 'open'], [account, 'open', []]).toArray();
  const shown = open.filter((flag) => inMarketplace(flag, marketplace));
  const tiles = Object.fromEntries(
    groups.map((group) => {
      const flags = shown.filter((flag) => group.kinds.includes(flag.kind));
      return [group.id, { count: flags.length, worst: worstSeverity(flags) }];
    }),
  );
  return { tiles, top: shown.sort(byUrgency).slice(0, limit), total: shown.length };
}

/** Of these domains, the ones whose registration date is known (one key lookup each). */
export async function knownDomainAgesOf(db: BrandSentryDb, domains: ReadonlyArray<string | null | undefined>): Promise<Set<string>> {
  const wanted = [...new Set(domains.filter((domain): domain is string => !!domain))];
  if (wanted.length === 0) return new Set();
  return new Set((await db.domainAges.bulkGet(wanted)).flatMap((age) => (age?.status === 'known' ? [age.domain] : [])));
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

/** Captures stored as not recognised (the popup counts them; the dashboard lists them). */
export function unrecognisedCount(db: BrandSentryDb): Promise<number> {
  return db.captures.where('status').equals('unrecognised').count();
}

/** The marketplaces seen in captures so far (kept in one settings row as captures arrive). */
export async function seenMarketplaces(db: BrandSentryDb): Promise<string[]> {
  return parseStringList((await db.settings.get('marketplaces'))?.value);
}

export interface PopupSetup {
  profile: BrandProfile;
  /** Brands Brand Registry showed the seller owning, offered while the profile has none. */
  suggestions: string[];
  /** Whether anything was captured yet. */
  captured: boolean;
  /**
   * The first-minute guide, shown until the seller has a brand profile and a first capture (else
   * null): of the page kinds asked about, those captured so far, so it names the next page not yet seen.
   */
  guide: { capturedKinds: Set<string> } | null;
}

/**
 * What the popup's first minute needs: the profile and whether anything was captured (one key,
 * not a row: a capture holds the whole page it read); only while the guide is shown, the brands
 * Brand Registry showed (a few rows) and which of the guide's page kinds were captured, one
 * indexed key each (walking the page-kind index of every capture would cost more than the rest
 * of the popup's reads together).
 */
export async function popupSetup(db: BrandSentryDb, guideKinds: readonly string[]): Promise<PopupSetup> {
  const [row, anyCapture] = await Promise.all([db.profile.get('me'), db.captures.limit(1).primaryKeys()]);
  const profile = row?.profile ?? BrandProfile.parse({});
  const captured = anyCapture.length > 0;
  if (captured && profile.brands.length > 0) return { profile, suggestions: [], captured, guide: null };
  const [suggestions, kinds] = await Promise.all([
    profile.brands.length ? [] : db.brandRoles.toArray().then((roles) => profileSuggestions(roles, profile)),
    Promise.all(guideKinds.map(async (kind) => ((await db.captures.where('pageKind').equals(kind).limit(1).primaryKeys()).length ? [kind] : []))),
  ]);
  return { profile, suggestions, captured, guide: { capturedKinds: new Set(kinds.flat()) } };
}

export async function knownDomainAges(db: BrandSentryDb): Promise<Set<string>> {
  return new Set((await db.domainAges.toArray()).filter((age) => age.status === 'known').map((age) => age.domain));
}
