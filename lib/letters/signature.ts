/** The selling account a letter is written for, as Seller Central's header showed it. */
export interface LetterAccount {
  id: string;
  name: string | null;
}

/**
 * The sign-off: only what the records cannot know is left for the seller to fill. A letter about
 * one account's flag is signed with that account's store name and merchant token, so an agency's
 * letters never go out under another client's name.
 */
export function signature(brands: readonly string[], account: LetterAccount | null = null): string {
  const store = account ? `Seller name / Merchant token: ${account.name ?? '[Your seller name]'} / ${account.id}` : 'Seller name / Merchant token: [Your seller name and merchant token]';
  return ['Kind regards,', '', '[Your name]', `[Your company]${brands.length ? ` (brand: ${brands.join(', ')})` : ''}`, store, '[Your e-mail address]', '[Your phone number]'].join('\n');
}

export function ownBrandNames(profile: { brands: readonly { name: string }[] }): string[] {
  return profile.brands.map((brand) => brand.name);
}
