/** The sign-off: only what the records cannot know is left for the seller to fill. */
export function signature(brands: readonly string[]): string {
  return ['Kind regards,', '', '[Your name]', `[Your company]${brands.length ? ` (brand: ${brands.join(', ')})` : ''}`, 'Seller name / Merchant token: [Your seller name and merchant token]', '[Your e-mail address]', '[Your phone number]'].join('\n');
}

export function ownBrandNames(profile: { brands: readonly { name: string }[] }): string[] {
  return profile.brands.map((brand) => brand.name);
}
