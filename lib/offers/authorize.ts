import type { BrandProfile } from '../model/profile';

/**
 * The profile with `sellerId` added to the authorized resellers of `brand` (of every brand when
 * null: a seller who has one brand, or did not say which). Null when there is no such brand.
 */
export function authorize(profile: BrandProfile, sellerId: string, brand: string | null): BrandProfile | null {
  const targets = profile.brands.filter((entry) => brand === null || entry.name === brand);
  if (targets.length === 0) return null;
  return {
    ...profile,
    brands: profile.brands.map((entry) =>
      targets.includes(entry) && !entry.authorizedSellers.includes(sellerId) ? { ...entry, authorizedSellers: [...entry.authorizedSellers, sellerId] } : entry,
    ),
  };
}
