import type { BrandRoleState } from './model/brand-role';
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
