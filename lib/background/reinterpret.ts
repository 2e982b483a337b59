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
