import type Dexie from 'dexie';
import { BrandProfile } from '../model/profile';
import { type V4Snapshot, v4ListingState } from './upgrades/v4-listing-states';
import { v4SubjectToTyped } from './upgrades/v5-flag-subjects';
import { v10CaptureReason, v10DomainAgeReason } from './upgrades/v10-said-reasons';
import { V7_DROPPED_TABLES, v7MarkForReading } from './upgrades/v7-string-keys';
import { V8_ACCOUNT_TABLES, v8WithAccount } from './upgrades/v8-accounts';

/**
 * Schema history. One dated entry per version; an old entry is never edited, a change is a new
 * version (with an upgrade and a test in tests/unit/db-migrations.test.ts). An upgrade imports
 * only its own frozen module in upgrades/, never today's records or model code. Dexie keeps the
 * tables of earlier versions unless a later one drops them (null).
 */
export interface SchemaVersion {
  version: number;
  date: string;
  why: string;
  stores: Record<string, string | null>;
  upgrade?: Parameters<ReturnType<Dexie['version']>['upgrade']>[0];
}

// Version 1 - 2026-11-24: the foundation. Raw captures (content-hash id), their screenshots, settings.
const v1: SchemaVersion = {
  version: 1,
  date: '2026-11-24',
  why: 'captures, screenshots and settings',
  stores: {
    captures: 'id, capturedAt, pageKind, status, parserVersion, marketplace',
    screenshots: 'id, captureId',
    settings: 'key',
  },
};

// Version 2 - 2026-11-24: interpreted records. Notices (one per complaint however often captured),
// listing snapshots with their derived changes and last known state, Brand Registry role
// snapshots with derived state and changes, flags, the seller's brand profile, RDAP answers.
// Upgrade: every capture is marked for re-interpretation so v1 captures fill the new tables.
const v2: SchemaVersion = {
  version: 2,
  date: '2026-11-24',
  why: 'records from interpretation, flags, brand profile, domain ages',
  stores: {
    notices: 'id, category, receivedAt, firstCapturedAt, complainantDomain, *asins, *complaintIds, *captureIds',
    listingSnapshots: '++id, listingKey, captureId, capturedAt, asin',
    listingStates: 'listingKey, asin, marketplace, lastSeenAt',
    listingChanges: '++id, listingKey, at, captureId',
    brandRoleSnapshots: '++id, captureId, capturedAt',
    brandRoles: 'key, brand',
    brandRoleChanges: '++id, key, at',
    flags: 'key, kind, state, severity, lastSeen',
    profile: 'id',
    domainAges: 'domain, checkedAt',
  },
  upgrade: (tx) => tx.table('captures').toCollection().modify({ parserVersion: 0 }),
};

// Version 3 - 2026-11-24: compound indexes on flags, so the popup counts its tiles and reads its
// top flags from the index instead of loading every open flag (a big account has thousands).
// Upgrade: the marketplaces seen so far become one settings row, as new captures keep it.
const v3: SchemaVersion = {
  version: 3,
  date: '2026-11-24',
  why: 'flag indexes and the seen-marketplaces row for the popup',
  stores: {
    flags: 'key, kind, state, severity, lastSeen, [state+kind+severity], [state+severity+lastSeen]',
  },
  upgrade: async (tx) => {
    const marketplaces = (await tx.table('captures').orderBy('marketplace').uniqueKeys()).map(String).sort();
    if (marketplaces.length) await tx.table('settings').put({ key: 'marketplaces', value: JSON.stringify(marketplaces) });
  },
};

// Version 4 - 2026-11-24: listing states carry their removal episodes and when they were last
// seen active, so the flag rules read the states instead of every snapshot (the biggest table).
// Upgrade: every listing state is rebuilt from its snapshots.
const v4: SchemaVersion = {
  version: 4,
  date: '2026-11-24',
  why: 'listing states summarise removals and activity',
  stores: {},
  upgrade: async (tx) => {
    const byListing = new Map<string, V4Snapshot[]>();
    await tx.table('listingSnapshots').each((snapshot: V4Snapshot) => {
      const list = byListing.get(snapshot.listingKey);
      if (list) list.push(snapshot);
      else byListing.set(snapshot.listingKey, [snapshot]);
    });
    const states = [...byListing.values()].map(v4ListingState).filter((state) => state !== null);
    if (states.length) await tx.table('listingStates').bulkPut(states);
  },
};

// Version 5 - 2026-12-02: a flag's subject is typed fields (asin, marketplace, domain...) instead
// of one string the UI had to take apart. Keys do not change, so acknowledged flags stay so.
// Upgrade: every stored flag's subject string becomes its fields (upgrades/v5-flag-subjects.ts).
const v5: SchemaVersion = {
  version: 5,
  date: '2026-12-02',
  why: 'typed flag subjects',
  stores: {},
  upgrade: (tx) =>
    tx.table('flags').toCollection().modify((flag: { kind: string; subject: unknown }) => {
      if (typeof flag.subject === 'string') flag.subject = v4SubjectToTyped(flag.kind, flag.subject);
    }),
};

// Version 6 - 2026-12-02: offers on the seller's listings, read on Amazon's retail sites (opt-in per
// marketplace). One snapshot per listing and read (id: capture hash + listing, unique everywhere),
// and per seller and listing what the snapshots say (first/last seen, price and featured history).
// Upgrade: the stored profile gains the seller's own IDs and each brand's authorized resellers
// (empty); captures are re-read into the new tables by the parser version bump.
const v6: SchemaVersion = {
  version: 6,
  date: '2026-12-02',
  why: 'offer snapshots and the sellers on each listing',
  stores: {
    offerSnapshots: 'id, listingKey, captureId, capturedAt, asin, account',
    offerSellers: 'key, listingKey, sellerId, lastSeenAt, account',
  },
  upgrade: (tx) =>
    tx.table('profile').toCollection().modify((row: { profile: unknown }) => {
      row.profile = BrandProfile.parse(row.profile);
    }),
};

// Version 7 - 2026-12-02: the tables keyed by auto-increment numbers go: two machines (or a
// colleague's backup) number their rows alike, so such keys cannot be merged or synced. They hold
// derived rows only (snapshots of listings and Brand Registry pages, the changes between them),
// rebuilt from the captures. Dexie cannot change a table's primary key in place, so this version
// drops them and version 8 creates them again with string keys.
// Upgrade: every capture is marked for re-interpretation, which refills them.
const v7: SchemaVersion = {
  version: 7,
  date: '2026-12-02',
  why: 'drop the auto-increment tables (derived rows)',
  stores: Object.fromEntries(V7_DROPPED_TABLES.map((table) => [table, null])),
  upgrade: (tx) => tx.table('captures').toCollection().modify(v7MarkForReading),
};

// Version 8 - 2026-12-02: many seller accounts in one browser. Every row carries `account` (the
// merchant token of the selling account it belongs to, null where nothing said which) and every
// key is a string unique on any machine (content hash, or derived from one), so accounts never mix
// and a later team sync has nothing to renumber (docs/team-sync.md). The four tables of version 7
// come back keyed by strings; `accounts` lists the selling accounts the pages showed.
// Upgrade: rows stored before get `account: null` (upgrades/v8-accounts.ts).
const v8: SchemaVersion = {
  version: 8,
  date: '2026-12-02',
  why: 'accounts on every row, string keys everywhere',
  stores: {
    captures: 'id, capturedAt, pageKind, status, parserVersion, marketplace, account',
    notices: 'id, category, receivedAt, firstCapturedAt, complainantDomain, *asins, *complaintIds, *captureIds, account',
    listingSnapshots: 'id, listingKey, captureId, capturedAt, asin, account',
    listingStates: 'listingKey, asin, marketplace, lastSeenAt, account',
    listingChanges: 'id, listingKey, at, captureId, account',
    brandRoleSnapshots: 'id, captureId, capturedAt, account',
    brandRoles: 'key, brand, account',
    brandRoleChanges: 'id, key, at, account',
    flags: 'key, kind, state, severity, lastSeen, [state+kind+severity], [state+severity+lastSeen], account, [account+state+kind+severity]',
    accounts: 'id, name',
  },
  upgrade: async (tx) => {
    for (const table of V8_ACCOUNT_TABLES) await tx.table(table).toCollection().modify(v8WithAccount);
  },
};

// Version 9 - 2026-12-02: what the seller's own Seller Central pages say about the featured offer
// (Buy Box) of their listings: Manage Inventory's pricing columns and "not the Featured Offer"
// alert, Business Reports' featured offer percentage. One row per capture, listing and source
// (id from the capture's content hash), with its account. A loss is evidence for the listing's
// follow-seller flags.
// Upgrade: none; captures are re-read into the table by the parser version bump.
const v9: SchemaVersion = {
  version: 9,
  date: '2026-12-02',
  why: 'featured-offer signals of Seller Central',
  stores: {
    featuredOfferSignals: 'id, listingKey, captureId, capturedAt, asin, account',
  },
};

// Version 10 - 2026-12-02: why a capture is unrecognised and why a domain's age is unknown are
// stored as message keys with parameters, no longer English sentences, so the UI tells them in the
// seller's language without taking sentences apart (lib/said.ts). No index changes.
// Upgrade: each stored sentence becomes its key (upgrades/v10-said-reasons.ts).
const v10: SchemaVersion = {
  version: 10,
  date: '2026-12-02',
  why: 'status and domain-age reasons as message keys',
  stores: {},
  upgrade: async (tx) => {
    await tx.table('captures').toCollection().modify(v10CaptureReason);
    await tx.table('domainAges').toCollection().modify(v10DomainAgeReason);
  },
};

// Version 11 - 2026-12-02: the popup of one account reads its most urgent open flags from an index
// (account, state, severity, last evidence), as it does for all accounts, instead of loading every
// flag of the account.
// Upgrade: none; IndexedDB fills the new index from the stored flags.
const v11: SchemaVersion = {
  version: 11,
  date: '2026-12-02',
  why: "one account's most urgent open flags by index",
  stores: {
    flags: 'key, kind, state, severity, lastSeen, [state+kind+severity], [state+severity+lastSeen], account, [account+state+kind+severity], [account+state+severity+lastSeen]',
  },
};

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [v1, v2, v3, v4, v5, v6, v7, v8, v9, v10, v11];
export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;
