import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { BrandSentryDb } from '../../lib/db';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../../lib/db/schema';
import { Capture } from '../../lib/model/capture';
import { pageRead } from '../helpers/reads';

/**
 * Migration harness: for every earlier schema version, open a database at that version, write
 * the rows a user of that version had, close it, open it with the current schema and check
 * every row still validates.
 */
const SEED: Record<number, (db: Dexie) => Promise<void>> = {
  1: async (db) => {
    const capture: Capture = {
      id: 'a'.repeat(64),
      source: 'auto',
      capturedAt: 1,
      lastSeenAt: 1,
      url: 'https://sellercentral.amazon.com/performance/dashboard',
      pageKind: 'account-health',
      marketplace: 'US',
      account: null,
      read: pageRead(),
      screenshotId: null,
      parserVersion: 1,
      status: 'interpreted',
      statusReason: null,
    };
    await db.table('captures').add(capture);
    await db.table('settings').add({ key: 'language', value: 'zh' });
  },
};

describe('schema versions', () => {
  it('are dated, numbered in order, and each has a seed for the migration test', () => {
    SCHEMA_VERSIONS.forEach((entry, index) => {
      expect(entry.version).toBe(index + 1);
      expect(entry.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(SEED[entry.version], `seed for version ${entry.version}`).toBeTypeOf('function');
    });
  });

  for (const from of SCHEMA_VERSIONS) {
    it(`upgrades a version ${from.version} database to version ${CURRENT_SCHEMA_VERSION} without losing rows`, async () => {
      const name = `migration-${from.version}-${Math.random()}`;
      const old = new BrandSentryDb(name, undefined, SCHEMA_VERSIONS.filter((entry) => entry.version <= from.version));
      await old.open();
      await SEED[from.version]!(old);
      old.close();

      const current = new BrandSentryDb(name);
      await current.open();
      expect(current.verno).toBe(CURRENT_SCHEMA_VERSION);
      const captures = await current.captures.toArray();
      expect(captures.length).toBeGreaterThan(0);
      for (const capture of captures) expect(Capture.safeParse(capture).success).toBe(true);
      expect(await current.settings.get('language')).toEqual({ key: 'language', value: 'zh' });
      current.close();
    });
  }
});
