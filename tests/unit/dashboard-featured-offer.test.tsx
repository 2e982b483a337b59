// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { database } from '../../lib/db';
import { followSellerFlags } from '../../lib/analyze/follow-sellers';
import { mergeFlags } from '../../lib/analyze/merge';
import { BrandProfile } from '../../lib/model/profile';
import type { FeaturedOfferSignal } from '../../lib/model/seller-signals';
import { ASIN, AT, HIJACKER, offer, offerRecords, OWN, snapshot } from '../helpers/offers';
import { DAY, LUMORA } from '../helpers/records';
import { mountDashboard, unmount, until } from './dashboard-helpers';

const profile = BrandProfile.parse({ ...LUMORA, sellerIds: [OWN] });
const loss: FeaturedOfferSignal = {
  id: `sc-1:${ASIN}@US:inventory`, listingKey: `${ASIN}@US`, captureId: 'sc-1', capturedAt: AT + DAY, account: null, asin: ASIN, marketplace: 'US',
  sku: 'LUM-POUR-01', source: 'inventory', yourPrice: 26.99, featuredPrice: 22.99, currency: 'USD', lost: true, percentage: null,
};
const report: FeaturedOfferSignal = { ...loss, id: `sc-2:${ASIN}@US:business-report`, captureId: 'sc-2', capturedAt: AT + 2 * DAY, source: 'business-report', yourPrice: null, featuredPrice: null, percentage: 62.5, lost: true };

async function seed() {
  const records = offerRecords([snapshot(AT, [offer(OWN, 26.99), offer(HIJACKER, 25.99, { featured: true })])]);
  const db = database();
  await db.profile.put({ id: 'me', account: null, profile, updatedAt: AT } as never);
  await db.offerSnapshots.bulkPut(records.offerSnapshots);
  await db.offerSellers.bulkPut(records.offerSellers);
  await db.featuredOfferSignals.bulkPut([loss, report]);
  const flags = mergeFlags(followSellerFlags({ ...records, featuredOfferSignals: [loss, report], profile, now: AT + 30 * DAY }), [], AT + 30 * DAY);
  await db.flags.bulkPut(flags);
  return flags[0]!.key;
}

describe('dashboard: a follow-seller flag page shows what Seller Central says about the featured offer', () => {
  beforeEach(async () => {
    await database().delete();
    await database().open();
  });
  afterEach(unmount);

  it('in English: each page read, newest first, with prices, the share of page views and the loss', async () => {
    const key = await seed();
    const root = mountDashboard(`#/flag/${encodeURIComponent(key)}`);
    await until(() => !!root.querySelector('.featured-signals tbody tr'), 'featured-offer signals');
    expect(root.querySelector('#featured-signals-heading')!.textContent).toBe('What Seller Central says about your featured offer');
    const rows = [...root.querySelectorAll('.featured-signals tbody tr')].map((tr) => [...tr.querySelectorAll('td')].slice(1).map((td) => td.textContent));
    expect(rows).toEqual([
      ['Business Reports', '–', '–', '62.5%', 'yes'],
      ['Manage Inventory', '26.99 USD', '22.99 USD', '–', 'yes'],
    ]);
  });

  it('in Chinese', async () => {
    const key = await seed();
    await database().settings.put({ key: 'language', value: 'zh' });
    const root = mountDashboard(`#/flag/${encodeURIComponent(key)}`);
    await until(() => !!root.querySelector('.featured-signals tbody tr'), 'featured-offer signals');
    expect(root.querySelector('#featured-signals-heading')!.textContent).toBe('卖家平台关于您推荐报价的信息');
    expect([...root.querySelectorAll('.featured-signals tbody tr td:nth-child(2)')].map((td) => td.textContent)).toEqual(['业务报告', '管理库存']);
  });
});
