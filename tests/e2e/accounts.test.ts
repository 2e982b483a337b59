import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { extensionUrl, launch, putRow, screenshot, storedCaptures, storedRows, waitFor, type Session } from './harness';

const SELLER_CENTRAL = 'https://sellercentral.amazon.com';
const EDITOR_PATH = '/abis/listing/edit/product_details';
const EDITOR_QUERY = '?marketplaceID=ATVPDKIKX0DER&sku=LUM-POUR-01&asin=B0CLMR7X2Q&productType=KITCHEN';
const POLICIES_PATH = '/performance/account/health/product-policies';
const LUMORA = 'A2LUMORA0DIRECT';
const NORTHWIND = 'A3NORTHWIND0EU';

/**
 * An agency's browser: one profile, two selling accounts switched in Seller Central's header.
 * Both accounts sell the same listing; only Northwind Goods has takedowns. Their flags must never
 * mix, and the overview must show each account with its own counts.
 */
describe('two seller accounts in one browser profile, in real Chromium', () => {
  const sites: Record<string, Record<string, string>> = { [SELLER_CENTRAL]: {} };
  let session: Session;
  let page: Page;

  beforeAll(async () => {
    session = await launch(sites);
    page = await session.context.newPage();
    await page.goto(extensionUrl(session, 'dashboard.html'));
    // The seller's brand profile, for every account.
    await putRow(page, 'profile', { id: 'me', account: null, updatedAt: 1, profile: { brands: [{ name: 'Lumora', aliases: [], officialDomains: ['lumora.com'], trademarks: [], marketplaces: ['US'], firstSaleDate: null, authorizedSellers: [] }], sellerIds: [] } });
  });
  afterAll(async () => session?.close());

  const visit = async (path: string, fixture: string, query = '') => {
    const before = (await storedCaptures(page)).length;
    sites[SELLER_CENTRAL]![path] = fixture;
    const tab = await session.context.newPage();
    await tab.goto(`${SELLER_CENTRAL}${path}${query}`);
    await waitFor(async () => (await storedCaptures(page)).length > before, `the capture of ${fixture}`);
    await tab.close();
  };

  it('keeps each account\'s captures and flags apart', async () => {
    await visit(EDITOR_PATH, 'pages/accounts/lumora-direct-listing-editor.html', EDITOR_QUERY);
    await visit(EDITOR_PATH, 'pages/accounts/northwind-listing-editor.html', EDITOR_QUERY);
    await visit(POLICIES_PATH, 'pages/accounts/northwind-product-policies.html');

    const captures = await storedCaptures(page);
    expect(captures.map((c) => c.account).sort()).toEqual([LUMORA, NORTHWIND, NORTHWIND]);
    expect((await storedRows(page, 'accounts')).map((a) => [a.id, a.name]).sort()).toEqual([
      [LUMORA, 'Lumora Direct'],
      [NORTHWIND, 'Northwind Goods'],
    ]);
    const flags = await waitFor(async () => {
      const rows = await storedRows(page, 'flags');
      return rows.some((f) => f.account === NORTHWIND && f.kind === 'listing-takedown') && rows.some((f) => f.account === LUMORA) ? rows : undefined;
    }, 'the flags of both accounts');
    const accountOf = new Map(captures.map((c) => [c.id, c.account]));
    for (const flag of flags) {
      expect(flag.account, flag.key).not.toBeNull();
      expect(flag.key, flag.key).toContain(`account=${flag.account}`);
      for (const id of flag.evidence) expect(accountOf.get(id), `${flag.key} evidence`).toBe(flag.account);
    }
    const conflicts = flags.filter((f) => f.kind === 'hijacked-brand-control' && f.subject.asin === 'B0CLMR7X2Q').map((f) => f.account).sort();
    expect(conflicts).toEqual([LUMORA, NORTHWIND]);
    expect(flags.filter((f) => f.kind === 'listing-takedown').every((f) => f.account === NORTHWIND)).toBe(true);
  });

  it('shows both accounts in the overview, each with its own counts, in English and in Chinese', async () => {
    const flags = (await storedRows(page, 'flags')).filter((f) => f.state === 'open');
    const count = (account: string) => flags.filter((f) => f.account === account).length;
    await page.goto(extensionUrl(session, 'dashboard.html#/'));
    const rows = page.locator('.account-row');
    await rows.first().waitFor();
    expect(await rows.evaluateAll((items) => items.map((item) => item.getAttribute('data-account')))).toEqual([NORTHWIND, LUMORA]);
    const northwind = page.locator(`.account-row[data-account="${NORTHWIND}"]`);
    const lumora = page.locator(`.account-row[data-account="${LUMORA}"]`);
    expect(await northwind.locator('.account-name').textContent()).toBe('Northwind Goods');
    expect(await northwind.locator('.account-open').textContent()).toBe(`${count(NORTHWIND)} open`);
    expect(await lumora.locator('.account-open').textContent()).toBe(`${count(LUMORA)} open`);
    expect(await northwind.locator('[data-kind="listing-takedown"]').count()).toBe(1);
    expect(await lumora.locator('[data-kind="listing-takedown"]').count()).toBe(0);
    await screenshot(page, 'overview-accounts-en');

    await putRow(page, 'settings', { key: 'language', value: 'zh' });
    await page.reload();
    await page.locator('.account-row').first().waitFor();
    expect(await page.locator('#accounts-heading').textContent()).toBe('各账户');
    expect(await page.locator(`.account-row[data-account="${LUMORA}"] .account-open`).textContent()).toBe(`${count(LUMORA)} 个待处理`);
    await screenshot(page, 'overview-accounts-zh');
  });

  it('filters the popup by account', async () => {
    await putRow(page, 'settings', { key: 'language', value: 'en' });
    const popup = await session.context.newPage();
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.goto(extensionUrl(session, 'popup.html'));
    const takedowns = popup.locator('[data-tile="takedowns"] .tile-count');
    await takedowns.waitFor();
    const all = Number(await takedowns.textContent());
    expect(all).toBeGreaterThan(0);
    await popup.locator('.popup > .account-switcher select').selectOption(LUMORA);
    await waitFor(async () => (await takedowns.textContent()) === '0', 'Lumora Direct has no takedowns');
    await popup.locator('.popup > .account-switcher select').selectOption(NORTHWIND);
    await waitFor(async () => Number(await takedowns.textContent()) === all, 'Northwind Goods has them all');
    await screenshot(popup, 'popup-account-northwind');
  });
});
