import type { BrandSentryDb } from '../db';
import { ingest, type IngestInput } from './ingest';

/**
 * Test seams of the e2e build only (`import.meta.env.MODE === 'e2e'`; the production build
 * drops the import). A browser test cannot fill the disk or catch the worker between a message
 * and its write, so it asks for both through settings rows:
 * - `e2e.stallPageReadMs`: hold each page read this long before storing it (the test stops the
 *   service worker meanwhile);
 * - `e2e.refuseWrites`: refuse this many stores with the browser's QuotaExceededError.
 */
export async function seamedIngest(db: BrandSentryDb, input: IngestInput) {
  if (input.source === 'auto') await stallPageRead(db);
  await refuseWrite(db);
  return ingest(db, input);
}

async function stallPageRead(db: BrandSentryDb): Promise<void> {
  const ms = Number((await db.settings.get('e2e.stallPageReadMs'))?.value ?? 0);
  if (ms > 0) await new Promise((resolve) => setTimeout(resolve, Math.min(ms, 30_000)));
}

async function refuseWrite(db: BrandSentryDb): Promise<void> {
  const left = Number((await db.settings.get('e2e.refuseWrites'))?.value ?? 0);
  if (left <= 0) return;
  await db.settings.put({ key: 'e2e.refuseWrites', value: String(left - 1) });
  throw new DOMException('The quota has been exceeded (e2e).', 'QuotaExceededError');
}
