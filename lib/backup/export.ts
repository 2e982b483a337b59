import type { Table } from 'dexie';
import type { BrandSentryDb } from '../db';
import { localDay } from '../dates';

const ROWS_PER_CHUNK = 500;

/**
 * The whole database as a JSON file in dexie-export-import's format ("dexie", version 1: the
 * database name, its schema version, each table's schema and row count, then the rows), so
 * `importDB` of that library reads it too (tested). Written here rather than with its exportDB,
 * which brings about 65 kB of typeson to serialise types Brand Sentry never stores (Dates,
 * Blobs): every row is plain JSON, and a property that is `undefined` is simply left out.
 * One read transaction, so the file is one consistent moment. Read-only: the dashboard runs it.
 */
export async function exportBackup(db: BrandSentryDb): Promise<Blob> {
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

/** `brand-sentry-backup-2026-03-20.json`, the seller's local day. */
export function backupFileName(now: number): string {
  return `brand-sentry-backup-${localDay(now)}.json`;
}
