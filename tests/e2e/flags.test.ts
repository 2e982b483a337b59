import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { extensionUrl, launch, screenshot, storedCaptures, storedRows, waitFor, type Session } from './harness';

const SELLER_CENTRAL = 'https://sellercentral.amazon.com';
const EDITOR_PATH = '/abis/listing/edit/product_details';

/**
 * The seller's story in real Chromium: they enter their brand in settings; a takedown notice
 * arrives from a brand-named domain citing a UK mark against their US listing; later the
 * complaint is retracted; the listing editor shows a brand conflict. The popup must show
 * exactly the open flags, in English and in Chinese.
 */
describe('flags in the popup, in real Chromium', () => {
  const sites: Record<string, Record<string, string>> = {
    [SELLER_CENTRAL]: {
      '/performance/notifications': 'pages/performance-notification-message.html',
      [EDITOR_PATH]: 'pages/listing-editor-shadow.html',
    },
  };
  let session: Session;
  let popup: Page;

  beforeAll(async () => {
    session = await launch(sites);
    popup = await session.context.newPage();
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.goto(extensionUrl(session, 'popup.html'));
  });
  afterAll(async () => session?.close());

  const flags = () => storedRows(popup, 'flags');
  const visit = async (path: string, fixture: string, query = '') => {
    const before = (await storedCaptures(popup)).length;
    sites[SELLER_CENTRAL]![path] = fixture;
    const tab = await session.context.newPage();
    await tab.goto(`${SELLER_CENTRAL}${path}${query}`);
    await waitFor(async () => (await storedCaptures(popup)).length > before, `the capture of ${fixture}`);
    await tab.close();
  };

  it('takes the seller\'s brand profile in settings', async () => {
    const settings = await session.context.newPage();
    await settings.goto(extensionUrl(session, 'options.html'));
    await settings.getByLabel('Brand name').fill('Lumora');
    await settings.getByLabel('Your official domains').fill('lumora.com');
    await settings.getByLabel(/Your trademarks/).fill('USPTO 6123456');
    await settings.getByLabel(/Marketplaces/).fill('US');
    await settings.getByRole('button', { name: 'Save brands' }).click();
    await settings.getByRole('status').getByText('Saved.').waitFor();
    await screenshot(settings, 'settings-profile');
    const [profile] = await storedRows(popup, 'profile');
    expect(profile!.profile.brands[0]).toMatchObject({ name: 'Lumora', officialDomains: ['lumora.com'], trademarks: [{ office: 'USPTO', number: '6123456' }] });
  });

  it('flags the takedown and the brand-named complainant citing a foreign mark', async () => {
    await popup.goto(extensionUrl(session, 'popup.html'));
    await visit('/performance/notifications', 'pages/performance-notification-message.html');
    const stored = await waitFor(async () => {
      const rows = await flags();
      return rows.length >= 2 && rows;
    }, 'two flags');
    const byKind = Object.fromEntries(stored.map((flag) => [flag.kind, flag]));
    expect(byKind['listing-takedown']).toMatchObject({ subject: { asin: 'B0CLMR7X2Q', marketplace: 'US' }, state: 'open', severity: 'high' });
    expect(byKind['suspicious-complainant']).toMatchObject({ subject: { domain: 'lumora-official.co.uk' }, state: 'open', severity: 'high' });
    expect(byKind['suspicious-complainant'].reasons).toEqual(expect.arrayContaining(['brand-named-domain', 'foreign-trademark']));
  });

  it('resolves the takedown when the retraction arrives, and flags the brand conflict in the editor', async () => {
    await visit('/performance/notifications', 'pages/performance-notification-retraction.html');
    await visit(EDITOR_PATH, 'pages/listing-editor-shadow.html', '?marketplaceID=ATVPDKIKX0DER&sku=LUM-POUR-01&asin=B0CLMR7X2Q&productType=KITCHEN');
    const stored = await waitFor(async () => {
      const rows = await flags();
      return rows.some((flag) => flag.kind === 'hijacked-brand-control') && rows.some((f) => f.kind === 'listing-takedown' && f.state === 'resolved') && rows;
    }, 'the resolved takedown and the brand-control flag');
    const summary = stored.map((flag) => `${flag.key} ${flag.state}`).sort();
    expect(summary).toEqual([
      'hijacked-brand-control:B0CLMR7X2Q@US open',
      'listing-takedown:B0CLMR7X2Q@US resolved',
      'suspicious-complainant:lumora-official.co.uk open',
    ]);
    expect(stored.find((flag) => flag.kind === 'hijacked-brand-control')!.reasons).toEqual(['brand-conflict-error']);
  });

  it('shows exactly the open flags in the popup, in English and in Chinese', async () => {
    await popup.reload();
    await popup.locator('.flag').first().waitFor();
    const tiles = Object.fromEntries(
      await popup.locator('.tile').evaluateAll((items) => items.map((item) => [item.getAttribute('data-tile'), item.querySelector('.tile-count')!.textContent])),
    );
    expect(tiles).toEqual({ 'brand-control': '1', takedowns: '0', complainants: '1', 'follow-sellers': '0' });
    const shown = await popup.locator('.flag').evaluateAll((items) => items.map((item) => item.getAttribute('data-flag-key')).sort());
    expect(shown).toEqual(['hijacked-brand-control:B0CLMR7X2Q@US', 'suspicious-complainant:lumora-official.co.uk']);
    await expect(popup.locator('.flag-reason').allTextContents()).resolves.toEqual(
      expect.arrayContaining([expect.stringContaining('lumora-official.co.uk')]),
    );
    await screenshot(popup, 'popup-flags-en');

    await popup.getByLabel('Language').selectOption('zh');
    await popup.getByText('品牌控制权').first().waitFor();
    expect(await popup.locator('.tiles').textContent()).toContain('投诉人');
    await screenshot(popup, 'popup-flags-zh');

    await popup.getByRole('button', { name: '知道了' }).first().click();
    await waitFor(async () => (await flags()).some((flag) => flag.state === 'acknowledged'), 'an acknowledged flag');
    await popup.getByLabel('语言').selectOption('en');
  });
});
