import type { BrandSentryDb, Setting } from '../db';
import { sha256Hex } from '../hash';
import { parseStringList } from '../string-list';
import { interpret, PARSER_VERSION } from '../interpret';
import type { CaptureResult } from '../messaging';
import { type Capture, CaptureMeta, type CaptureSource, Screenshot } from '../model/capture';
import type { PageRead } from '../model/page-read';
import { type CaptureOutcome, storeInterpretation } from './store-records';

export interface IngestInput {
  read: PageRead;
  source: CaptureSource;
  now: number;
  screenshotDataUrl?: string | null;
}

/**
 * The capture pipeline, shared by the background and the inspect CLI: store the raw capture
 * first (so nothing is lost), then interpret it and store its records with the outcome. The id
 * is a hash of what was read, so the same page read twice, or by two tabs at once, is one capture.
 */
export async function ingest(db: BrandSentryDb, input: IngestInput): Promise<CaptureResult> {
  const { read, source, now } = input;
  const id = await captureId(read);
  const stored = await db.transaction('rw', db.captures, db.screenshots, db.settings, async () => {
    // Both reads in one round trip: every request of a transaction costs a trip to the browser's IndexedDB.
    const [existing, marketplaces] = await Promise.all([db.captures.get(id), db.settings.get('marketplaces')]);
    const screenshotId = existing?.screenshotId ?? (await saveScreenshot(db, id, input.screenshotDataUrl, now));
    if (existing) {
      await db.captures.update(id, { lastSeenAt: now, screenshotId });
      return { capture: { ...existing, screenshotId }, duplicate: true };
    }
    // The read was validated where it entered (message, file, one-click result): only the
    // envelope is checked here, not a megabyte of text a second time.
    const meta = CaptureMeta.parse({
      id,
      source,
      capturedAt: now,
      lastSeenAt: now,
      url: read.url,
      pageKind: read.pageKind,
      marketplace: read.marketplace,
      account: null,
      screenshotId,
      parserVersion: PARSER_VERSION,
      status: 'pending',
      statusReason: null,
    });
    const capture: Capture = { ...meta, read };
    await db.captures.add(capture);
    if (capture.marketplace) await rememberMarketplace(db, capture.marketplace, marketplaces);
    return { capture, duplicate: false };
  });
  const capture = stored.duplicate && stored.capture.status !== 'pending' ? stored.capture : await interpretCapture(db, stored.capture);
  return {
    captureId: id,
    pageKind: capture.pageKind,
    status: capture.status,
    statusReason: capture.statusReason,
    duplicate: stored.duplicate,
    recognised: capture.status === 'interpreted',
  };
}

/**
 * Interprets one stored capture, stores its records and the outcome (one transaction). A throwing parser marks
 * the capture failed (with why) and leaves the records as they were; the capture itself stays.
 */
export async function interpretCapture(db: BrandSentryDb, capture: Capture): Promise<Capture> {
  let update: CaptureOutcome;
  try {
    const result = interpret(capture.read);
    update = { status: result.status, statusReason: result.reason, parserVersion: PARSER_VERSION };
    // The records and the capture's new status are written in one transaction.
    await storeInterpretation(db, capture, result, update);
  } catch (error) {
    update = {
      status: 'failed',
      statusReason: `Interpreting failed: ${error instanceof Error ? error.message : String(error)}`,
      parserVersion: PARSER_VERSION,
    };
    await db.captures.update(capture.id, update);
  }
  return { ...capture, ...update };
}

async function saveScreenshot(db: BrandSentryDb, captureId: string, dataUrl: string | null | undefined, now: number) {
  if (!dataUrl) return null;
  const screenshot = Screenshot.safeParse({ id: `${captureId}:${now}`, captureId, takenAt: now, dataUrl });
  if (!screenshot.success) return null; // a screenshot is a bonus; the capture never depends on it
  await db.screenshots.put(screenshot.data);
  return screenshot.data.id;
}

/** Volatile tracking parameters (`ref`, `ref_`) do not make a page different. */
export function canonicalUrl(url: string): string {
  try {
    const parsed = new URL(url);
    for (const key of [...parsed.searchParams.keys()]) if (/^ref_?$/i.test(key)) parsed.searchParams.delete(key);
    return parsed.href;
  } catch {
    return url;
  }
}

export function captureId(read: PageRead): Promise<string> {
  return sha256Hex(JSON.stringify([canonicalUrl(read.url), read.pageKind, read.text, read.rows, read.fields, read.mail]));
}

/**
 * The marketplaces seen so far, kept as one settings row (`marketplaces`, a JSON list) so the
 * popup's marketplace switcher does not scan every capture.
 */
async function rememberMarketplace(db: BrandSentryDb, marketplace: string, row: Setting | undefined): Promise<void> {
  const known = parseStringList(row?.value);
  if (!known.includes(marketplace)) await db.settings.put({ key: 'marketplaces', value: JSON.stringify([...known, marketplace].sort()) });
}
