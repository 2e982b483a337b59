import type { Notice } from '../model/notice';
import { normaliseName } from '../names';
import type { AnalysisInput } from './input';

/**
 * The marketplaces a notice's listings sell in, by the seller's own profile: the brand each listing
 * belongs to (its ASIN seen with that brand in Seller Central, or a title in the notice that names
 * the brand or an alias), then the marketplaces the profile lists for that brand. A pasted notice
 * names no marketplace; this is where the foreign-mark and takedown rules look then.
 */
export function brandMarketplaces(input: AnalysisInput): (notice: Pick<Notice, 'asins' | 'titles'>) => string[] {
  const brands = input.profile.brands.map((brand) => ({
    names: [brand.name, ...brand.aliases].map(normaliseName).filter(Boolean),
    marketplaces: brand.marketplaces.map((marketplace) => marketplace.toUpperCase()),
  }));
  const byName = new Map(brands.flatMap((brand) => brand.names.map((name) => [name, brand] as const)));
  const brandOfAsin = new Map<string, (typeof brands)[number]>();
  for (const state of input.listingStates) {
    const brand = state.asin && state.brand ? byName.get(normaliseName(state.brand)) : undefined;
    if (brand && state.asin) brandOfAsin.set(state.asin, brand);
  }
  return (notice) => {
    const found = new Set<(typeof brands)[number]>();
    for (const asin of notice.asins) {
      const brand = brandOfAsin.get(asin);
      if (brand) found.add(brand);
    }
    if (found.size === 0) {
      for (const title of notice.titles.slice(0, 50)) {
        const words = normaliseName(title);
        for (const brand of brands) if (brand.names.some((name) => name.length >= 3 && words.includes(name))) found.add(brand);
      }
    }
    return [...new Set([...found].flatMap((brand) => brand.marketplaces))];
  };
}
