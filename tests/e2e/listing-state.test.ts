import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { extensionUrl, launch, storedCaptures, storedRows, waitFor, type Session } from './harness';

declare const chrome: any;

const SELLER_CENTRAL = 'https://sellercentral.amazon.com';
const BRAND_REGISTRY = 'https://brandregistry.amazon.com';
const EDITOR_PATH = '/abis/listing/edit/product_details';
const EDITOR_URL = `${SELLER_CENTRAL}${EDITOR_PATH}?marketplaceID=ATVPDKIKX0DER&sku=LUM-POUR-01&asin=B0CLMR7X2Q&productType=KITCHEN`;

/**
 * Listing and brand state in real Chromium: the listing editor's Katal fields keep their values
 * in shadow roots (the content script's isolated world cannot see the page's own element
 * properties), so this proves the reader where happy-dom cannot.
 */
describe('listing and brand state in real Chromium', () => {
  const sites: Record<string, Record<string, string>> = {
    [SELLER_CENTRAL]: {
      [EDITOR_PATH]: 'pages/listing-editor-shadow.html',
      '/myinventory/inventory': 'pages/inventory-katal.html',
      '/performance/account/health/product-policies': 'pages/product-policies-en.html',
    },
    [BRAND_REGISTRY]: { '/brands': 'pages/brand-registry.html' },
  };
  let session: Session;
  let db: Page;

  beforeAll(async () => {
    session = await launch(sites);
    db = await session.context.newPage();
    await db.goto(extensionUrl(session, 'popup.html'));
  });
  afterAll(async () => session?.close());

  const capturesOf = async (pageKind: string) => (await storedCaptures(db)).filter((capture) => capture.pageKind === pageKind);

  it('reads the listing editor through real shadow roots, then records a changed brand as a change', async () => {
    const tab = await session.context.newPage();
    await tab.goto(EDITOR_URL);
    const [first] = await waitFor(async () => (await capturesOf('listing-editor')).length === 1 && capturesOf('listing-editor'), 'the listing editor capture');
    const fields = Object.fromEntries(first!.read.fields.map((field: { name: string; value: string; disabled: boolean }) => [field.name, field]));
    expect(fields['brand-0-value']).toMatchObject({ value: 'Lumora', disabled: true });
    expect(fields['item_name-0-value'].value).toBe('Lumora Ceramic Pour-Over Coffee Set, 600 ml');
    expect(fields['manufacturer-0-value']).toBeDefined();
    const [snapshot] = await storedRows(db, 'listingSnapshots');
    expect(snapshot).toMatchObject({ asin: 'B0CLMR7X2Q', sku: 'LUM-POUR-01', marketplace: 'US', brand: 'Lumora', lockedAttributes: ['brand'] });
    expect(snapshot!.conflicts).toEqual([{ attribute: 'brand', merchant: 'Lumora', amazon: 'Lumora Home Goods', code: '8541' }]);

    sites[SELLER_CENTRAL]![EDITOR_PATH] = 'pages/listing-editor-shadow-changed.html';
    await tab.goto(EDITOR_URL);
    await waitFor(async () => (await capturesOf('listing-editor')).length === 2, 'the second listing editor capture');
    const changes = await waitFor(async () => {
      const rows = await storedRows(db, 'listingChanges');
      return rows.length > 0 && rows;
    }, 'a listing change');
    expect(changes).toEqual([expect.objectContaining({ listingKey: 'B0CLMR7X2Q@US', field: 'brand', before: 'Lumora', after: 'Lumora Home Goods' })]);
  });

  it('stores inventory rows as snapshots with their status', async () => {
    const tab = await session.context.newPage();
    await tab.goto(`${SELLER_CENTRAL}/myinventory/inventory?fulfilledBy=all&page=1&status=all`);
    await waitFor(async () => (await capturesOf('inventory')).length === 1, 'the inventory capture');
    const snapshots = (await storedRows(db, 'listingSnapshots')).filter((s) => s.source === 'inventory');
    expect(snapshots.length).toBeGreaterThan(1);
    expect(snapshots.map((s) => s.status)).toContain('detail-page-removed');

    // A row's status badge turning inactive changes only an attribute (Katal keeps its words
    // there, and the page text leaves inventory rows' Katal words to the rows): read again.
    const active = await tab.evaluate(() => document.querySelectorAll('kat-badge[label="在售"]').length);
    expect(active).toBeGreaterThan(0);
    await tab.evaluate(() => document.querySelector('kat-badge[label="在售"]')!.setAttribute('label', '不可售'));
    await waitFor(async () => (await capturesOf('inventory')).length === 2, 'the inventory read again after a badge changed');
    const [, second] = (await capturesOf('inventory')).sort((a, b) => a.capturedAt - b.capturedAt);
    expect(second!.read.rows.filter((row: { cells: { text?: string } }) => row.cells.text?.includes('在售'))).toHaveLength(active - 1);
    await expectTheWholePageRead(second!.read);

    // A row added and another removed in place: read again from the rows kept and the records.
    await tab.evaluate(() => {
      const rows = document.querySelectorAll('kat-table-body > kat-table-row');
      const copy = rows[0]!.cloneNode(true) as Element;
      copy.innerHTML = copy.innerHTML.replace(/B0[0-9A-Z]{8}/g, 'B0ADDED001');
      rows[0]!.after(copy);
      rows[rows.length - 1]!.remove();
    });
    await waitFor(async () => (await capturesOf('inventory')).length === 3, 'the inventory read again after a row came and another went');
    const third = (await capturesOf('inventory')).sort((a, b) => a.capturedAt - b.capturedAt)[2]!;
    expect(third.read.rows.map((row: { cells: { asin?: string } }) => row.cells.asin)).toContain('B0ADDED001');
    expect(third.read.rows).toHaveLength(second!.read.rows.length);
    await expectTheWholePageRead(third.read);
  });

  /**
   * The content script re-reads a changed page from the rows it kept and the mutation records;
   * the one-click reader (page-reader.js) keeps nothing and reads the whole page: both must find
   * the same text, Katal words and rows.
   */
  async function expectTheWholePageRead(read: { text: string; katal: unknown; rows: unknown }) {
    const whole = await session.worker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ url: 'https://sellercentral.amazon.com/myinventory/*' });
      // As one-click capture injects it (lib/background/capture-tab.ts): the shared readers first;
      // the top frame's result is the last file's.
      const [injected] = await chrome.scripting.executeScript({ target: { tabId: tab!.id! }, files: ['/content-core.js', '/page-reader.js'] });
      return injected!.result as { text: string; katal: unknown; rows: unknown };
    });
    expect(read.text).toBe(whole.text);
    expect(read.katal).toEqual(whole.katal);
    expect(read.rows).toEqual(whole.rows);
  }

  it('reads the Account Health product policies table, in English and in Chinese, into notices and removed listings', async () => {
    const tab = await session.context.newPage();
    await tab.goto(`${SELLER_CENTRAL}/performance/account/health/product-policies`);
    await waitFor(async () => (await capturesOf('product-policies')).length === 1, 'the English table capture');
    const [english] = await capturesOf('product-policies');
    expect(english!.status).toBe('interpreted');
    expect(english!.read.rows.filter((row: { kind: string }) => row.kind === 'policy-violation').length).toBeGreaterThanOrEqual(2);
    const notices = await storedRows(db, 'notices');
    expect(notices.some((notice) => notice.captureIds.includes(english!.id) && notice.category === 'counterfeit')).toBe(true);
    const removed = (await storedRows(db, 'listingSnapshots')).filter((s) => s.source === 'account-health' && s.status === 'removed');
    expect(removed.map((s) => s.asin)).toContain('B0CLMR7X2Q');

    sites[SELLER_CENTRAL]!['/performance/account/health/product-policies'] = 'pages/product-policies-zh.html';
    await tab.goto(`${SELLER_CENTRAL}/performance/account/health/product-policies`);
    await waitFor(async () => (await capturesOf('product-policies')).length === 2, 'the Chinese table capture');
    const chinese = (await capturesOf('product-policies')).find((capture) => capture.id !== english!.id)!;
    expect(chinese.status).toBe('interpreted');
    expect((await storedRows(db, 'listingSnapshots')).some((s) => s.captureId === chinese.id && s.status === 'removed')).toBe(true);
  });

  it('records a Brand Registry role that disappears as lost, with when', async () => {
    const tab = await session.context.newPage();
    await tab.goto(`${BRAND_REGISTRY}/brands`);
    await waitFor(async () => (await capturesOf('brand-registry')).length === 1, 'the Brand Registry capture');
    expect((await storedRows(db, 'brandRoles')).every((role) => role.present)).toBe(true);

    sites[BRAND_REGISTRY]!['/brands'] = 'pages/brand-registry-changed.html';
    await tab.goto(`${BRAND_REGISTRY}/brands`);
    const lost = await waitFor(async () => {
      const changes = (await storedRows(db, 'brandRoleChanges')).filter((change) => change.change === 'lost');
      return changes.length > 0 && changes;
    }, 'lost roles');
    expect(lost.map((change) => `${change.brand}|${change.role}`).sort()).toEqual(['Lumora Kids|Administrator', 'Lumora|Rights Owner']);
    expect(lost.every((change) => typeof change.at === 'number')).toBe(true);
  });
});
