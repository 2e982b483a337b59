import * as z from './zod';
import { PageRead } from './model/page-read';
import { CaptureStatus } from './model/capture';
import type { DomainAge } from './model/domain-intel';
import { BrandProfile } from './model/profile';
import type { ThreadMessage } from './mail-capture';
import { SellerId } from './model/offer';
import { Said } from './said';
import { AccountId } from './model/account';
import { MAX_PIECES, PIECE_CHARS } from './backup/pieces';

/**
 * The one message protocol. Names carry their direction: CStoBG (content script to
 * background), UItoBG (popup or dashboard to background). The background is the only writer;
 * it validates every message with `Message` before acting on it.
 */
const text = (max: number) => z.string().check(z.maxLength(max));
/** The webmail reader lists at most this many open messages of a thread (lib/pages/webmail). */
export const MAX_THREAD_MESSAGES = 20;
const nonEmpty = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));

export const Message = z.discriminatedUnion('type', [
  z.object({ type: z.literal('CStoBG.pageRead'), read: PageRead }),
  /** `message`: which open message of a webmail thread to read (0, the default, is the newest). */
  z.object({
    type: z.literal('UItoBG.captureTab'),
    tabId: z.nullable(z.int().check(z.nonnegative())),
    message: z.optional(z.int().check(z.minimum(0), z.maximum(MAX_THREAD_MESSAGES - 1))),
    /** The account the seller files the capture under; absent: as the page says (lib/background/ingest.ts). */
    account: z.optional(AccountId),
  }),
  /** UI language, notification opt-in, and the self-check ticks of one brand (`selfCheck:<brand>`, a JSON list). */
  z.object({
    type: z.literal('UItoBG.setSetting'),
    key: z.string().check(z.regex(/^(language|notifyHighFlags|offerDailyCheck|selfCheck:[^\n]{1,200})$/)),
    value: text(2_000),
  }),
  z.object({ type: z.literal('UItoBG.acknowledgeFlag'), key: text(500) }),
  /** `account`: whose profile (absent or null: the profile for all accounts). */
  z.object({ type: z.literal('UItoBG.saveProfile'), profile: BrandProfile, account: z.optional(z.nullable(AccountId)) }),
  /** Pasted notice text (the paste box on the dashboard). */
  z.object({ type: z.literal('UItoBG.importText'), text: nonEmpty(1_000_000), account: z.optional(AccountId) }),
  /** .eml files dropped on the dashboard, as raw text (RFC 822 is text; 8-bit parts stay as read). */
  z.object({ type: z.literal('UItoBG.importEml'), files: z.array(z.object({ name: text(500), raw: text(10_000_000) })).check(z.minLength(1), z.maxLength(200)), account: z.optional(AccountId) }),
  /** Interpret stored captures again: all, or those listed (the dashboard's "re-run"). */
  z.object({ type: z.literal('UItoBG.reinterpret'), captureIds: z.nullable(z.array(z.string()).check(z.maxLength(10_000))) }),
  /** RDAP age of a complainant domain, after the seller granted the server's host permission. */
  z.object({ type: z.literal('UItoBG.checkDomainAge'), domain: nonEmpty(253) }),
  /** The seller starts (after granting its host) or stops watching a retail marketplace; the retail content script follows. */
  z.object({ type: z.literal('UItoBG.watchOffers'), marketplace: z.string().check(z.regex(/^[A-Z]{2}$/)), on: z.boolean() }),
  /** "Check offers now": starts the polite check of the seller's listings in the allowed marketplaces; progress goes to the `offerCheck` setting. */
  z.object({ type: z.literal('UItoBG.checkOffers') }),
  /** One click on a seen offer: this seller becomes an authorized reseller of the brand (of every brand when null). */
  z.object({ type: z.literal('UItoBG.markAuthorized'), sellerId: SellerId, brand: z.nullable(nonEmpty(200)), account: z.optional(z.nullable(AccountId)) }),
  /** Whether storage refused reads lately, and how many are kept to retry (the popup's "not saved" state). */
  z.object({ type: z.literal('UItoBG.saveStatus') }),
  /** The popup's Retry: store the reads storage refused. */
  z.object({ type: z.literal('UItoBG.retrySaves') }),
  /** Replace the whole database with a backup file, sent in pieces (lib/backup/pieces.ts) (the dashboard's "Restore"); lib/backup validates every row first. */
  z.object({
    type: z.literal('UItoBG.restoreBackup'),
    upload: z.string().check(z.regex(/^[0-9a-f-]{36}$/)),
    index: z.int().check(z.minimum(0), z.maximum(MAX_PIECES - 1)),
    count: z.int().check(z.minimum(1), z.maximum(MAX_PIECES)),
    text: nonEmpty(PIECE_CHARS),
  }),
  /** Add a colleague's backup to this database, sent in pieces like a restore (lib/backup/merge.ts); nothing of ours is removed. */
  z.object({
    type: z.literal('UItoBG.mergeBackup'),
    upload: z.string().check(z.regex(/^[0-9a-f-]{36}$/)),
    index: z.int().check(z.minimum(0), z.maximum(MAX_PIECES - 1)),
    count: z.int().check(z.minimum(1), z.maximum(MAX_PIECES)),
    text: nonEmpty(PIECE_CHARS),
  }),
]);
export type Message = z.infer<typeof Message>;

/**
 * Background to the offscreen document (Chrome): read an offer list the background fetched. A
 * protocol of its own: the background never receives it, the offscreen page answers nothing else.
 */
export const OffscreenMessage = z.object({ type: z.literal('BGtoOS.readOfferPage'), html: text(10_000_000), url: text(8_000) });
export type OffscreenMessage = z.infer<typeof OffscreenMessage>;
/** What senders build: PageRead defaults may be left out, the background fills them in. */
export type MessageInput = z.input<typeof Message>;

export const CaptureResult = z.object({
  captureId: z.string(),
  pageKind: z.string(),
  status: CaptureStatus,
  statusReason: z.nullable(Said),
  duplicate: z.boolean(),
  recognised: z.boolean(),
});
export type CaptureResult = z.infer<typeof CaptureResult>;

/**
 * Why a read or a one-click capture was not stored, for a message the seller understands.
 * `not-saved` alone is worth sending again: storage refused it (lib/background/unsaved.ts).
 */
export const CaptureFailure = z.enum(['no-tab', 'forbidden-page', 'not-readable', 'invalid', 'not-own-listing', 'not-saved']);
export type CaptureFailure = z.infer<typeof CaptureFailure>;

/** Why the last save failed: the disk or the browser's quota is full, or IndexedDB refused otherwise. */
export type SaveFailureReason = 'quota' | 'storage';

export interface SaveStatus {
  /** The last failure, until a save succeeds again. */
  failure: { reason: SaveFailureReason; since: number; detail: string } | null;
  /** Reads kept in the background's memory, to be stored again. */
  unsaved: number;
  /** Reads dropped because more were waiting than are kept (the oldest go first). */
  dropped: number;
}

/** A webmail capture, for the popup: was a sender found, and which open messages could be read instead. */
export interface MailCaptureSummary {
  senderFound: boolean;
  messages: ThreadMessage[];
}

export interface ImportResult {
  name: string;
  result: CaptureResult | null;
  error: string | null;
}

interface Responses {
  'CStoBG.pageRead': CaptureResult;
  'UItoBG.captureTab': CaptureResult & { screenshot: boolean; mail: MailCaptureSummary | null };
  'UItoBG.setSetting': { saved: true };
  'UItoBG.acknowledgeFlag': { state: 'acknowledged' };
  'UItoBG.saveProfile': { saved: true };
  'UItoBG.importText': CaptureResult;
  'UItoBG.importEml': { files: ImportResult[] };
  'UItoBG.reinterpret': { count: number };
  'UItoBG.checkDomainAge': { age: DomainAge };
  /** `counts` once the last piece arrived and the backup was restored; null before. */
  'UItoBG.restoreBackup': { received: number; counts: Record<string, number> | null };
  /** The merge's counts once the last piece arrived; null before. */
  'UItoBG.mergeBackup': { received: number; merged: { added: number; had: number; conflicts: number } | null };
  'UItoBG.watchOffers': { marketplaces: string[] };
  'UItoBG.checkOffers': { started: true };
  'UItoBG.markAuthorized': { saved: true };
  'UItoBG.saveStatus': SaveStatus;
  'UItoBG.retrySaves': SaveStatus;
}

export type Reply<T extends Message['type']> =
  | ({ ok: true } & Responses[T])
  | { ok: false; error: string; code?: CaptureFailure; said?: Said };

export type AnyReply = Reply<Message['type']>;
