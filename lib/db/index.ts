import Dexie, { type DexieOptions, type EntityTable } from 'dexie';
import type { Capture, Screenshot } from '../model/capture';
import { SCHEMA_VERSIONS, type SchemaVersion } from './schema';

export interface Setting {
  key: string;
  value: string;
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

  constructor(name = DATABASE_NAME, options?: DexieOptions, versions: readonly SchemaVersion[] = SCHEMA_VERSIONS) {
    super(name, options);
    for (const entry of versions) {
      const version = this.version(entry.version).stores(entry.stores);
      if (entry.upgrade) version.upgrade(entry.upgrade);
    }
  }
}

let shared: BrandSentryDb | undefined;

/** The one database of this extension context. */
export function database(): BrandSentryDb {
  shared ??= new BrandSentryDb();
  return shared;
}
