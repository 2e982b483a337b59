import type { BrandSentryDb } from '../db';
import { PARSER_VERSION } from '../interpret';
import { interpretCapture } from './ingest';

/**
 * After an update, captures read by an older parser (or left pending when the worker stopped
 * mid-way) are interpreted again. Interpretation is keyed by capture, so a second run adds no
 * duplicates.
 */
export async function reinterpretStale(db: BrandSentryDb): Promise<number> {
  const stale = await db.captures.where('parserVersion').below(PARSER_VERSION).primaryKeys();
  const pending = await db.captures.where('status').equals('pending').primaryKeys();
  const ids = [...new Set([...stale, ...pending])];
  for (const id of ids) {
    const capture = await db.captures.get(id);
    if (capture) await interpretCapture(db, capture);
  }
  return ids.length;
}

/** The dashboard's "re-run": interpret the given captures (or all) again with the current parsers. */
export async function reinterpretCaptures(db: BrandSentryDb, ids: readonly string[] | null): Promise<number> {
  const targets = ids ?? (await db.captures.toCollection().primaryKeys());
  let count = 0;
  for (const id of targets) {
    const capture = await db.captures.get(id);
    if (!capture) continue;
    await interpretCapture(db, capture);
    count += 1;
  }
  return count;
}
