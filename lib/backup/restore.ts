import { type BrandSentryDb, DATABASE_NAME } from '../db';
const RECORDS_SCHEMA_VERSION = 2;
import { type Said, said } from '../said';
import { readBackup } from './read';

export type RestoreResult = { ok: true; counts: Record<string, number> } | { ok: false; error: Said };

/**
 * Replaces the whole database with a backup. Everything is read and validated first; only a
 * backup that passes completely is written, in one transaction (clear + bulkPut per table), so
 * a damaged, truncated or foreign file changes nothing. Runs in the background, the only writer.
 */
export async function restoreBackup(db: BrandSentryDb, text: string): Promise<RestoreResult> {
  const keyPaths = new Map(db.tables.map((table) => [table.name, typeof table.schema.primKey.keyPath === 'string' ? table.schema.primKey.keyPath : null]));
  const checked = readBackup(text, { acceptedNames: [DATABASE_NAME, db.name], keyPaths });
  if (!checked.ok) return checked;
  // Before schema version 2 there were no record tables: such captures must be read again.
  if (checked.version < RECORDS_SCHEMA_VERSION) markForReinterpretation(checked.rows);

  const counts: Record<string, number> = {};
  try {
    await db.transaction('rw', db.tables, async () => {
      for (const table of db.tables) {
        const rows = checked.rows.get(table.name) ?? [];
        await table.clear();
        if (rows.length) await table.bulkPut(rows);
        counts[table.name] = rows.length;
      }
    });
  } catch (error) {
    return { ok: false, error: said('backupWriteFailed', { detail: (error instanceof Error ? error.message : String(error)).slice(0, 500) }) };
  }
  return { ok: true, counts };
}

/**
 * A backup from an older schema has no (or older) records: its captures are marked as read by
 * parser version 0, as the schema upgrade does, so the background interprets them again.
 */
function markForReinterpretation(rows: Map<string, unknown[]>): void {
  const captures = rows.get('captures');
  if (captures) rows.set('captures', captures.map((capture) => ({ ...(capture as object), parserVersion: 0 })));
}
