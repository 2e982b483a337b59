// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { checkOffers, listingsToCheck, offerListUrl, type OfferCheckDeps } from '../../lib/background/offer-check';
import { readFetchedPage } from '../../lib/offers/parse-page';
import { BrandProfile } from '../../lib/model/profile';
import { OFFER_CHECK_DAILY_CAP } from '../../lib/offers/check-status';
import { freshDb } from '../helpers/db';
import { fixture } from '../helpers/fixtures';
import { LUMORA } from '../helpers/records';

const T = Date.UTC(2026, 10, 20);

async function setup(pages: Record<string, string>, granted = ['US']) {
  const db = freshDb();
  await db.profile.put({ id: 'me', account: null, profile: BrandProfile.parse({ ...LUMORA, sellerIds: ['A2LUMORA0DIRECT'] }), updatedAt: T });
  // The seller's inventory knows two listings in the US and one in Germany.
  await db.listingStates.bulkPut(
    [['B0CLMR7X2Q', 'US'], ['B0CLMR8Y3R', 'US'], ['B0CLMR9Z4S', 'DE']].map(([asin, marketplace]) => ({
      listingKey: `${asin}@${marketplace}`, account: null, asin: asin!, sku: null, marketplace: marketplace!, brand: 'Lumora', manufacturer: null, title: null, status: 'active' as const,
      statusText: null, lockedAttributes: [], conflicts: [], firstSeenAt: T, lastSeenAt: T, lastCaptureId: 'x', removals: [], lastActiveAt: T,
    })),
  );
  const fetched: string[] = [];
  const waits: number[] = [];
  const deps: OfferCheckDeps = {
    db,
    now: () => T,
    granted: async () => granted,
    fetchPage: async (url) => {
      fetched.push(url);
      const file = pages[url];
      return { url, status: file ? 200 : 404, html: file ? fixture(`retail/${file}`) : '<html><body>Not found</body></html>' };
    },
    readPage: async (html, url) => readFetchedPage(html, url),
    wait: async (ms) => void waits.push(ms),
    afterWrite: vi.fn(async () => {}),
  };
  return { db, deps, fetched, waits };
}

describe('Check offers now', () => {
  it('checks the seller\'s listings in the allowed marketplaces only, one request every few seconds, into the same records as browsing', async () => {
    const { db, deps, fetched, waits } = await setup({ [offerListUrl('B0CLMR7X2Q', 'US')]: 'us-aod-offers.html', [offerListUrl('B0CLMR8Y3R', 'US')]: 'us-aod-offers-gone.html' });
    const status = await checkOffers(deps);
    expect(status).toMatchObject({ checked: 2, total: 2, stopped: null });
    expect(fetched).toEqual(['https://www.amazon.com/gp/aod/ajax?asin=B0CLMR7X2Q&pc=dp', 'https://www.amazon.com/gp/aod/ajax?asin=B0CLMR8Y3R&pc=dp']);
    expect(waits).toEqual([5_000]);
    const captures = await db.captures.toArray();
    expect(captures.map((c) => [c.source, c.pageKind, c.status])).toEqual([
      ['check', 'retail-offers', 'interpreted'],
      ['check', 'retail-offers', 'interpreted'],
    ]);
    expect(await db.offerSellers.where('listingKey').equals('B0CLMR7X2Q@US').count()).toBe(4);
    expect(deps.afterWrite).toHaveBeenCalled();
  });

  it('stops at a robot check and says so', async () => {
    const { db, deps, fetched } = await setup({ [offerListUrl('B0CLMR7X2Q', 'US')]: 'robot-check.html', [offerListUrl('B0CLMR8Y3R', 'US')]: 'us-aod-offers.html' });
    const status = await checkOffers(deps);
    expect(status).toMatchObject({ checked: 0, stopped: 'robot-check' });
    expect(fetched).toHaveLength(1); // nothing more is asked once Amazon asks who is there
    expect(JSON.parse((await db.settings.get('offerCheck'))!.value)).toMatchObject({ stopped: 'robot-check' });
  });

  it('stops at a sign-in page', async () => {
    const { deps } = await setup({});
    deps.fetchPage = async () => ({ url: 'https://www.amazon.com/ap/signin?openid.return_to=x', status: 200, html: '<html><body><form name="signIn"><input id="ap_email"></form></body></html>' });
    expect(await checkOffers(deps)).toMatchObject({ checked: 0, stopped: 'sign-in' });
  });

  it('stops at the daily cap', async () => {
    const { db, deps, fetched } = await setup({ [offerListUrl('B0CLMR7X2Q', 'US')]: 'us-aod-offers.html' });
    await db.settings.put({ key: `offerChecks:${new Date(T).toISOString().slice(0, 10)}`, value: String(OFFER_CHECK_DAILY_CAP) });
    expect(await checkOffers(deps)).toMatchObject({ checked: 0, stopped: 'daily-cap' });
    expect(fetched).toEqual([]);
  });

  it('has nothing to check without an allowed marketplace, and asks nothing', async () => {
    const { db, deps, fetched } = await setup({}, []);
    expect(await checkOffers(deps)).toMatchObject({ total: 0, stopped: 'no-listings' });
    expect(fetched).toEqual([]);
    expect(await listingsToCheck(db, ['DE'])).toEqual([{ asin: 'B0CLMR9Z4S', marketplace: 'DE' }]);
  });
});
