import Dexie, { type DexieOptions, type EntityTable } from 'dexie';
import type { BrandRoleChange, BrandRoleState, BrandRolesObservation } from '../model/brand-role';
import type { SellerAccount } from '../model/account';
import type { Capture, Screenshot } from '../model/capture';
import type { DomainAge } from '../model/domain-intel';
import type { Flag } from '../model/flag';
import type { ListingChange, ListingSnapshot } from '../model/listing';
import type { ListingState } from '../model/listing-state';
import type { Notice } from '../model/notice';
import type { OfferSeller, OfferSnapshot } from '../model/offer';
import type { BrandProfile } from '../model/profile';
import type { FeaturedOfferSignal } from '../model/seller-signals';
import { SCHEMA_VERSIONS, type SchemaVersion } from './schema';

export interface Setting {
  key: string;
  value: string;
}

/** One Brand Registry page read: what roles it showed, when, from which capture. */
export interface BrandRoleSnapshot extends BrandRolesObservation {
  /** The capture's id: one Brand Registry read per capture. */
  id: string;
  account: string | null;
  captureId: string;
  capturedAt: number;
  pageKind: string;
}

/** A brand profile: `me` for all accounts (account null), else one account's own (id = its merchant token). */
export interface ProfileRow {
  id: string;
  /** null: the profile of every account (and of records whose account is unknown). */
  account: string | null;
  profile: BrandProfile;
  updatedAt: number;
}

export const DATABASE_NAME = 'brand-sentry';

/**
 * The extension's database. Opened by the background (the only writer) and read by the popup
 * and dashboard with liveQuery. A content script never opens it: its IndexedDB would belong to
 * Seller Central's origin.
 */
export class BrandSentryDb extends Dexie {
  captures!: EntityTable<Capture, 'id'>;
  screenshots!: EntityTable<Screenshot, 'id'>;
  settings!: EntityTable<Setting, 'key'>;
  notices!: EntityTable<Notice, 'id'>;
  listingSnapshots!: EntityTable<ListingSnapshot, 'id'>;
  listingStates!: EntityTable<ListingState, 'listingKey'>;
  listingChanges!: EntityTable<ListingChange, 'id'>;
  brandRoleSnapshots!: EntityTable<BrandRoleSnapshot, 'id'>;
  brandRoles!: EntityTable<BrandRoleState, 'key'>;
  brandRoleChanges!: EntityTable<BrandRoleChange, 'id'>;
  flags!: EntityTable<Flag, 'key'>;
  profile!: EntityTable<ProfileRow, 'id'>;
  domainAges!: EntityTable<DomainAge, 'domain'>;
  offerSnapshots!: EntityTable<OfferSnapshot, 'id'>;
  offerSellers!: EntityTable<OfferSeller, 'key'>;
  accounts!: EntityTable<SellerAccount, 'id'>;
  featuredOfferSignals!: EntityTable<FeaturedOfferSignal, 'id'>;

  constructor(name = DATABASE_NAME, options?: DexieOptions, versions: readonly SchemaVersion[] = SCHEMA_VERSIONS) {
    super(name, options);
    for (const entry of versions) {
      const version = this.version(entry.version).stores(entry.stores);
      if (entry.upgrade) version.upgrade(entry.upgrade);
    }
  }

  /** Every table that holds records derived from captures (cleared and rebuilt by re-interpretation). */
  get recordTables() {
    return [this.notices, this.listingSnapshots, this.listingStates, this.listingChanges, this.brandRoleSnapshots, this.brandRoles, this.brandRoleChanges, this.offerSnapshots, this.offerSellers, this.featuredOfferSignals];
  }
}

let shared: BrandSentryDb | undefined;

/** The one database of this extension context. */
export function database(): BrandSentryDb {
  shared ??= new BrandSentryDb();
  return shared;
}
