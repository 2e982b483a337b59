// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { acknowledge } from '../../lib/analyze/merge';
import { exportBackup } from '../../lib/backup';
import { mergeBackup, newerFlag } from '../../lib/backup/merge';
import { interpretCapture } from '../../lib/background/ingest';
import { handleMessage } from '../../lib/background/router';
import { recomputeFlags } from '../../lib/background/recompute';
import { type BrandSentryDb, DATABASE_NAME } from '../../lib/db';
import { PageRead } from '../../lib/model/page-read';
import type { Flag } from '../../lib/model/flag';
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
const ROLES = 'https://brandregistry.amazon.com/brands';
/** Tables a merge leaves as they are: this browser's settings. */
const LOCAL = new Set(['settings']);

function read(path: string, url: string, account: HeaderAccount | null): PageRead {
  const html = fixture(`pages/${path}`);
  document.open();
  document.write(account ? withAccountHeader(html, account) : html);
  document.close();
  const parsed = new URL(url);
  return PageRead.parse(readPage(document, parsed, findPageKind(parsed)));
}

/** The same pages, read in the same order at the same times, on any machine. */
const PAGES: Array<[string, string, HeaderAccount | null]> = [
  ['listing-editor.html', EDITOR, LUMORA_DIRECT],
  ['product-policies-en.html', POLICIES, NORTHWIND],
  ['brand-registry.html', ROLES, NORTHWIND],
  ['listing-editor.html', EDITOR, NORTHWIND],
  ['brand-registry-changed.html', ROLES, NORTHWIND],
  ['inventory-katal.html', 'https://sellercentral.amazon.com/myinventory/inventory?fulfilledBy=all&page=1&status=all', null],
];

async function machine(pages: number) {
  const db = freshDb();
  await db.profile.put({ id: 'me', account: null, profile: BrandProfile.parse(LUMORA), updatedAt: T });
  const deps = backgroundDeps(db, () => T);
  for (const [index, [path, url, account]] of PAGES.slice(0, pages).entries()) {
    deps.now = () => T + index * 60_000;
    await handleMessage({ type: 'CStoBG.pageRead', read: read(path, url, account) }, fromContentScriptOn(url), deps);
  }
  await recomputeFlags(db, lists, T + PAGES.length * 60_000);
  return db;
}

/** Every row of every table but the local ones, by table and key, without the fields a recompute stamps with its clock. */
async function contents(db: BrandSentryDb): Promise<Record<string, Record<string, unknown>>> {
  const out: Record<string, Record<string, unknown>> = {};
  for (const table of db.tables) {
    if (LOCAL.has(table.name)) continue;
    const keyPath = table.schema.primKey.keyPath as string;
    out[table.name] = Object.fromEntries(
      (await table.toArray()).map((row: Record<string, unknown>) => {
        const { stateChangedAt: _changed, updatedAt: _updated, ...kept } = row;
        return [String(row[keyPath]), kept];
      }),
    );
  }
  return out;
}

/** A colleague's backup: the extension's database, as their browser names it. */
const backupOf = async (db: BrandSentryDb) => (await (await exportBackup(db)).text()).replace(JSON.stringify(db.name), JSON.stringify(DATABASE_NAME));

/** `table:key` of every row of the tables a merge takes from a backup. */
const keysOf = async (db: BrandSentryDb) =>
  (await Promise.all(['captures', 'screenshots', 'accounts', 'profile', 'flags'].map(async (name) => (await db.table(name).toCollection().primaryKeys()).map((key) => `${name}:${String(key)}`)))).flat();

const merge = async (db: BrandSentryDb, from: BrandSentryDb) => {
  const result = await mergeBackup(db, await backupOf(from), (capture) => interpretCapture(db, capture));
  await recomputeFlags(db, lists, T + PAGES.length * 60_000);
  return result;
};

describe('merging a colleague\'s backup', () => {
  it('adds exactly the rows ours is missing, and nothing the second time', async () => {
    const theirs = await machine(PAGES.length);
    const ours = await machine(2);
    const before = await contents(ours);
    const mine = await keysOf(ours);
    const other = await keysOf(theirs);
    const result = await merge(ours, theirs);
    // Counted over the tables a merge takes: rows of theirs new here, and rows both had.
    const missing = other.filter((key) => !mine.includes(key)).length;
    expect(missing).toBeGreaterThan(4); // captures of four pages, their flags
    expect(result).toMatchObject({ ok: true, added: missing, had: other.length - missing, conflicts: 0 });
    // Every table now holds exactly what theirs holds: the missing rows added, none twice, none lost.
    expect(await contents(ours)).toEqual(await contents(theirs));
    for (const [table, rows] of Object.entries(before)) for (const key of Object.keys(rows)) expect(Object.keys((await contents(ours))[table]!), `${table} keeps ${key}`).toContain(key);

    const again = await merge(ours, theirs);
    expect(again).toMatchObject({ ok: true, added: 0, conflicts: 0 });
    expect((again as { had: number }).had).toBe((result as { had: number; added: number }).had + (result as { added: number }).added);
    expect(await contents(ours)).toEqual(await contents(theirs));
  });

  it('keeps our rows that theirs lacks, and the flag state that is newer (an acknowledgement is not lost)', async () => {
    const theirs = await machine(PAGES.length);
    const ours = await machine(PAGES.length);
    await ours.captures.put({ ...(await ours.captures.toCollection().first())!, id: 'f'.repeat(64), url: 'https://sellercentral.amazon.com/performance/dashboard?only-ours' });
    const [first, second] = (await ours.flags.where('state').equals('open').toArray()).sort((a, b) => (a.key < b.key ? -1 : 1));
    // Ours acknowledged the first; theirs acknowledged the second, later.
    await ours.flags.put(acknowledge(first!, T + 100 * 60_000));
    await theirs.flags.put(acknowledge((await theirs.flags.get(second!.key))!, T + 200 * 60_000));
    const result = await merge(ours, theirs);
    expect(result).toMatchObject({ ok: true, added: 0, conflicts: 2 });
    expect((await ours.flags.get(first!.key))!.state).toBe('acknowledged');
    expect((await ours.flags.get(second!.key))!.state).toBe('acknowledged');
    expect(await ours.captures.get('f'.repeat(64))).toBeDefined();
  });

  it('refuses a damaged file and changes nothing', async () => {
    const ours = await machine(1);
    const before = await contents(ours);
    expect(await mergeBackup(ours, '{"formatName":"dexie"', async () => undefined)).toMatchObject({ ok: false });
    expect(await contents(ours)).toEqual(before);
  });

  it('arrives in pieces through the background and answers with its counts', async () => {
    const theirs = await machine(3);
    const ours = await machine(1);
    const deps = backgroundDeps(ours, () => T);
    const text = await backupOf(theirs);
    const reply = await handleMessage({ type: 'UItoBG.mergeBackup', upload: crypto.randomUUID(), index: 0, count: 1, text }, fromExtensionPage(), deps);
    expect(reply).toMatchObject({ ok: true, merged: { added: expect.any(Number), had: expect.any(Number), conflicts: 0 } });
    expect((reply as { merged: { added: number } }).merged.added).toBeGreaterThan(0);
    expect(deps.afterWrite).toHaveBeenCalled();
  });
});

describe('the newer flag state', () => {
  const flag = (overrides: Partial<Flag>): Flag => ({
    key: 'listing-takedown:B0CLMR7X2Q@US', account: null, kind: 'listing-takedown', severity: 'high', subject: { asin: 'B0CLMR7X2Q', marketplace: 'US' }, marketplace: 'US',
    reasons: ['notice-removed-listing'], findings: [], evidence: [], firstSeen: T, lastSeen: T, resolvedBy: null, state: 'open', stateChangedAt: T, acknowledgedLastSeen: null, ...overrides,
  });

  it('wins by when the state changed', () => {
    expect(newerFlag(flag({ state: 'resolved', stateChangedAt: T + 2, resolvedBy: 'x' }), flag({ stateChangedAt: T + 1 })).state).toBe('resolved');
    expect(newerFlag(flag({ stateChangedAt: T + 1 }), flag({ state: 'resolved', stateChangedAt: T + 2, resolvedBy: 'x' })).state).toBe('resolved');
  });

  it('keeps an acknowledgement against a newer open state without newer evidence, not against newer evidence', () => {
    const acked = flag({ state: 'acknowledged', stateChangedAt: T + 1, acknowledgedLastSeen: T });
    expect(newerFlag(acked, flag({ stateChangedAt: T + 5 })).state).toBe('acknowledged');
    expect(newerFlag(acked, flag({ stateChangedAt: T + 5, lastSeen: T + 3 })).state).toBe('open');
  });
});
