import type { Table } from 'dexie';
import type { BrandSentryDb } from '../db';
import { localDay } from '../dates';

const ROWS_PER_CHUNK = 500;

/**
 * The whole database as a JSON file in dexie-export-import's format ("dexie", version 1: the
 * database name, its schema version, each table's schema and row count, then the rows), so
 * `importDB` of that library reads it too (tested). Written here rather than with its exportDB,
 * which brings in typeson, a large library, to serialise types Brand Sentry never stores (Dates,
 * Blobs): every row is plain JSON, and a property that is `undefined` is simply left out.
 * One read transaction, so the file is one consistent moment. Read-only: the dashboard runs it.
 */
export async function exportBackup(db: BrandSentryDb, account?: string): Promise<Blob> {
  if (account !== undefined) return exportAccount(db, account);
  return db.transaction('r', db.tables, async () => {
    const tables = await Promise.all(db.tables.map(async (table) => ({ name: table.name, schema: schemaString(table), rowCount: await table.count() })));
    const head = JSON.stringify({ formatName: 'dexie', formatVersion: 1, data: { databaseName: db.name, databaseVersion: db.verno, tables, data: [] } });
    const parts: string[] = [head.slice(0, head.lastIndexOf('[]') + 1)];
    for (const [index, table] of db.tables.entries()) {
      parts.push(`${index ? ',' : ''}{"tableName":${JSON.stringify(table.name)},"inbound":true,"rows":[`);
      await writeRows(table, parts);
      parts.push(']}');
    }
    parts.push(']}}');
    return new Blob(parts, { type: 'application/json' });
  });
}

/** Tables no account's backup carries: this browser's own settings. */
const LOCAL_TABLES = new Set(['settings']);
/** Tables shared by every account: public facts about a domain. */
const SHARED_TABLES = new Set(['domainAges']);
/** Read on Amazon's shop, which belongs to no account: kept with the accounts whose listing they are about. */
const SHOP_TABLES = new Set(['offerSnapshots', 'offerSellers']);

/**
 * One selling account's backup, in the same format (restorable, and mergeable into a colleague's
 * database): its rows in every table, its own profile (never the profile for all accounts, which
 * may name other clients' brands), the public domain facts, and the offer reads of its own
 * listings with their captures. Held in memory: one account is a part of the database.
 */
async function exportAccount(db: BrandSentryDb, account: string): Promise<Blob> {
  return db.transaction('r', db.tables, async () => {
    const listings = new Set((await db.listingStates.where('account').equals(account).toArray()).map((state) => `${state.asin}@${state.marketplace ?? '?'}`));
    const shop = (row: Record<string, unknown>) => row.account === null && listings.has(`${String(row.asin)}@${String(row.marketplace)}`);
    const rows = new Map<string, unknown[]>();
    for (const table of db.tables) {
      if (LOCAL_TABLES.has(table.name)) rows.set(table.name, []);
      else if (SHARED_TABLES.has(table.name)) rows.set(table.name, await table.toArray());
      else rows.set(table.name, await table.filter((row: Record<string, unknown>) => row.account === account || (SHOP_TABLES.has(table.name) && shop(row))).toArray());
    }
    // The captures of the shop reads kept, and their screenshots.
    const shopCaptures = new Set((rows.get('offerSnapshots') as Array<{ captureId: string; account: string | null }>).filter((row) => row.account === null).map((row) => row.captureId));
    if (shopCaptures.size) {
      rows.get('captures')!.push(...(await db.captures.bulkGet([...shopCaptures])).filter((row) => !!row));
      rows.get('screenshots')!.push(...(await db.screenshots.where('captureId').anyOf([...shopCaptures]).toArray()));
    }
    const tables = db.tables.map((table) => ({ name: table.name, schema: schemaString(table), rowCount: rows.get(table.name)!.length }));
    const head = JSON.stringify({ formatName: 'dexie', formatVersion: 1, data: { databaseName: db.name, databaseVersion: db.verno, tables, data: [] } });
    const parts: string[] = [head.slice(0, head.lastIndexOf('[]') + 1)];
    for (const [index, table] of db.tables.entries()) {
      parts.push(`${index ? ',' : ''}{"tableName":${JSON.stringify(table.name)},"inbound":true,"rows":${JSON.stringify(rows.get(table.name))}}`);
    }
    parts.push(']}}');
    return new Blob(parts, { type: 'application/json' });
  });
}

/** Rows in primary-key order, a chunk at a time, so a big database is not held as one array twice. */
async function writeRows(table: Table, parts: string[]): Promise<void> {
  let lastKey: unknown = null;
  let first = true;
  for (;;) {
    const chunk = lastKey === null ? await table.limit(ROWS_PER_CHUNK).toArray() : await table.where(':id').above(lastKey).limit(ROWS_PER_CHUNK).toArray();
    if (chunk.length === 0) return;
    const json = JSON.stringify(chunk);
    parts.push(`${first ? '' : ','}${json.slice(1, -1)}`);
    first = false;
    const keyPath = table.schema.primKey.keyPath as string;
    lastKey = (chunk[chunk.length - 1] as Record<string, unknown>)[keyPath];
    if (chunk.length < ROWS_PER_CHUNK) return;
  }
}

/** As dexie-export-import writes it: the primary key, then the indexes, in Dexie's own notation. */
function schemaString(table: Table): string {
  return [table.schema.primKey, ...table.schema.indexes].map((index) => index.src).join(',');
}

/** `brand-sentry-backup-2026-03-20.json`, the seller's local day; one account's: `brand-sentry-backup-A2LUMORA0DIRECT-2026-03-20.json`. */
export function backupFileName(now: number, account?: string): string {
  return `brand-sentry-backup-${account ? `${account.replace(/[^A-Za-z0-9]+/g, '_')}-` : ''}${localDay(now)}.json`;
}
