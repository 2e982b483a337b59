import * as z from '../zod';
import { Said } from '../said';
import { RecordAccount } from './account';
import { PageRead } from './page-read';

/** `check`: an offer list fetched by "Check offers now" or the daily check (opt-in, lib/background/offer-check.ts). */
export const CaptureSource = z.enum(['auto', 'click', 'paste', 'eml', 'check']);
export type CaptureSource = z.infer<typeof CaptureSource>;

export const CaptureStatus = z.enum(['pending', 'interpreted', 'unrecognised', 'failed']);
export type CaptureStatus = z.infer<typeof CaptureStatus>;


const epochMs = z.int().check(z.nonnegative());

/**
 * Capture: one page or message as it was read, stored before anything interprets it, so
 * nothing is lost when a parser fails. `id` is a content hash: the same page read twice is
 * one capture.
 */
/**
 * Ids that name a file (an evidence pack's `screenshots/<capture id>.png`) or a key are checked by
 * their shape, so a restored or forged row can never carry `../` or a path into one.
 */
export const CaptureId = z.string().check(z.regex(/^[0-9a-f]{64}$/));
/** `<capture id>:<taken at, epoch ms>`. */
export const ScreenshotId = z.string().check(z.regex(/^[0-9a-f]{64}:\d{1,16}$/));

export const Capture = z.object({
  id: CaptureId,
  source: CaptureSource,
  capturedAt: epochMs,
  /** Last time the same content was read again (auto re-reads of an unchanged page). */
  lastSeenAt: epochMs,
  url: z.string().check(z.maxLength(8_000)),
  pageKind: z.string().check(z.maxLength(64)),
  marketplace: z.nullable(z.string().check(z.maxLength(8))),
  /** The account's merchant token (lib/pages/account.ts), or one named by the capture (ingest); null when unknown. */
  account: RecordAccount,
  /** The store name the page's header showed, kept even when no id came with it. */
  accountName: z._default(z.nullable(z.string().check(z.maxLength(200))), null),
  read: PageRead,
  /** Screenshot id in the screenshots table (one-click captures). */
  screenshotId: z.nullable(ScreenshotId),
  parserVersion: z.int().check(z.nonnegative()),
  status: CaptureStatus,
  /** Why unrecognised or failed, as a message key with parameters (lib/said.ts); null when interpreted. */
  statusReason: z.nullable(Said),
});
export type Capture = z.infer<typeof Capture>;

/**
 * A capture without its read: what ingest validates when it stores a PageRead that was already
 * validated at the boundary (message, file, one-click result); parsing a megabyte of text twice
 * would double the cost of every capture.
 */
export const CaptureMeta = z.omit(Capture, { read: true });

export const Screenshot = z.object({
  id: ScreenshotId,
  captureId: CaptureId,
  /** The capture's account. */
  account: RecordAccount,
  takenAt: z.int(),
  /** A `data:image/png;base64,...` or `data:image/jpeg;base64,...` URL from captureVisibleTab. */
  dataUrl: z.string().check(z.regex(/^data:image\/(png|jpeg);base64,/)),
});
export type Screenshot = z.infer<typeof Screenshot>;
