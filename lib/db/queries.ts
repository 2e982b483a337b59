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
  /** The open flags the tiles count (of the chosen account and marketplace). */
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
 * severity's range for one key (most severe first, only for kinds with flags), and beside them
 * the top flags by walking [state+severity+lastSeen] backwards (with the account first for one
 * account). A chosen marketplace (rare, the seller's click) reads the open flags of the account
 * and filters them. Then the age of the shown flags' domains, and nothing else.
 */
export async function popupFlags(db: BrandSentryDb, groups: readonly FlagGroup[], marketplace: string | null, limit: number, account: string | null = null): Promise<PopupFlags> {
  return db.transaction('r', db.flags, db.domainAges, async () => {
    const kinds = [...new Set(groups.flatMap((group) => group.kinds))];
    const [byKind, top] = marketplace === null ? await Promise.all([countedKinds(db, kinds, account), urgentFlags(db, limit, account)]) : await filteredFlags(db, kinds, marketplace, limit, account);
    const tiles: Record<string, TileCount> = {};
    let total = 0;
    for (const group of groups) {
      const counts = group.kinds.map((kind) => byKind.get(kind)!);
      const count = counts.reduce((sum, tile) => sum + tile.count, 0);
      tiles[group.id] = { count, worst: worstSeverity(counts.flatMap((tile) => (tile.worst ? [{ severity: tile.worst }] : []))) };
      total += count;
    }
    return { tiles, top, total, knownDomainAges: await knownDomainAgesOf(db, top.map((flag) => flag.subject.domain)) };
  });
}

/**
 * The [state+...] indexes cover every flag, the [account+state+...] ones the flags of one account
 * (a flag of no account is in none). A key sorts after its prefix and before the prefix followed
 * by [] (arrays sort after strings and numbers): the range of every key that starts with it.
 */
const flagIndex = (account: string | null, index: string) => (account === null ? `[${index}]` : `[account+${index}]`);
const startingWith = (prefix: unknown[]): [unknown[], unknown[]] => [prefix, [...prefix, []]];
const openOf = (account: string | null, ...rest: string[]) => (account === null ? ['open', ...rest] : [account, 'open', ...rest]);

async function countedKinds(db: BrandSentryDb, kinds: readonly FlagKind[], account: string | null): Promise<Map<FlagKind, TileCount>> {
  const index = db.flags.where(flagIndex(account, 'state+kind+severity'));
  const ofKind = async (kind: FlagKind): Promise<TileCount> => {
    const count = await index.between(...startingWith(openOf(account, kind))).count();
    for (const severity of count ? SEVERITIES : []) {
      if ((await index.equals(openOf(account, kind, severity)).limit(1).primaryKeys()).length) return { count, worst: severity };
    }
    return { count, worst: null };
  };
  return new Map(await Promise.all(kinds.map(async (kind) => [kind, await ofKind(kind)] as const)));
}

async function urgentFlags(db: BrandSentryDb, limit: number, account: string | null): Promise<Flag[]> {
  const top: Flag[] = [];
  for (const severity of SEVERITIES) {
    if (top.length >= limit) break;
    const range = db.flags.where(flagIndex(account, 'state+severity+lastSeen')).between(...startingWith(openOf(account, severity)));
    top.push(...(await range.reverse().limit(limit - top.length).toArray()));
  }
  return top.sort(byUrgency);
}

async function filteredFlags(db: BrandSentryDb, kinds: readonly FlagKind[], marketplace: string, limit: number, account: string | null): Promise<[Map<FlagKind, TileCount>, Flag[]]> {
  const open = await db.flags.where(flagIndex(account, 'state+kind+severity')).between(...startingWith(openOf(account))).toArray();
  const shown = open.filter((flag) => inMarketplace(flag, marketplace)).sort(byUrgency);
  const byKind = kinds.map((kind) => {
    const flags = shown.filter((flag) => flag.kind === kind);
    return [kind, { count: flags.length, worst: worstSeverity(flags) }] as const;
  });
  return [new Map(byKind), shown.slice(0, limit)];
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
