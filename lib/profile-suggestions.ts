import type { BrandRoleState } from './model/brand-role';
import type { SellerAccount } from './model/account';
import { SELLER_ID } from './model/offer';
import type { BrandProfile } from './model/profile';

const OWNER_ROLES = new Set(['Administrator', 'Rights Owner']);

/**
 * Brands the seller administers or owns in Brand Registry that are not yet in their profile:
 * offered as suggestions, added only when the seller confirms.
 */
export function profileSuggestions(roles: readonly BrandRoleState[], profile: BrandProfile): string[] {
  const known = new Set(profile.brands.flatMap((brand) => [brand.name, ...brand.aliases]).map((name) => name.trim().toLowerCase()));
  const suggestions = new Map<string, string>();
  for (const role of roles) {
    if (!role.present || !OWNER_ROLES.has(role.role)) continue;
    const key = role.brand.trim().toLowerCase();
    if (!known.has(key)) suggestions.set(key, role.brand.trim());
  }
  return [...suggestions.values()].sort((a, b) => a.localeCompare(b));
}

/**
 * The seller's own seller IDs as Seller Central showed them: the merchant token of each selling
 * account whose pages were read in this browser (the header's account switcher, lib/pages/account.ts;
 * Amazon's retail links carry the same token as `seller=`). Offered in settings, added only when the
 * seller confirms: a page can be someone else's account a colleague opened. For one account's
 * profile only that account's token; for the profile of all accounts, every account's.
 */
export function sellerIdSuggestions(accounts: readonly SellerAccount[], account: string | null, current: readonly string[]): SellerAccount[] {
  const known = new Set(current.map((id) => id.toUpperCase()));
  return accounts.filter((seen) => (account === null || seen.id === account) && SELLER_ID.test(seen.id) && !known.has(seen.id));
}
