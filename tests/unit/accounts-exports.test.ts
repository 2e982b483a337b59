// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { exportBackup } from '../../lib/backup';
import { backupFileName } from '../../lib/backup/export';
import { mergeBackup } from '../../lib/backup/merge';
import { readBackup } from '../../lib/backup/read';
import { interpretCapture } from '../../lib/background/ingest';
import { recomputeFlags } from '../../lib/background/recompute';
import { handleMessage } from '../../lib/background/router';
import { type BrandSentryDb, DATABASE_NAME } from '../../lib/db';
import { buildEvidencePack, evidencePackFileName, findEvidence } from '../../lib/evidence';
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

const T = Date.UTC(2026, 10, 20);
const lists = { freemail: new Set<string>(), disposable: new Set<string>(), confusables: new Map() };
const EDITOR = 'https://sellercentral.amazon.com/abis/listing/edit/product_details?marketplaceID=ATVPDKIKX0DER&sku=LUM-POUR-01&asin=B0CLMR7X2Q&productType=KITCHEN';
const POLICIES = 'https://sellercentral.amazon.com/performance/account/health/product-policies';
const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);

function read(path: string, url: string, account: HeaderAccount | null): PageRead {
  const html = fixture(`pages/${path}`);
  document.open();
  document.write(account ? withAccountHeader(html, account) : html);
  document.close();
  const parsed = new URL(url);
  return PageRead.parse(readPage(document, parsed, findPageKind(parsed)));
}

/** An agency's database: Lumora Direct and Northwind Goods, each with its own profile. */
async function agency(): Promise<BrandSentryDb> {
  const db = freshDb();
  const deps = backgroundDeps(db, () => T);
  await handleMessage({ type: 'UItoBG.saveProfile', profile: BrandProfile.parse(LUMORA) }, fromExtensionPage(), deps);
  await handleMessage({ type: 'UItoBG.saveProfile', account: 'A3NORTHWIND0EU', profile: BrandProfile.parse({ brands: [{ name: 'Northwind', trademarks: [{ office: 'EUIPO', number: '018123456' }] }] }) }, fromExtensionPage(), deps);
  for (const [path, url, account] of [['listing-editor.html', EDITOR, LUMORA_DIRECT], ['listing-editor.html', EDITOR, NORTHWIND], ['product-policies-en.html', POLICIES, NORTHWIND]] as const) {
    await handleMessage({ type: 'CStoBG.pageRead', read: read(path, url, account) }, fromContentScriptOn(url), deps);
  }
  await recomputeFlags(db, lists, T);
  return db;
}

describe('per-account exports', () => {
  it('signs a flag\'s letters with its account\'s store name, and names the account in the report and the file', async () => {
    const db = await agency();
    const takedown = (await db.flags.toArray()).find((flag) => flag.kind === 'listing-takedown' && flag.account === 'A3NORTHWIND0EU')!;
    const input = (await findEvidence(db, { kind: 'flag', key: takedown.key }, { generatedAt: T }))!;
    expect(input.account).toEqual({ id: 'A3NORTHWIND0EU', name: 'Northwind Goods' });
    expect(input.profile.brands.map((b) => b.name)).toEqual(['Northwind']);
    const pack = buildEvidencePack(input);
    const letters = Object.entries(pack.files).filter(([path]) => path.startsWith('letters/'));
    const signed = letters.filter(([, bytes]) => text(bytes).includes('Seller name / Merchant token: Northwind Goods / A3NORTHWIND0EU'));
    expect(signed.length).toBeGreaterThan(0);
    for (const [, bytes] of letters) expect(text(bytes)).not.toContain('Lumora Direct');
    expect(text(pack.files['report.html'])).toContain('Selling account: Northwind Goods (A3NORTHWIND0EU)');
    expect(JSON.parse(text(pack.files['evidence.json'])).subject.account).toEqual({ id: 'A3NORTHWIND0EU', name: 'Northwind Goods' });
    expect(evidencePackFileName(input)).toMatch(/^brand-sentry-evidence-B0[A-Z0-9]+_US-A3NORTHWIND0EU-\d{4}-\d{2}-\d{2}\.zip$/);
  });

  it('backs up one account: its rows and its own profile only, restorable and mergeable', async () => {
    const db = await agency();
    const backup = (await (await exportBackup(db, 'A3NORTHWIND0EU')).text()).replace(JSON.stringify(db.name), JSON.stringify(DATABASE_NAME));
    const keyPaths = new Map(db.tables.map((table) => [table.name, table.schema.primKey.keyPath as string]));
    const checked = readBackup(backup, { acceptedNames: [DATABASE_NAME], keyPaths });
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.rows.get('settings')).toEqual([]);
    expect((checked.rows.get('profile') as Array<{ id: string }>).map((row) => row.id)).toEqual(['A3NORTHWIND0EU']);
    for (const [table, rows] of checked.rows) {
      if (table === 'domainAges') continue;
      for (const row of rows as Array<{ account: string | null }>) expect(row.account, `${table} row`).toBe('A3NORTHWIND0EU');
    }
    expect((checked.rows.get('captures') ?? []).length).toBe(2);
    expect(backupFileName(T, 'A3NORTHWIND0EU')).toMatch(/^brand-sentry-backup-A3NORTHWIND0EU-\d{4}-\d{2}-\d{2}\.json$/);

    // Merged into a colleague's empty database, it gives Northwind's flags and nothing of Lumora Direct.
    const colleague = freshDb();
    expect(await mergeBackup(colleague, backup, (capture) => interpretCapture(colleague, capture))).toMatchObject({ ok: true, conflicts: 0 });
    await recomputeFlags(colleague, lists, T);
    const accounts = new Set((await colleague.flags.toArray()).map((flag) => flag.account));
    expect(accounts).toEqual(new Set(['A3NORTHWIND0EU']));
    const theirs = (await db.flags.where('account').equals('A3NORTHWIND0EU').toArray()).map((flag) => flag.key).sort();
    expect((await colleague.flags.toArray()).map((flag) => flag.key).sort()).toEqual(theirs);
  });

  it('backs up every account when none is named, as before', async () => {
    const db = await agency();
    const all = JSON.parse(await (await exportBackup(db)).text());
    const captures = all.data.data.find((table: { tableName: string }) => table.tableName === 'captures').rows;
    expect(new Set(captures.map((row: { account: string }) => row.account))).toEqual(new Set(['A2LUMORA0DIRECT', 'A3NORTHWIND0EU']));
    expect(backupFileName(T)).toMatch(/^brand-sentry-backup-\d{4}-\d{2}-\d{2}\.json$/);
  });
});
