import type { BrandSentryDb, ProfileRow } from './db';
import { SELLER_ID } from './model/offer';
import { BrandProfile } from './model/profile';

/**
 * One brand profile per selling account, and one for all of them (`me`: the profile Brand
 * Sentry had before accounts, which serves every account that has none of its own, and the
 * records whose account is unknown). An account's merchant token is one of its own seller IDs:
 * its own offers are never follow-sellers.
 */
export const ALL_ACCOUNTS_PROFILE = 'me';

export const profileRowId = (account: string | null): string => account ?? ALL_ACCOUNTS_PROFILE;

/** The profile each account's records are analysed with, from the stored rows (pure). */
export function profileResolver(rows: readonly ProfileRow[]): (account: string | null) => BrandProfile {
  const byId = new Map(rows.map((row) => [row.id, row]));
  // Parsed: a profile stored by an older version (or restored) gets the fields added since, empty.
  const shared = BrandProfile.parse(byId.get(ALL_ACCOUNTS_PROFILE)?.profile ?? {});
  const cache = new Map<string | null, BrandProfile>([[null, shared]]);
  return (account) => {
    let profile = cache.get(account);
    if (profile) return profile;
    const own = account ? byId.get(account) : undefined;
    const base = own ? BrandProfile.parse(own.profile) : shared;
    profile = account && SELLER_ID.test(account) && !base.sellerIds.includes(account) ? { ...base, sellerIds: [...base.sellerIds, account] } : base;
    cache.set(account, profile);
    return profile;
  };
}

/** The profile an account's records meet (its own, else the one for all accounts). */
export async function profileFor(db: BrandSentryDb, account: string | null): Promise<BrandProfile> {
  const rows = (await db.profile.bulkGet([ALL_ACCOUNTS_PROFILE, ...(account ? [account] : [])])).filter((row): row is ProfileRow => !!row);
  return profileResolver(rows)(account);
}

/** The profile row as the settings page edits it: the account's own, or null when it has none yet. */
export async function storedProfile(db: BrandSentryDb, account: string | null): Promise<BrandProfile | null> {
  const row = await db.profile.get(profileRowId(account));
  return row ? BrandProfile.parse(row.profile) : null;
}
