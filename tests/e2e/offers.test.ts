import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectTheTwoFollowSellers, HIJACKER, isRetail, OFFERS_PATH, PRODUCT_PATH, RETAIL, storySites, UNDERCUTTER } from './follow-seller-story';
import { extensionUrl, launch, screenshot, storedRows, waitFor, type Session } from './harness';

/**
 * The follow-seller story in real Chromium: the seller enters their brand and seller ID; nothing
 * is asked of Amazon's shop until they allow "US" in settings (a click, so the browser's
 * permission request runs as a user gesture); then their product page and its offer list are
 * read as they browse, each unauthorized seller is flagged in the popup (English and Chinese);
 * "Check offers now" later finds the sellers gone and the flags resolve; a robot check stops a run.
 */
describe('follow-sellers in real Chromium', () => {
  const sites = storySites();
  let session: Session;
  let settings: Page;

  beforeAll(async () => {
    session = await launch(sites);
    settings = await session.context.newPage();
    await settings.goto(extensionUrl(session, 'options.html'));
    await settings.getByLabel('Brand name').fill('Lumora');
    await settings.getByLabel(/Marketplaces/).fill('US');
    await settings.getByLabel(/Authorized resellers/).fill('A7TRUSTEDRESELL');
    await settings.getByLabel(/Your seller IDs/).fill('A2LUMORA0DIRECT');
    await settings.getByRole('button', { name: 'Save brands' }).click();
    await settings.getByRole('status').getByText('Saved.').waitFor();
  });
  afterAll(async () => session?.close());

  const flags = () => storedRows(settings, 'flags');
  const openPage = async (url: string) => {
    const tab = await session.context.newPage();
    await tab.goto(url);
    return tab;
  };

  it('reads nothing on Amazon\'s shop before the seller allows a marketplace', async () => {
    expect(session.requests.filter(isRetail)).toEqual([]);
    // Without the grant no retail script is registered: the seller's own product page is not read.
    const tab = await openPage(`${RETAIL}${PRODUCT_PATH}`);
    await tab.waitForTimeout(3_000);
    expect(await storedRows(settings, 'captures')).toEqual([]);
    await tab.close();
  });

  it('after "Watch offers on my listings in US", flags each unauthorized seller with price, featured offer and first-seen date', async () => {
    await settings.getByRole('button', { name: 'Watch offers on my listings in US' }).click();
    await settings.getByText('Watching US').waitFor();
    const product = await openPage(`${RETAIL}${PRODUCT_PATH}`);
    await waitFor(async () => (await storedRows(settings, 'offerSnapshots')).length >= 1, 'the product page read');
    await product.close();
    const list = await openPage(`${RETAIL}${OFFERS_PATH}?asin=B0CLMR7X2Q&pc=dp`);
    const stored = await waitFor(async () => {
      const rows = (await flags()).filter((flag) => flag.kind === 'follow-seller');
      return rows.length >= 2 && rows;
    }, 'the follow-seller flags');
    await list.close();
    expectTheTwoFollowSellers(stored);

    const popup = await session.context.newPage();
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.goto(extensionUrl(session, 'popup.html'));
    await popup.locator('.flag').first().waitFor();
    expect(await popup.locator('[data-tile="follow-sellers"] .tile-count').textContent()).toBe('2');
    const reasons = (await popup.locator('.flag-reason').allTextContents()).join('\n');
    // At a glance, each flag's most pressing reason: the Buy Box, then the undercut price.
    expect(reasons).toContain('QuickDeals Store (A1QUICKDEALS77) holds the featured offer (Buy Box) of B0CLMR7X2Q at 19.99 USD');
    expect(reasons).toContain('Bargain Hub (A3BARGAINHUB9Z) sells at 21.50 USD, 20% below your 26.99 USD');
    // And since when each seller has been on the listing.
    expect(await popup.locator('.flag-since').allTextContents()).toEqual([expect.stringMatching(/^First seen /), expect.stringMatching(/^First seen /)]);
    await screenshot(popup, 'popup-follow-sellers-en');
    await popup.getByLabel('Language').selectOption('zh');
    await popup.getByText('跟卖').first().waitFor();
    expect((await popup.locator('.flag-reason').allTextContents()).join('\n')).toContain('占据了商品 B0CLMR7X2Q 的购物车（推荐报价），售价 19.99 USD');
    expect(await popup.locator('.flag-since').first().textContent()).toMatch(/^首次发现：\d{4}年\d{1,2}月\d{1,2}日/);
    await screenshot(popup, 'popup-follow-sellers-zh');
    await popup.getByLabel('语言').selectOption('en');
    await popup.close();
  });

  it('"Check offers now" reads the offer list from the background; the flags resolve when the sellers are gone', async () => {
    sites[RETAIL]![OFFERS_PATH] = 'retail/us-aod-offers-gone.html';
    const before = session.requests.length;
    await settings.getByRole('button', { name: 'Check offers now' }).click();
    await settings.getByText('Checked 1 listings.').waitFor({ timeout: 30_000 });
    expect(session.requests.slice(before).filter(isRetail)).toEqual([`${RETAIL}${OFFERS_PATH}?asin=B0CLMR7X2Q&pc=dp`]);
    const resolved = await waitFor(async () => {
      const rows = (await flags()).filter((flag) => flag.kind === 'follow-seller');
      return rows.every((flag) => flag.state === 'resolved') && rows;
    }, 'the resolved follow-seller flags');
    expect(resolved.map((flag) => flag.key).sort()).toEqual([HIJACKER, UNDERCUTTER]);
  });

  it('stops the run at a robot check and says so', async () => {
    sites[RETAIL]![OFFERS_PATH] = 'retail/robot-check.html';
    await settings.getByRole('button', { name: 'Check offers now' }).click();
    await settings.getByText(/Stopped: Amazon showed a robot check/).waitFor({ timeout: 30_000 });
    await screenshot(settings, 'settings-offer-check-robot');
  });
});
