import type { BrandSentryDb, Setting } from '../db';
import { sha256Hex } from '../hash';
import { parseStringList } from '../string-list';
import { interpret, PARSER_VERSION } from '../interpret';
import { loadParserData } from '../parser-data';
import type { CaptureResult } from '../messaging';
import { type Capture, CaptureMeta, type CaptureSource, Screenshot } from '../model/capture';
import type { PageRead } from '../model/page-read';
import { accountOfRead, type ReadAccount } from '../accounts/identity';
import { SellerAccount } from '../model/account';
import { type CaptureOutcome, type PreparedRecords, prepareRecords, readNoticesBefore, storeInterpretation, writeRecords } from './store-records';
import { type Said, said } from '../said';

export interface IngestInput {
  read: PageRead;
  source: CaptureSource;
  now: number;
  screenshotDataUrl?: string | null;
  /** The account the seller chose for this capture (the capture UI), for a page that shows none. */
  account?: string | null;
}

/**
 * The capture pipeline, shared by the background and the inspect CLI. The id is a hash of what
 * was read, so the same page read twice, or by two tabs at once, is one capture.
 *
 * The page is interpreted (pure) and its notices' identities hashed (Web Crypto) before any
 * transaction opens, because an IndexedDB transaction cannot stay open across those awaits; the
 * capture and its records are then written in ONE transaction (each transaction has a fixed
 * cost before its first request, and each round trip within it costs more; a separate
 * raw-capture transaction paid that twice). Nothing is lost on the way: an interpreter
 * that throws makes a `failed` capture, and when writing the records fails the transaction
 * aborts and the capture alone is stored, `failed` with why, in a second one.
 */
export async function ingest(db: BrandSentryDb, input: IngestInput): Promise<CaptureResult> {
  const { read } = input;
  const shown = accountOfRead(read);
  const owner = await resolveAccount(db, input);
  const [id, prepared] = await Promise.all([captureId(read), prepareInterpretation(read, owner.account)]);
  const outcome: CaptureOutcome = prepared.records
    ? { status: prepared.records.interpretation.status, statusReason: prepared.records.interpretation.reason, parserVersion: PARSER_VERSION }
    : { status: 'failed', statusReason: prepared.failure, parserVersion: PARSER_VERSION };
  let stored: { capture: Capture; duplicate: boolean; named?: boolean };
  try {
    stored = await storeCapture(db, input, id, owner, outcome, prepared.records);
  } catch (error) {
    if (!prepared.records) throw error; // the capture alone could not be stored: nothing to fall back to
    stored = await storeCapture(db, input, id, owner, { ...outcome, status: 'failed', statusReason: said('reason.storeFailed', { detail: messageOf(error) }) }, null);
  }
  const { capture, duplicate } = stored;
  // A store name seen for the first time with its merchant token: earlier pages that showed the
  // name alone are that account's too.
  if (stored.named && shown?.id && shown.name) await adoptNamedCaptures(db, shown.id, shown.name);
  return {
    captureId: id,
    pageKind: capture.pageKind,
    status: capture.status,
    statusReason: capture.statusReason,
    duplicate,
    recognised: capture.status === 'interpreted',
  };
}

/** What interpreting a read gives before any transaction: its records ready to write, or why there are none. */
type Prepared = { records: PreparedRecords; failure: null } | { records: null; failure: Said };

async function prepareInterpretation(read: PageRead, account: string | null): Promise<Prepared> {
  try {
    // Data that cannot load (a broken package) fails the interpretation, never the raw capture.
    await loadParserData();
    return { records: await prepareRecords(interpret(read), account), failure: null };
  } catch (error) {
    return { records: null, failure: said('reason.failed', { detail: messageOf(error) }) };
  }
}

/**
 * One transaction: a capture already stored is only seen again (a `pending` one, left by an
 * older version that stopped mid-way, gets its records now); a new one is added with its
 * outcome and, when there are records, with them.
 */
function storeCapture(db: BrandSentryDb, input: IngestInput, id: string, owner: Owner, outcome: CaptureOutcome, records: PreparedRecords | null) {
  const { read, source, now } = input;
  const shown = accountOfRead(read);
  return db.transaction('rw', [db.captures, db.screenshots, db.settings, db.accounts, ...db.recordTables], async () => {
    // The reads in one round trip (every request of a transaction costs a trip to the browser's
    // IndexedDB), those the records need too: wasted only when the capture is a duplicate.
    const before = records ? readNoticesBefore(db, records) : null;
    before?.catch(() => undefined); // awaited below for a new capture; a duplicate leaves it
    const [existing, marketplaces, knownAccount] = await Promise.all([db.captures.get(id), db.settings.get('marketplaces'), shown?.id ? db.accounts.get(shown.id) : undefined]);
    const screenshotId = existing?.screenshotId ?? (await saveScreenshot(db, id, owner.account, input.screenshotDataUrl, now));
    if (existing) {
      const seen = { ...existing, lastSeenAt: now, screenshotId };
      await db.captures.update(id, { lastSeenAt: now, screenshotId });
      if (existing.status !== 'pending' || !records) return { capture: seen, duplicate: true };
      await writeRecords(db, seen, records, outcome, { fresh: false });
      return { capture: { ...seen, ...outcome }, duplicate: true };
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
      account: owner.account,
      accountName: owner.accountName,
      screenshotId,
      ...outcome,
    });
    const capture: Capture = { ...meta, read };
    // Issued together (requests of one transaction run in the order they were made).
    await Promise.all([
      db.captures.add(capture),
      capture.marketplace ? rememberMarketplace(db, capture.marketplace, marketplaces) : null,
      shown?.id ? rememberAccount(db, shown, knownAccount, now) : null,
      records ? writeRecords(db, capture, records, null, { fresh: true, before: before! }) : null,
    ]);
    const named = !!shown?.id && !!shown.name && (!knownAccount?.name || !sameName(knownAccount.name, shown.name));
    return { capture, duplicate: false, named };
  });
}

/**
 * Interprets one stored capture again, stores its records and the outcome (one transaction). A
 * throwing parser marks the capture failed (with why) and leaves the records as they were; the
 * capture itself stays.
 */
export async function interpretCapture(db: BrandSentryDb, capture: Capture): Promise<Capture> {
  let update: CaptureOutcome;
  try {
    await loadParserData();
    const result = interpret(capture.read);
    update = { status: result.status, statusReason: result.reason, parserVersion: PARSER_VERSION };
    try {
      // The records and the capture's new status are written in one transaction.
      await storeInterpretation(db, capture, result, update);
      return { ...capture, ...update };
    } catch (error) {
      update = { status: 'failed', statusReason: said('reason.storeFailed', { detail: messageOf(error) }), parserVersion: PARSER_VERSION };
    }
  } catch (error) {
    update = { status: 'failed', statusReason: said('reason.failed', { detail: messageOf(error) }), parserVersion: PARSER_VERSION };
  }
  await db.captures.update(capture.id, update);
  return { ...capture, ...update };
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 1_000);

async function saveScreenshot(db: BrandSentryDb, captureId: string, account: string | null, dataUrl: string | null | undefined, now: number) {
  if (!dataUrl) return null;
  const screenshot = Screenshot.safeParse({ id: `${captureId}:${now}`, captureId, account, takenAt: now, dataUrl });
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

/** The same page of two accounts is two captures; a read that names no account keeps the id it always had. */
export function captureId(read: PageRead): Promise<string> {
  const identity: unknown[] = [canonicalUrl(read.url), read.pageKind, read.text, read.rows, read.fields, read.mail];
  if (read.account) identity.push(read.account);
  return sha256Hex(JSON.stringify(identity));
}

interface Owner {
  account: string | null;
  accountName: string | null;
}

/**
 * Whose capture this is, never guessed: the merchant token the page showed; else the seller's
 * choice; else a known account by the store name the page's header showed; else, for a message
 * (a paste, an e-mail, a page read with one click), the one known account whose store name it
 * names. Two accounts named, or none: unknown.
 */
export async function resolveAccount(db: BrandSentryDb, input: Pick<IngestInput, 'read' | 'source' | 'account'>): Promise<Owner> {
  const { read } = input;
  const shown = accountOfRead(read);
  const accountName = shown?.name ?? null;
  // A page that shows its account is that account's, whatever was picked in the popup.
  if (shown?.id) return { account: shown.id, accountName };
  if (input.account !== undefined) return { account: input.account, accountName };
  const known = await db.accounts.toArray();
  if (accountName) {
    const named = known.filter((account) => account.name !== null && sameName(account.name, accountName));
    return { account: named.length === 1 ? named[0]!.id : null, accountName };
  }
  if (input.source === 'auto' || input.source === 'check') return { account: null, accountName };
  const mentioned = accountsNamedIn(read.text, known);
  return { account: mentioned.length === 1 ? mentioned[0]!.id : null, accountName };
}

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** Store names shorter than this are too likely to occur in any text by chance. */
const MIN_NAME_CHARS = 4;

/**
 * The known accounts whose store name the text names as a whole word (case-insensitive). One
 * indexOf pass per account and occurrence: linear in the text for each of the few accounts.
 */
export function accountsNamedIn(text: string, known: readonly SellerAccount[]): SellerAccount[] {
  const haystack = text.toLowerCase();
  return known.filter((account) => {
    const name = account.name?.trim().toLowerCase();
    if (!name || name.length < MIN_NAME_CHARS) return false;
    for (let at = haystack.indexOf(name); at !== -1; at = haystack.indexOf(name, at + 1)) {
      if (!isWordChar(haystack[at - 1]) && !isWordChar(haystack[at + name.length])) return true;
    }
    return false;
  });
}

const isWordChar = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char);

/**
 * Captures whose page showed only a store name, before any page tied that name to a merchant
 * token, are given the account now and read again (their records move to the account's keys).
 * Runs once per account name: a scan of the captures, each re-read in its own transaction.
 */
async function adoptNamedCaptures(db: BrandSentryDb, account: string, name: string): Promise<void> {
  const orphans = await db.captures.filter((capture) => capture.account === null && capture.accountName !== null && sameName(capture.accountName, name)).toArray();
  for (const orphan of orphans) {
    await db.captures.update(orphan.id, { account });
    await interpretCapture(db, { ...orphan, account });
  }
}

/** The account a page showed, kept with its latest store name and region (the account switcher's list). */
async function rememberAccount(db: BrandSentryDb, shown: ReadAccount, existing: SellerAccount | undefined, now: number): Promise<void> {
  const id = shown.id!;
  await db.accounts.put(
    SellerAccount.parse({
      id,
      account: id,
      name: shown.name ?? existing?.name ?? null,
      region: shown.region ?? existing?.region ?? null,
      firstSeenAt: Math.min(existing?.firstSeenAt ?? now, now),
      lastSeenAt: Math.max(existing?.lastSeenAt ?? now, now),
    }),
  );
}

/**
 * The marketplaces seen so far, kept as one settings row (`marketplaces`, a JSON list) so the
 * popup's marketplace switcher does not scan every capture.
 */
async function rememberMarketplace(db: BrandSentryDb, marketplace: string, row: Setting | undefined): Promise<void> {
  const known = parseStringList(row?.value);
  if (!known.includes(marketplace)) await db.settings.put({ key: 'marketplaces', value: JSON.stringify([...known, marketplace].sort()) });
}
