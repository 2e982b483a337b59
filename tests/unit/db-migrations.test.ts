import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { BrandSentryDb } from '../../lib/db';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../../lib/db/schema';
import { BrandRoleChange, BrandRolesObservation, BrandRoleState } from '../../lib/model/brand-role';
import { SellerAccount } from '../../lib/model/account';
import { Capture, Screenshot } from '../../lib/model/capture';
import { DomainAge } from '../../lib/model/domain-intel';
import { Flag } from '../../lib/model/flag';
import { ListingChange, ListingSnapshot } from '../../lib/model/listing';
import { ListingState } from '../../lib/model/listing-state';
import { Notice } from '../../lib/model/notice';
import { BrandProfile } from '../../lib/model/profile';
import { FeaturedOfferSignal } from '../../lib/model/seller-signals';
import { OfferSeller, OfferSnapshot } from '../../lib/model/offer';
import * as z from '../../lib/zod';
import { pageRead } from '../helpers/reads';
import { notice, snapshot, T0 } from '../helpers/records';

/**
 * Migration harness: for every schema version, open a database at that version, write the rows
 * a user of that version had (a row in every table that version has), close it, open it with the
 * current schema and check every row is still there and still validates.
 */
type Rows = Record<string, unknown[]>;

const CAPTURE_ID = 'a'.repeat(64);
/** A capture as versions before 8 stored it: no `accountName`, `account` always null. */
const capture = (overrides: Partial<Capture> = {}): Omit<Capture, 'accountName'> => ({
  id: CAPTURE_ID,
  source: 'click',
  capturedAt: 1,
  lastSeenAt: 1,
  url: 'https://sellercentral.amazon.com/performance/dashboard',
  pageKind: 'account-health',
  marketplace: 'US',
  account: null,
  read: pageRead(),
  screenshotId: `${CAPTURE_ID}:1`,
  parserVersion: 1,
  status: 'interpreted',
  statusReason: null,
  ...overrides,
});

const v1Rows = (): Rows => ({
  captures: [capture()],
  screenshots: [{ id: `${CAPTURE_ID}:1`, captureId: CAPTURE_ID, takenAt: 1, dataUrl: 'data:image/png;base64,iVBORw0KGgo=' }],
  settings: [{ key: 'language', value: 'zh' }],
});

const v2Rows = (): Rows => {
  const captured = capture({ parserVersion: 2, id: 'b'.repeat(64), screenshotId: null, pageKind: 'listing-editor' });
  // Before version 9 a status reason was an English sentence.
  const unrecognised = capture({ parserVersion: 2, id: 'f'.repeat(64), screenshotId: null, pageKind: 'unknown', status: 'unrecognised', statusReason: 'No Brand Sentry reader knows this page, and it does not read as an Amazon notice. It is kept as captured.' as never });
  // Numbered by auto-increment, as versions 2 to 6 did; no `account` (version 8 adds it).
  const before8 = ({ id: _id, account: _account, ...row }: ListingSnapshot, id: number) => ({ ...row, id });
  const first = before8(snapshot({ capturedAt: T0, captureId: captured.id, brand: 'Lumora' }), 1);
  const second = before8(snapshot({ capturedAt: T0 + 1, captureId: captured.id, brand: 'Lumora Official' }), 2);
  return {
    ...v1Rows(),
    captures: [...v1Rows().captures!, captured, unrecognised],
    notices: [(({ account: _account, ...row }) => row)(notice({ captureIds: [captured.id] }))],
    listingSnapshots: [first, second],
    listingStates: [
      {
        listingKey: first.listingKey, asin: first.asin, sku: null, marketplace: 'US', brand: 'Lumora Official', manufacturer: null, title: null,
        status: null, statusText: null, lockedAttributes: [], conflicts: [], firstSeenAt: T0, lastSeenAt: T0 + 1, lastCaptureId: captured.id,
      },
    ],
    listingChanges: [
      { id: 1, listingKey: first.listingKey, asin: first.asin, marketplace: 'US', field: 'brand', before: 'Lumora', after: 'Lumora Official', at: T0 + 1, captureId: captured.id, previousCaptureId: captured.id },
    ],
    brandRoleSnapshots: [{ id: 1, captureId: captured.id, capturedAt: T0, pageKind: 'brand-registry', complete: true, roles: [{ brand: 'Lumora', role: 'Administrator', status: null }] }],
    brandRoles: [{ key: 'lumora|Administrator', brand: 'Lumora', role: 'Administrator', present: true, firstSeenAt: T0, lastSeenAt: T0, lostAt: null, lastCaptureId: captured.id }],
    brandRoleChanges: [{ id: 1, key: 'lumora|Administrator', brand: 'Lumora', role: 'Administrator', change: 'gained', at: T0, captureId: captured.id }],
    flags: [
      {
        key: 'hijacked-brand-control:B0CLMR7X2Q@US', kind: 'hijacked-brand-control', severity: 'high', subject: 'B0CLMR7X2Q@US', marketplace: 'US',
        reasons: ['brand-changed'], findings: [{ reason: 'brand-changed', facts: { before: 'Lumora', after: 'Lumora Official' } }], evidence: [captured.id],
        firstSeen: T0 + 1, lastSeen: T0 + 1, resolvedBy: null, state: 'acknowledged', stateChangedAt: T0 + 2, acknowledgedLastSeen: T0 + 1,
      },
    ],
    // As versions before 6 stored it: no sellerIds, no authorizedSellers.
    profile: [{ id: 'me', profile: { brands: [{ name: 'Lumora', aliases: [], officialDomains: ['lumora.com'], trademarks: [], marketplaces: [], firstSaleDate: null }] }, updatedAt: T0 }],
    domainAges: [
      { domain: 'lumora-official.co.uk', status: 'known', createdAt: T0 - 10 * 86_400_000, registrar: 'Example', reason: null, server: 'https://rdap.example/', checkedAt: T0 },
      // Before version 9, reasons were English sentences.
      { domain: 'lumora-deals.com', status: 'unknown', createdAt: null, registrar: null, reason: 'The registry has no record of lumora-deals.com (not registered, or not published).', server: 'https://rdap.example/', checkedAt: T0 },
    ],
  };
};

// Version 5 stores a flag's subject as typed fields (tests/unit/db-migration-v5.test.ts).
const v5Rows = (): Rows => {
  const rows = v2Rows();
  return { ...rows, flags: rows.flags!.map((flag) => ({ ...(flag as object), subject: { asin: 'B0CLMR7X2Q', marketplace: 'US' } })) };
};

// Version 6 adds the offer tables.
const v6Rows = (): Rows => {
  const rows = v5Rows();
  const captureId = 'c'.repeat(64);
  const offers = [{ sellerId: 'A1QUICKDEALS77', sellerName: 'QuickDeals Store', price: 19.99, currency: 'USD', featured: true, fulfilledByAmazon: false, shipsFrom: null, condition: 'New' }];
  return {
    ...rows,
    captures: [...rows.captures!, capture({ id: captureId, screenshotId: null, parserVersion: 3, pageKind: 'retail-offers', url: 'https://www.amazon.com/gp/aod/ajax?asin=B0CLMR7X2Q&pc=dp' })],
    offerSnapshots: [
      { id: `${captureId}:B0CLMR7X2Q@US`, listingKey: 'B0CLMR7X2Q@US', captureId, capturedAt: T0, account: null, host: 'www.amazon.com', asin: 'B0CLMR7X2Q', marketplace: 'US', title: null, byline: null, complete: true, declaredCount: 1, offers },
    ],
    offerSellers: [
      {
        key: 'B0CLMR7X2Q@US:A1QUICKDEALS77', listingKey: 'B0CLMR7X2Q@US', asin: 'B0CLMR7X2Q', marketplace: 'US', sellerId: 'A1QUICKDEALS77', sellerName: 'QuickDeals Store', account: null,
        firstSeenAt: T0, lastSeenAt: T0, firstCaptureId: captureId, lastCaptureId: captureId, lastPrice: 19.99, currency: 'USD', featured: true, fulfilledByAmazon: false,
        prices: [{ at: T0, price: 19.99, currency: 'USD', captureId }], featuredHistory: [{ at: T0, featured: true, captureId }],
      },
    ],
  };
};

/** Tables version 7 drops (keyed by auto-increment numbers); version 8 has them again, keyed by strings. */
const DROPPED_BY_V7 = ['listingSnapshots', 'listingChanges', 'brandRoleSnapshots', 'brandRoleChanges'];

// Version 7 drops the auto-increment tables.
const v7Rows = (): Rows => Object.fromEntries(Object.entries(v6Rows()).filter(([table]) => !DROPPED_BY_V7.includes(table)));

// Version 8: string keys and `account` on every row, the accounts table. Rows of two accounts.
const v8Rows = (): Rows => {
  const rows = v7Rows();
  const captured = capture({ id: 'd'.repeat(64), screenshotId: null, parserVersion: 7, pageKind: 'brand-registry', url: 'https://brandregistry.amazon.com/brands', account: 'A2LUMORA0DIRECT' });
  const withAccount = (list: unknown[] | undefined) => (list ?? []).map((row) => ({ account: null, ...(row as object) }));
  const snap = snapshot({ capturedAt: T0, captureId: captured.id, brand: 'Lumora', account: 'A2LUMORA0DIRECT', listingKey: 'B0CLMR7X2Q@US/A2LUMORA0DIRECT', id: `${captured.id}:0` });
  return {
    ...Object.fromEntries(Object.entries(rows).map(([table, list]) => [table, table === 'settings' || table === 'domainAges' ? list : withAccount(list)])),
    captures: [...withAccount(rows.captures), { ...captured, accountName: 'Lumora Direct' }],
    listingSnapshots: [snap],
    listingChanges: [
      { id: `${snap.listingKey}:brand:${captured.id}`, account: 'A2LUMORA0DIRECT', listingKey: snap.listingKey, asin: snap.asin, marketplace: 'US', field: 'brand', before: 'Lumora', after: 'Lumora Official', at: T0 + 1, captureId: captured.id, previousCaptureId: captured.id },
    ],
    brandRoleSnapshots: [{ id: captured.id, account: 'A2LUMORA0DIRECT', captureId: captured.id, capturedAt: T0, pageKind: 'brand-registry', complete: true, roles: [{ brand: 'Lumora', role: 'Administrator', status: null }] }],
    brandRoleChanges: [{ id: `lumora|Administrator|A2LUMORA0DIRECT:gained:${captured.id}`, account: 'A2LUMORA0DIRECT', key: 'lumora|Administrator|A2LUMORA0DIRECT', brand: 'Lumora', role: 'Administrator', change: 'gained', at: T0, captureId: captured.id }],
    accounts: [{ id: 'A2LUMORA0DIRECT', account: 'A2LUMORA0DIRECT', name: 'Lumora Direct', region: 'United States', firstSeenAt: T0, lastSeenAt: T0 }],
    flags: [
      ...withAccount(rows.flags),
      {
        key: 'listing-takedown:B0CLMR7X2Q@US/A2LUMORA0DIRECT', kind: 'listing-takedown', severity: 'high', subject: { asin: 'B0CLMR7X2Q', marketplace: 'US', account: 'A2LUMORA0DIRECT' }, marketplace: 'US', account: 'A2LUMORA0DIRECT',
        reasons: ['inventory-detail-page-removed'], findings: [{ reason: 'inventory-detail-page-removed', facts: {} }], evidence: [captured.id],
        firstSeen: T0, lastSeen: T0, resolvedBy: null, state: 'open', stateChangedAt: T0, acknowledgedLastSeen: null,
      },
    ],
  };
};

// Version 9: Seller Central's featured-offer signals (Manage Inventory's pricing columns).
const v9Rows = (): Rows => {
  const rows = v8Rows();
  const captureId = 'e'.repeat(64);
  return {
    ...rows,
    captures: [...rows.captures!, capture({ id: captureId, screenshotId: null, parserVersion: 8, pageKind: 'inventory', url: 'https://sellercentral.amazon.com/inventory?viewId=PRICING', account: 'A2LUMORA0DIRECT' })],
    featuredOfferSignals: [
      {
        id: `${captureId}:B0CLMR7X2Q@US:inventory`, listingKey: 'B0CLMR7X2Q@US', captureId, capturedAt: T0, account: 'A2LUMORA0DIRECT', asin: 'B0CLMR7X2Q', marketplace: 'US',
        sku: 'LUM-POUR-01', source: 'inventory', yourPrice: 24.99, featuredPrice: 19.99, currency: 'USD', lost: true, percentage: null,
      },
    ],
  };
};

// Version 10: reasons are message keys with parameters.
const v10Rows = (): Rows => {
  const rows = v9Rows();
  const said = (row: Record<string, unknown>, field: string) => (typeof row[field] === 'string' ? { ...row, [field]: { key: 'saidAsStored', params: { text: row[field] } } } : row);
  return { ...rows, captures: rows.captures!.map((row) => said(row as Record<string, unknown>, 'statusReason')), domainAges: rows.domainAges!.map((row) => said(row as Record<string, unknown>, 'reason')) };
};

/** Rows per version; a new schema version needs its entry here (the first test says so). */
// Versions 3 and 4 add indexes and derived fields: their databases hold the same tables as v2.
// Version 11 adds an index: its databases hold the same tables as v10.
const SEED: Record<number, () => Rows> = { 1: v1Rows, 2: v2Rows, 3: v2Rows, 4: v2Rows, 5: v5Rows, 6: v6Rows, 7: v7Rows, 8: v8Rows, 9: v9Rows, 10: v10Rows, 11: v10Rows };

/** The schema each table's rows must still satisfy after an upgrade. */
const VALIDATE: Record<string, z.ZodMiniType> = {
  captures: Capture,
  screenshots: Screenshot,
  settings: z.object({ key: z.string(), value: z.string() }),
  notices: Notice,
  listingSnapshots: ListingSnapshot,
  listingStates: ListingState,
  listingChanges: ListingChange,
  brandRoleSnapshots: z.extend(BrandRolesObservation, { id: z.string(), account: z.nullable(z.string()), captureId: z.string(), capturedAt: z.int(), pageKind: z.string() }),
  brandRoles: BrandRoleState,
  brandRoleChanges: BrandRoleChange,
  flags: Flag,
  profile: z.object({ id: z.literal('me'), profile: BrandProfile, updatedAt: z.int() }),
  domainAges: DomainAge,
  offerSnapshots: OfferSnapshot,
  offerSellers: OfferSeller,
  accounts: SellerAccount,
  featuredOfferSignals: FeaturedOfferSignal,
};

/** The tables a database at `version` has (Dexie keeps earlier tables unless a version drops them). */
function tablesAt(version: number): string[] {
  const tables = new Map<string, boolean>();
  for (const entry of SCHEMA_VERSIONS.filter((e) => e.version <= version)) {
    for (const [table, spec] of Object.entries(entry.stores)) tables.set(table, spec !== null);
  }
  return [...tables].filter(([, kept]) => kept).map(([table]) => table).sort();
}

async function seed(db: Dexie, rows: Rows): Promise<void> {
  for (const [table, list] of Object.entries(rows)) await db.table(table).bulkAdd(list);
}

describe('schema versions', () => {
  it('are dated, numbered in order, and each has a seed with a row in every one of its tables', () => {
    SCHEMA_VERSIONS.forEach((entry, index) => {
      expect(entry.version).toBe(index + 1);
      expect(entry.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(SEED[entry.version], `seed for version ${entry.version}`).toBeTypeOf('function');
      const rows = SEED[entry.version]!();
      expect(Object.keys(rows).filter((table) => rows[table]!.length > 0).sort(), `tables seeded for version ${entry.version}`).toEqual(tablesAt(entry.version));
    });
    for (const table of tablesAt(CURRENT_SCHEMA_VERSION)) expect(VALIDATE[table], `a schema to validate ${table} with`).toBeDefined();
  });

  for (const from of SCHEMA_VERSIONS) {
    it(`upgrades a version ${from.version} database to version ${CURRENT_SCHEMA_VERSION} without losing rows`, async () => {
      const name = `migration-${from.version}-${Math.random()}`;
      const old = new BrandSentryDb(name, undefined, SCHEMA_VERSIONS.filter((entry) => entry.version <= from.version));
      await old.open();
      const rows = SEED[from.version]!();
      await seed(old, rows);
      old.close();

      const current = new BrandSentryDb(name);
      await current.open();
      expect(current.verno).toBe(CURRENT_SCHEMA_VERSION);
      for (const [table, seeded] of Object.entries(rows)) {
        const now = await current.table(table).toArray();
        // Upgrades may add derived rows (v3: the `marketplaces` setting), never drop one.
        const added = table === 'settings' && from.version < 3 ? 1 : 0;
        // Version 7 empties the tables it drops (derived rows; re-reading the captures refills them).
        const dropped = from.version < 7 && DROPPED_BY_V7.includes(table);
        expect(now, `${table} rows after the upgrade`).toHaveLength(dropped ? 0 : seeded.length + added);
        for (const row of now) {
          const valid = VALIDATE[table]!.safeParse(row);
          expect(valid.success, `${table} row valid after the upgrade: ${valid.success ? '' : JSON.stringify(valid.error.issues.slice(0, 2))}`).toBe(true);
          // Version 8's upgrade gives every row of a table with accounts its `account`.
          if (table !== 'settings' && table !== 'domainAges') expect(row, `${table} row has its account`).toHaveProperty('account');
        }
      }
      expect(await current.settings.get('language')).toEqual({ key: 'language', value: 'zh' });
      if (from.version >= 2) {
        // Version 3's compound indexes find flags written before they existed.
        const hits = await current.flags.where('[state+kind+severity]').equals(['acknowledged', 'hijacked-brand-control', 'high']).count();
        expect(hits).toBe(1);
      }
      if (from.version >= 2 && from.version < 4) {
        // Version 4's upgrade rebuilds listing states from their snapshots, with removals and activity.
        for (const state of await current.listingStates.toArray()) {
          expect(Array.isArray(state.removals), `${state.listingKey} has removals`).toBe(true);
          expect(state).toHaveProperty('lastActiveAt');
        }
      }
      if (from.version >= 2 && from.version < 6) {
        // Version 6's upgrade gives the stored profile the seller's IDs and each brand's resellers, empty.
        const { profile } = (await current.profile.get('me'))!;
        expect(profile.sellerIds).toEqual([]);
        expect(profile.brands.map((brand) => brand.authorizedSellers)).toEqual([[]]);
      }
      if (from.version < 3) {
        // Version 3's upgrade remembers the marketplaces of the captures so far.
        expect(await current.settings.get('marketplaces')).toEqual({ key: 'marketplaces', value: JSON.stringify(['US']) });
      }
      expect((await current.screenshots.toArray()).map((s) => s.captureId)).toEqual([CAPTURE_ID]);
      if (from.version < 7) {
        // Version 2's and version 7's upgrades mark every capture for re-interpretation (parserVersion 0).
        expect((await current.captures.toArray()).every((c) => c.parserVersion === 0)).toBe(true);
      }
      if (from.version === 9) {
        // Version 9's signals are found by their listing, as the follow-seller rule reads them.
        expect(await current.featuredOfferSignals.where('listingKey').equals('B0CLMR7X2Q@US').count()).toBe(1);
      }
      if (from.version < 10 && from.version >= 2) {
        // Version 10's upgrade turns the stored English reasons into the keys that say them.
        expect((await current.captures.get('f'.repeat(64)))!.statusReason).toEqual({ key: 'reason.unknownPage' });
        expect((await current.domainAges.get('lumora-deals.com'))!.reason).toEqual({ key: 'rdapNoRecord', params: { domain: 'lumora-deals.com' } });
      }
      if (from.version >= 8) {
        // Version 11's index finds an account's open flags written before it existed, and only that account's.
        const urgent = current.flags.where('[account+state+severity+lastSeen]');
        expect(await urgent.between(['A2LUMORA0DIRECT', 'open', 'high', Dexie.minKey], ['A2LUMORA0DIRECT', 'open', 'high', Dexie.maxKey]).primaryKeys()).toEqual(['listing-takedown:B0CLMR7X2Q@US/A2LUMORA0DIRECT']);
        expect(await urgent.between(['A9OTHERSTORE00', 'open', 'high', Dexie.minKey], ['A9OTHERSTORE00', 'open', 'high', Dexie.maxKey]).count()).toBe(0);
      }
      if (from.version === 8) {
        // The rows of an account keep it, and the account index finds them.
        expect(await current.listingSnapshots.where('account').equals('A2LUMORA0DIRECT').count()).toBe(1);
        expect(await current.captures.where('account').equals('A2LUMORA0DIRECT').count()).toBe(1);
      }
      current.close();
    });
  }
});
