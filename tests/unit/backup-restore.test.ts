// @vitest-environment happy-dom
import { exportDB, importInto } from 'dexie-export-import';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupFileName, exportBackup, restoreBackup } from '../../lib/backup';
import { TABLE_ROW_SCHEMAS, tablesAtVersion } from '../../lib/backup/tables';
import { BrandSentryDb } from '../../lib/db';
import { CURRENT_SCHEMA_VERSION } from '../../lib/db/schema';
import { freshDb } from '../helpers/db';
import { capture, complainantFlag, domainAge, listingState, notice, profile, screenshot } from './evidence-fixture';
import { english } from '../helpers/english';

async function seed(db: BrandSentryDb) {
  // A Katal element without a label: stored with an `undefined` property, as the page reader sends it.
  const withUndefined = capture();
  withUndefined.read.katal = [{ tag: 'kat-button', label: undefined, text: 'Appeal' }];
  await db.captures.put(withUndefined);
  await db.captures.put(capture({ id: 'b'.repeat(64), status: 'unrecognised', statusReason: { key: 'reason.unknownPage' }, screenshotId: null }));
  await db.screenshots.put(screenshot);
  await db.settings.put({ key: 'language', value: 'zh' });
  await db.notices.put(notice());
  const { firstSeenAt: _first, lastSeenAt: _last, lastCaptureId: _capture, removals: _removals, lastActiveAt: _active, ...observed } = listingState;
  await db.listingSnapshots.add({ ...observed, id: `${'a'.repeat(64)}:0`, source: 'inventory', productType: null, bulletsDigest: null, descriptionDigest: null, imagesDigest: null, lockedAttributes: null, captureId: 'a'.repeat(64), capturedAt: 1_700_000_000_000 });
  await db.listingStates.put(listingState);
  await db.listingChanges.add({ id: `${listingState.listingKey}:status:${'a'.repeat(64)}`, account: null, listingKey: listingState.listingKey, asin: listingState.asin, marketplace: 'US', field: 'status', before: 'active', after: 'removed', at: 1_700_000_100_000, captureId: 'a'.repeat(64), previousCaptureId: 'b'.repeat(64) });
  await db.brandRoleSnapshots.add({ id: 'a'.repeat(64), account: null, roles: [{ brand: 'Lumora', role: 'Administrator', status: null }], complete: true, captureId: 'a'.repeat(64), capturedAt: 1_700_000_000_000, pageKind: 'brand-relationships' });
  await db.brandRoles.put({ key: 'lumora|Administrator', account: null, brand: 'Lumora', role: 'Administrator', present: true, firstSeenAt: 1, lastSeenAt: 2, lostAt: null, lastCaptureId: 'a'.repeat(64) });
  await db.brandRoleChanges.add({ id: `lumora|Administrator:gained:${'a'.repeat(64)}`, account: null, key: 'lumora|Administrator', brand: 'Lumora', role: 'Administrator', change: 'gained', at: 1, captureId: 'a'.repeat(64) });
  await db.flags.put(complainantFlag);
  await db.profile.put({ id: 'me', account: null, profile, updatedAt: 5 });
  await db.domainAges.put(domainAge);
}

async function dump(db: BrandSentryDb): Promise<Record<string, unknown[]>> {
  return Object.fromEntries(await Promise.all(db.tables.map(async (table) => [table.name, await table.toArray()] as const)));
}

async function backupText(db: BrandSentryDb): Promise<string> {
  return (await exportBackup(db)).text();
}

describe('backup and restore', () => {
  let db: BrandSentryDb;
  beforeEach(async () => {
    db = freshDb();
    await seed(db);
  });
  afterEach(async () => {
    db.close();
    await db.delete();
  });

  it('has a row schema for every table of the database', () => {
    expect(db.tables.map((table) => table.name).sort()).toEqual(Object.keys(TABLE_ROW_SCHEMAS).sort());
  });

  it('names the file after the day', () => {
    expect(backupFileName(new Date(2026, 2, 20, 23, 30).getTime())).toBe('brand-sentry-backup-2026-03-20.json');
  });

  it('exports with the schema version and restores into a fresh database with identical rows', async () => {
    const text = await backupText(db);
    const meta = JSON.parse(text);
    expect(meta).toMatchObject({ formatName: 'dexie', formatVersion: 1, data: { databaseName: db.name, databaseVersion: CURRENT_SCHEMA_VERSION } });
    const before = await dump(db);
    const name = db.name;
    db.close();
    await db.delete();

    db = new BrandSentryDb(name);
    const result = await restoreBackup(db, text);
    expect(result).toEqual({ ok: true, counts: Object.fromEntries(Object.entries(before).map(([table, rows]) => [table, rows.length])) });
    expect(await dump(db)).toEqual(before);
    expect((await db.captures.get('a'.repeat(64)))!.read.katal).toEqual([{ tag: 'kat-button', text: 'Appeal' }]);
  });

  it("writes dexie-export-import's format: that library imports our file, and we restore its exportDB file", async () => {
    const before = await dump(db);
    const theirs = freshDb();
    await importInto(theirs, await exportBackup(db), { acceptNameDiff: true });
    expect(await dump(theirs)).toEqual(before);

    // exportDB writes undefined properties as 0 with a `$types` note ("undef"): read back as absent.
    const fromLibrary = await (await exportDB(db)).text();
    expect(fromLibrary).toContain('"undef"');
    const result = await restoreBackup(theirs, fromLibrary.replace(`"databaseName":"${db.name}"`, `"databaseName":"${theirs.name}"`));
    expect(result.ok).toBe(true);
    expect(await dump(theirs)).toEqual(before);
    theirs.close();
    await theirs.delete();
  });

  it('replaces what was there: rows not in the backup are gone', async () => {
    const text = await backupText(db);
    await db.settings.put({ key: 'notifyHighFlags', value: 'on' });
    expect((await restoreBackup(db, text)).ok).toBe(true);
    expect(await db.settings.toArray()).toEqual([{ key: 'language', value: 'zh' }]);
  });

  describe('a bad file changes nothing and says what is wrong', () => {
    let good: string;
    beforeEach(async () => {
      good = await backupText(db);
      await db.settings.put({ key: 'notifyHighFlags', value: 'on' }); // the state that must survive
    });

    async function expectRefused(text: string, error: RegExp) {
      const before = await dump(db);
      const result = await restoreBackup(db, text);
      expect(result.ok).toBe(false);
      expect(result.ok === false && english(result.error)).toMatch(error);
      expect(await dump(db)).toEqual(before);
    }
    const edit = (text: string, change: (json: any) => void) => {
      const json = JSON.parse(text);
      change(json);
      return JSON.stringify(json);
    };
    const table = (json: any, name: string) => json.data.data.find((t: { tableName: string }) => t.tableName === name);

    it('corrupted JSON', () => expectRefused(good.replace("\"formatVersion\":1", "\"formatVersion\":1,,"), /not valid JSON/));
    it('a truncated file', () => expectRefused(good.slice(0, Math.floor(good.length / 2)), /not valid JSON; it may be truncated/));
    it('a file cut at a row boundary that is still JSON', () =>
      expectRefused(edit(good, (json) => table(json, 'notices').rows.pop()), /Table "notices" should have 1 rows but has 0; the file may be truncated/));
    it('another format', () => expectRefused('{"hello":"world"}', /not a Brand Sentry backup/));
    it('an evidence pack instead of a backup', () => expectRefused('{"format":"brand-sentry-evidence","version":1}', /evidence\.json of an evidence pack/));
    it("another app's database", () => expectRefused(edit(good, (json) => (json.data.databaseName = 'someone-else')), /another database \("someone-else"\)/));
    it('a newer schema version', () =>
      expectRefused(
        edit(good, (json) => (json.data.databaseVersion = CURRENT_SCHEMA_VERSION + 1)),
        new RegExp(`newer Brand Sentry \\(database schema version ${CURRENT_SCHEMA_VERSION + 1}; this one reads up to version ${CURRENT_SCHEMA_VERSION}\\)`),
      ));
    it('an unknown table', () => expectRefused(edit(good, (json) => (table(json, 'settings').tableName = 'passwords')), /table Brand Sentry does not know: "passwords"/));
    it('a row failing its schema', () =>
      expectRefused(edit(good, (json) => (table(json, 'notices').rows[0].asins = ['not an asin'])), /Table "notices", row 1 \(id "complaint:1472583690"\), field "asins\.0"/));
    it('a row with a type Brand Sentry never stores', () =>
      expectRefused(edit(good, (json) => (table(json, 'settings').rows[0].$types = { value: 'date' })), /Table "settings", row 1: holds a value of type "date" at "value"/));
    it.each(['__proto__.hasOwnProperty', 'constructor.prototype.toString', '__proto__.__proto__.x', 'prototype.valueOf'])(
      'type annotations that walk through %s, leaving Object.prototype untouched',
      async (path) => {
        const members = Object.getOwnPropertyNames(Object.prototype).sort();
        await expectRefused(edit(good, (json) => (table(json, 'settings').rows[0].$types = { [path]: 'undef' })), /no backup holds/);
        expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(members);
        expect(typeof Object.prototype.hasOwnProperty).toBe('function');
        expect(typeof Object.prototype.toString).toBe('function');
      },
    );
    it('a table without a model schema checked by its obvious fields', () =>
      expectRefused(edit(good, (json) => (table(json, 'profile').rows[0].id = 'someone')), /Table "profile", row 1 \(id "someone"\), field "id"/));
  });

  it('accepts a backup from the older schema version 1 and marks its captures for re-interpretation', async () => {
    const v1 = JSON.parse(await backupText(db));
    v1.data.databaseVersion = 1;
    const kept = ['captures', 'screenshots', 'settings'];
    v1.data.tables = v1.data.tables.filter((t: { name: string }) => kept.includes(t.name));
    v1.data.data = v1.data.data.filter((t: { tableName: string }) => kept.includes(t.tableName));
    const result = await restoreBackup(db, JSON.stringify(v1));
    expect(result.ok).toBe(true);
    expect(result.ok && result.counts).toMatchObject({ captures: 2, screenshots: 1, settings: 1, notices: 0, flags: 0 });
    expect((await db.captures.toArray()).map((c) => c.parserVersion)).toEqual([0, 0]);
    expect(await db.notices.count()).toBe(0);
  });

  it('restores a version 4 backup, whose flags had their subject as one string, with typed subjects', async () => {
    const v4 = JSON.parse(await backupText(db));
    v4.data.databaseVersion = 4;
    // A version 4 database had no tables added since (the offer tables of version 6).
    const known = tablesAtVersion(4)!;
    v4.data.tables = v4.data.tables.filter((t: { name: string }) => known.has(t.name));
    v4.data.data = v4.data.data.filter((t: { tableName: string }) => known.has(t.tableName));
    v4.data.data.find((t: { tableName: string }) => t.tableName === 'flags').rows[0].subject = complainantFlag.key.slice('suspicious-complainant:'.length);
    const result = await restoreBackup(db, JSON.stringify(v4));
    expect(result.ok).toBe(true);
    expect((await db.flags.toArray()).map((flag) => [flag.key, flag.subject])).toEqual([[complainantFlag.key, complainantFlag.subject]]);
  });

  it('restores a version 9 backup, whose reasons were English sentences, with message keys', async () => {
    const v9 = JSON.parse(await backupText(db));
    v9.data.databaseVersion = 9;
    const captures = v9.data.data.find((t: { tableName: string }) => t.tableName === 'captures').rows;
    const unrecognised = captures.find((c: { status: string }) => c.status === 'unrecognised');
    unrecognised.statusReason = 'Recognised as a inventory page, but no inventory rows could be read from it; the page may have changed. It is kept as captured.';
    const result = await restoreBackup(db, JSON.stringify(v9));
    expect(result.ok).toBe(true);
    expect((await db.captures.get(unrecognised.id))!.statusReason).toEqual({ key: 'reason.structuredEmpty', params: { kind: 'inventory' } });
    expect(english((await db.captures.get(unrecognised.id))!.statusReason)).toMatch(/looks like a Inventory page|inventory/i);
  });
});
