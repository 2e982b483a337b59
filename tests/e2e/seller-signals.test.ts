import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { extensionUrl, launch, storedRows, waitFor, type Session } from './harness';

const SELLER_CENTRAL = 'https://sellercentral.amazon.com';

/**
 * Featured-offer signals read by the content script in real Chromium, as the seller browses: the
 * pricing view of Manage Inventory (legacy table, English), Manage All Inventory (Katal rows,
 * Chinese) and Business Reports. Katal elements are undefined custom elements here, as they are
 * to a content script's isolated world.
 */
describe('Seller Central featured-offer signals in real Chromium', () => {
  const sites: Record<string, Record<string, string>> = {
    [SELLER_CENTRAL]: {
      '/inventory': 'pages/inventory-pricing-en.html',
      '/myinventory/inventory': 'pages/inventory-pricing-zh.html',
      '/business-reports/ref=xx_sitemetric_dnav_xx': 'pages/business-report-child-items.html',
    },
  };
  let session: Session;
  let db: Page;

  beforeAll(async () => {
    session = await launch(sites);
    db = await session.context.newPage();
    await db.goto(extensionUrl(session, 'popup.html'));
  });
  afterAll(async () => session?.close());

  const signals = async (source: string) => (await storedRows(db, 'featuredOfferSignals')).filter((row) => row.source === source);

  it('stores Manage Inventory\'s featured offer price against yours, in English and in Chinese', async () => {
    const tab = await session.context.newPage();
    await tab.goto(`${SELLER_CENTRAL}/inventory?viewId=PRICING`);
    const english = await waitFor(async () => {
      const rows = await signals('inventory');
      return rows.length === 2 && rows;
    }, 'the pricing view\'s signals');
    expect(english.map((row) => [row.asin, row.yourPrice, row.featuredPrice, row.lost]).sort()).toEqual([
      ['B0CLMR7X2Q', 24.99, 19.99, true],
      ['B0CLMR8Y3R', 18.5, 18.5, false],
    ]);
    await tab.goto(`${SELLER_CENTRAL}/myinventory/inventory?fulfilledBy=all&page=1&status=all`);
    const chinese = await waitFor(async () => {
      const rows = (await signals('inventory')).filter((row) => row.featuredPrice === 21.49);
      return rows.length === 1 && rows;
    }, 'the Chinese page\'s signal');
    expect(chinese[0]).toMatchObject({ asin: 'B0CLMR7X2Q', yourPrice: 24.99, lost: true, marketplace: 'US' });
  });

  it('stores Business Reports\' featured offer percentage per child ASIN', async () => {
    const tab = await session.context.newPage();
    await tab.goto(`${SELLER_CENTRAL}/business-reports/ref=xx_sitemetric_dnav_xx#/report?id=102%3ADetailSalesTrafficByChildItem`);
    const rows = await waitFor(async () => {
      const found = await signals('business-report');
      return found.length === 2 && found;
    }, 'the report\'s signals');
    expect(rows.map((row) => [row.asin, row.percentage, row.lost]).sort()).toEqual([
      ['B0CLMR7X2Q', 62.5, true],
      ['B0CLMR8Y3R', 100, false],
    ]);
  });
});
