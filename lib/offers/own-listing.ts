import type { BrandProfile } from '../model/profile';
import type { OfferObservation } from '../model/offer';

/**
 * Whether a retail page is one of the seller's own listings, the only ones Brand Sentry keeps:
 * an ASIN already known as theirs (seen in their inventory or listing editor, or checked before),
 * or a byline naming one of their brands ("Visit the Lumora Store", "Marke: Lumora",
 * "Lumoraのストアを表示"). Any other product page is not stored at all.
 */
export function isOwnListing(observation: Pick<OfferObservation, 'asin' | 'byline'>, profile: BrandProfile, knownAsins: ReadonlySet<string>): boolean {
  if (knownAsins.has(observation.asin)) return true;
  if (!observation.byline) return false;
  const byline = observation.byline.normalize('NFKC').toLowerCase();
  return profile.brands.some((brand) => [brand.name, ...brand.aliases].some((name) => namesBrand(byline, name.normalize('NFKC').toLowerCase().trim())));
}

const LATIN_OR_DIGIT = /[\p{Script=Latin}\p{N}]/u;

/** `name` in `byline` as a whole word: "Lux" is not in "Visit the Luxora Store". indexOf per occurrence: linear enough on a byline. */
function namesBrand(byline: string, name: string): boolean {
  if (!name) return false;
  for (let at = byline.indexOf(name); at >= 0; at = byline.indexOf(name, at + 1)) {
    const before = byline[at - 1];
    const after = byline[at + name.length];
    if ((!before || !LATIN_OR_DIGIT.test(before)) && (!after || !LATIN_OR_DIGIT.test(after))) return true;
  }
  return false;
}
