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
import { type CaptureOutcome, storeInterpretation } from './store-records';
import { said } from '../said';

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
 * Two steps, as the design's data flow has it: the raw capture is stored first, in its own
 * transaction (storeCapture), so a read is never lost to a parser or a record write; it is then
 * interpreted and its records written (interpretStored). A worker stopped between the two
 * leaves the capture `pending`, and the next start interprets it (reinterpretStale); so does
 * the content script's resend of a read the worker never confirmed.
 */
export async function ingest(db: BrandSentryDb, input: IngestInput): Promise<CaptureResult> {
  return interpretStored(db, await storeCapture(db, input));
}

/** A read stored raw, and what its interpretation needs to know. */
export interface StoredCapture {
  capture: Capture;
  duplicate: boolean;
  /** Not interpreted yet: stored just now, or left pending by a worker stopped mid-way. */
  pending: boolean;
  /** The page tied a store name to its merchant token for the first time (see adoptNamedCaptures). */
  named: boolean;
}

/**
 * The durable step, one transaction: a capture already stored is only seen again; a new one is
 * added `pending`, with its screenshot, the marketplace and the account its page showed.
 *
 * Every request of a transaction is a trip to the browser's IndexedDB, so the first trip both
 * reads what the capture needs and adds it: a capture is new far more often than not, and the
 * add of one already stored fails alone (caught, so the transaction goes on) and is then only
 * seen again.
 */
export async function storeCapture(db: BrandSentryDb, input: IngestInput): Promise<StoredCapture> {
  const { read, source, now } = input;
  const shown = accountOfRead(read);
  const id = await captureId(read);
  return db.transaction('rw', [db.captures, db.screenshots, db.settings, db.accounts], async () => {
    const owner = ownerWithout(input) ?? ownerAmong(input, await db.accounts.toArray());
    const screenshot = screenshotOf(id, owner.account, input.screenshotDataUrl, now);
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
      screenshotId: screenshot?.id ?? null,
      status: 'pending',
      statusReason: null,
      parserVersion: PARSER_VERSION,
    });
    const capture: Capture = { ...meta, read };
    // Issued together (requests of one transaction run in the order they were made).
    const [existing, added, marketplaces, knownAccount] = await Promise.all([
      db.captures.get(id),
      db.captures.add(capture).then(() => true, (error) => {
        if (error?.name === 'ConstraintError') return false; // stored before: seen again below
        throw error;
      }),
      db.settings.get('marketplaces'),
      shown?.id ? db.accounts.get(shown.id) : undefined,
      screenshot ? db.screenshots.put(screenshot) : null,
    ]);
    if (!added && existing) {
      // A capture keeps its first screenshot; the one just put goes again when it had one.
      const screenshotId = existing.screenshotId ?? screenshot?.id ?? null;
      await Promise.all([db.captures.update(id, { lastSeenAt: now, screenshotId }), existing.screenshotId && screenshot ? db.screenshots.delete(screenshot.id) : null]);
      return { capture: { ...existing, lastSeenAt: now, screenshotId }, duplicate: true, pending: existing.status === 'pending', named: false };
    }
    await Promise.all([
      capture.marketplace ? rememberMarketplace(db, capture.marketplace, marketplaces) : null,
      shown?.id ? rememberAccount(db, shown, knownAccount, now) : null,
    ]);
    const named = !!shown?.id && !!shown.name && (!knownAccount?.name || !sameName(knownAccount.name, shown.name));
    return { capture, duplicate: false, pending: true, named };
  });
}

/**
 * The second step: a pending capture interpreted and its records written (interpretCapture; a
 * parser that throws, or records that cannot be written, leave it `failed` with why), then what
 * the seller is told about it.
 */
export async function interpretStored(db: BrandSentryDb, stored: StoredCapture): Promise<CaptureResult> {
  // A capture added by this store contributed no records yet: nothing of it to read back first.
  const capture = stored.pending ? await interpretCapture(db, stored.capture, { fresh: !stored.duplicate }) : stored.capture;
  // A store name seen for the first time with its merchant token: earlier pages that showed the
  // name alone are that account's too.
  const shown = accountOfRead(capture.read);
  if (stored.named && shown?.id && shown.name) await adoptNamedCaptures(db, shown.id, shown.name);
  return {
    captureId: capture.id,
    pageKind: capture.pageKind,
    status: capture.status,
    statusReason: capture.statusReason,
    duplicate: stored.duplicate,
    recognised: capture.status === 'interpreted',
  };
}

/**
 * Interprets one stored capture (again), stores its records and the outcome (one transaction).
 * A throwing parser marks the capture failed (with why) and leaves the records as they were;
 * the capture itself stays. `fresh`: the capture has no records yet (see writeRecords).
 */
export async function interpretCapture(db: BrandSentryDb, capture: Capture, { fresh = false } = {}): Promise<Capture> {
  let update: CaptureOutcome;
  try {
    // Data that cannot load (a broken package) fails the interpretation, never the raw capture.
    await loadParserData();
    const result = interpret(capture.read);
    update = { status: result.status, statusReason: result.reason, parserVersion: PARSER_VERSION };
    try {
      // The records and the capture's new status are written in one transaction.
      await storeInterpretation(db, capture, result, update, { fresh });
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

/** A screenshot is a bonus; the capture never depends on it. */
function screenshotOf(captureId: string, account: string | null, dataUrl: string | null | undefined, now: number): Screenshot | null {
  if (!dataUrl) return null;
  const screenshot = Screenshot.safeParse({ id: `${captureId}:${now}`, captureId, account, takenAt: now, dataUrl });
  return screenshot.success ? screenshot.data : null;
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
  return ownerWithout(input) ?? ownerAmong(input, await db.accounts.toArray());
}

/** The owner when the known accounts are not needed to tell it: shown on the page, or chosen. */
function ownerWithout(input: Pick<IngestInput, 'read' | 'source' | 'account'>): Owner | null {
  const shown = accountOfRead(input.read);
  const accountName = shown?.name ?? null;
  // A page that shows its account is that account's, whatever was picked in the popup.
  if (shown?.id) return { account: shown.id, accountName };
  if (input.account !== undefined) return { account: input.account, accountName };
  if (!accountName && (input.source === 'auto' || input.source === 'check')) return { account: null, accountName };
  return null;
}

/** The owner among the known accounts, for a read whose page shows no merchant token and no choice was made. */
function ownerAmong(input: Pick<IngestInput, 'read' | 'source' | 'account'>, known: readonly SellerAccount[]): Owner {
  const { read } = input;
  const accountName = accountOfRead(read)?.name ?? null;
  if (accountName) {
    const named = known.filter((account) => account.name !== null && sameName(account.name, accountName));
    return { account: named.length === 1 ? named[0]!.id : null, accountName };
  }
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
