import { expect } from 'vitest';

/**
 * The follow-seller story that both browsers' tests run (offers.test.ts in Chromium,
 * firefox-offers.test.ts in Firefox): one of the seller's listings on Amazon's US shop, its
 * fixture pages, and the two sellers on it that must be flagged.
 */
export const RETAIL = 'https://www.amazon.com';
export const PRODUCT_PATH = '/Lumora-Ceramic-Pour-Over-Coffee/dp/B0CLMR7X2Q';
export const OFFERS_PATH = '/gp/aod/ajax';
export const HIJACKER = 'follow-seller:B0CLMR7X2Q@US;seller=A1QUICKDEALS77';
export const UNDERCUTTER = 'follow-seller:B0CLMR7X2Q@US;seller=A3BARGAINHUB9Z';

/** A request to any of Amazon's retail hosts (the optional host permissions). */
export const isRetail = (url: string) => /^https?:\/\/(www\.)?amazon\.(com|co\.uk|de|fr|it|es|nl|se|pl|com\.be|com\.tr|ae|sa|eg|in|co\.jp|com\.au|sg|ca|com\.mx|com\.br)\//.test(url);

/** The pages served as Amazon's shop; a test swaps the offer list as the story goes on. */
export function storySites(): Record<string, Record<string, string>> {
  return { [RETAIL]: { [PRODUCT_PATH]: 'retail/us-product-hijacked.html', [OFFERS_PATH]: 'retail/us-aod-offers.html' } };
}

/** After the product page and offer list are read: exactly the two unauthorized sellers, the Buy Box holder first in its reasons. */
export function expectTheTwoFollowSellers(stored: ReadonlyArray<Record<string, any>>): void {
  const byKey = Object.fromEntries(stored.map((flag) => [flag.key, flag]));
  expect(Object.keys(byKey).sort()).toEqual([HIJACKER, UNDERCUTTER]);
  expect(byKey[HIJACKER]).toMatchObject({ state: 'open', severity: 'high', marketplace: 'US' });
  expect(byKey[HIJACKER]!.reasons).toEqual(['holds-featured-offer', 'below-your-price', 'unauthorized-seller', 'new-seller']);
}
