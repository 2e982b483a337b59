import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { FIXTURE_DIR } from '../helpers/fixtures';

const run = promisify(execFile);

describe('npm run inspect on retail pages', () => {
  it('prints every offer of a saved offer list and the follow-seller flags, from the profile\'s sellerIds and authorizedSellers', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'inspect-offers-'));
    const url = 'https://www.amazon.com/gp/aod/ajax/ref=dp_aod_NEW_mbc?asin=B0CLMR7X2Q&pc=dp';
    const page = join(dir, 'offers.html');
    writeFileSync(page, `<!-- saved from url=(${String(url.length).padStart(4, '0')})${url} -->\n${readFileSync(join(FIXTURE_DIR, 'retail', 'us-aod-offers.html'), 'utf8')}`);
    const { stdout } = await run('npx', ['tsx', 'scripts/inspect.ts', '--profile', join(FIXTURE_DIR, 'profiles', 'lumora-offers.json'), page], { maxBuffer: 20_000_000 });
    const output = JSON.parse(stdout);
    expect(output.captures[0]).toMatchObject({ pageKind: 'retail-offers', status: 'interpreted' });
    expect(output.captures[0].offers).toHaveLength(4);
    expect(output.captures[0].offers[0]).toEqual({
      sellerId: 'A1QUICKDEALS77', sellerName: 'QuickDeals Store', price: 19.99, currency: 'USD', featured: true, fulfilledByAmazon: false, shipsFrom: 'QuickDeals Store', condition: 'New',
    });
    // The seller's own offer and the authorized reseller raise nothing.
    expect(output.flags.filter((f: { kind: string }) => f.kind === 'follow-seller').map((f: { key: string; severity: string; reasons: string[] }) => [f.key, f.severity, f.reasons])).toEqual([
      ['follow-seller:B0CLMR7X2Q@US;seller=A1QUICKDEALS77', 'high', ['holds-featured-offer', 'below-your-price', 'unauthorized-seller', 'new-seller']],
      ['follow-seller:B0CLMR7X2Q@US;seller=A3BARGAINHUB9Z', 'high', ['below-your-price', 'unauthorized-seller', 'new-seller']],
    ]);
  }, 120_000);

  it('prints what a saved Business Reports page says about each listing\'s featured offer', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'inspect-featured-'));
    const page = join(dir, 'report.html');
    writeFileSync(page, readFileSync(join(FIXTURE_DIR, 'pages', 'business-report-child-items.html'), 'utf8'));
    const url = 'https://sellercentral.amazon.com/business-reports#/report?id=102%3ADetailSalesTrafficByChildItem';
    const { stdout } = await run('npx', ['tsx', 'scripts/inspect.ts', '--url', url, page], { maxBuffer: 20_000_000 });
    const output = JSON.parse(stdout);
    expect(output.captures[0]).toMatchObject({ pageKind: 'business-reports', status: 'interpreted', offers: [] });
    expect(output.captures[0].featuredOffers).toEqual([
      { asin: 'B0CLMR7X2Q', marketplace: 'US', sku: null, source: 'business-report', yourPrice: null, featuredPrice: null, currency: null, lost: true, percentage: 62.5 },
      { asin: 'B0CLMR8Y3R', marketplace: 'US', sku: null, source: 'business-report', yourPrice: null, featuredPrice: null, currency: null, lost: false, percentage: 100 },
    ]);
  }, 120_000);
});
