import { describe, expect, it } from 'vitest';
import { marketplaceFromUrl } from '../../lib/marketplaces';

describe('marketplaceFromUrl', () => {
  it.each([
    ['https://sellercentral.amazon.com/performance/dashboard', 'US'],
    ['https://sellercentral.amazon.co.uk/performance/dashboard', 'UK'],
    ['https://sellercentral.amazon.com.au/inventory', 'AU'],
    ['https://sellercentral-japan.amazon.com/performance/notifications', 'JP'],
    ['https://sellercentral.amazon.co.jp/performance/notifications', 'JP'],
    ['https://sellercentral-europe.amazon.com/abis/listing/edit?marketplaceID=A1PA6795UKMFR9&sku=X', 'DE'],
    ['https://sellercentral.amazon.com/abis/listing/edit?marketplaceID=A2EUQ1WTGCTBG2', 'CA'],
    ['https://sellercentral-europe.amazon.com/performance/dashboard', null],
    ['https://brandregistry.amazon.com/brands', null],
    ['not a url', null],
  ])('%s -> %s', (url, expected) => {
    expect(marketplaceFromUrl(url)).toBe(expected);
  });
});
