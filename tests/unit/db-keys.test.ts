// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ingest } from '../../lib/background/ingest';
import { recomputeFlags } from '../../lib/background/recompute';
import { handleMessage, type BackgroundDeps } from '../../lib/background/router';
import { PageRead } from '../../lib/model/page-read';
import { BrandProfile } from '../../lib/model/profile';
import { readPage } from '../../lib/pages/read-page';
import { findPageKind } from '../../lib/pages/registry';
import { LUMORA_DIRECT, NORTHWIND, withAccountHeader, type HeaderAccount } from '../helpers/account-header';
import { backgroundDeps } from '../helpers/background-deps';
import { freshDb } from '../helpers/db';
import { fixture } from '../helpers/fixtures';
import { LUMORA } from '../helpers/records';
import { fromContentScriptOn, fromExtensionPage } from '../helpers/senders';

/**
 * What a later team sync needs of the data model (docs/team-sync.md): no table is keyed by an
 * auto-increment number (two machines would number their rows alike), and every row says which
 * account it belongs to. Checked on the rows the real pipeline writes, for every table.
 */
/** Tables whose rows belong to no account, and why. */
const ACCOUNTLESS: Record<string, string> = {
  settings: 'this browser\'s own settings (language, watched marketplaces): they never sync',
  domainAges: 'public registry facts about a domain, the same for every account',
};

const T = Date.UTC(2026, 10, 20);
const lists = { freemail: new Set<string>(), disposable: new Set<string>(), confusables: new Map() };
const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

function read(path: string, url: string, account: HeaderAccount | null): PageRead {
  const html = fixture(path);
  document.open();
  document.write(account ? withAccountHeader(html, account) : html);
  document.close();
  const parsed = new URL(url);
  return PageRead.parse(readPage(document, parsed, findPageKind(parsed)));
}

describe('every table, for a later sync', () => {
  it('has no auto-increment key', () => {
    const db = freshDb();
    for (const table of db.tables) {
      expect(table.schema.primKey.auto, `${table.name} key`).toBe(false);
      expect(table.schema.primKey.keyPath, `${table.name} key path`).toBeTypeOf('string');
    }
  });

  it('gives every row written by the pipeline its account (null where nothing said which)', async () => {
    const db = freshDb();
    let now = T;
    fakeBrowser.permissions.contains = async () => true;
    const deps: BackgroundDeps = backgroundDeps(db, () => (now += 60_000));
    const page = (path: string, url: string, account: HeaderAccount | null) => handleMessage({ type: 'CStoBG.pageRead', read: read(path, url, account) }, fromContentScriptOn(url), deps);
    await handleMessage({ type: 'UItoBG.saveProfile', profile: BrandProfile.parse({ ...LUMORA, sellerIds: ['A2LUMORA0DIRECT'] }) }, fromExtensionPage(), deps);
    const editor = 'https://sellercentral.amazon.com/abis/listing/edit/product_details?marketplaceID=ATVPDKIKX0DER&sku=LUM-POUR-01&asin=B0CLMR7X2Q&productType=KITCHEN';
    await page('pages/listing-editor.html', editor, LUMORA_DIRECT);
    await page('pages/product-policies-en.html', 'https://sellercentral.amazon.com/performance/account/health/product-policies', LUMORA_DIRECT);
    await page('pages/brand-registry.html', 'https://brandregistry.amazon.com/brands', NORTHWIND);
    await page('pages/brand-registry-changed.html', 'https://brandregistry.amazon.com/brands', NORTHWIND);
    await page('pages/inventory-katal.html', 'https://sellercentral.amazon.com/myinventory/inventory?fulfilledBy=all&page=1&status=all', null);
    await page('pages/inventory-pricing-en.html', 'https://sellercentral.amazon.com/inventory?viewId=PRICING', LUMORA_DIRECT);
    await page('retail/us-aod-offers.html', 'https://www.amazon.com/gp/aod/ajax/ref=dp_aod_NEW_mbc?asin=B0CLMR7X2Q&pc=dp', null);
    // A webmail message captured with one click and its screenshot; it names Lumora Direct's store.
    await ingest(db, { read: PageRead.parse({ url: 'https://mail.google.com/mail/u/0/#inbox/1', title: 'Mail', pageKind: 'webmail', marketplace: null, lang: 'en', text: 'Hello Lumora Direct, we removed ASIN: B0CLMR7X2Q. Complaint ID: 1234567891' }), source: 'click', now: (now += 1), screenshotDataUrl: PNG });
    await db.domainAges.put({ domain: 'lumora-official.co.uk', status: 'known', createdAt: T, registrar: null, reason: null, server: null, checkedAt: T });
    await recomputeFlags(db, lists, now);

    const empty: string[] = [];
    for (const table of db.tables) {
      const rows = await table.toArray();
      if (rows.length === 0) empty.push(table.name);
      if (ACCOUNTLESS[table.name]) continue;
      for (const row of rows) expect(Object.hasOwn(row, 'account'), `${table.name} row ${JSON.stringify(row).slice(0, 120)} has its account`).toBe(true);
    }
    // The check above saw rows in every table: none passes by being empty.
    expect(empty).toEqual([]);
    // Both accounts, and the unknown one, are among them.
    const accounts = new Set((await db.captures.toArray()).map((c) => c.account));
    expect(accounts).toEqual(new Set(['A2LUMORA0DIRECT', 'A3NORTHWIND0EU', null]));
  });
});
