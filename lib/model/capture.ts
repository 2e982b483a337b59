import { z } from 'zod';
import { PageRead } from './page-read';

export const CaptureSource = z.enum(['auto', 'click', 'paste', 'eml']);
export type CaptureSource = z.infer<typeof CaptureSource>;

export const CaptureStatus = z.enum(['pending', 'interpreted', 'unrecognised', 'failed']);
export type CaptureStatus = z.infer<typeof CaptureStatus>;

/**
 * Capture: one page or message as it was read, stored before anything interprets it, so
 * nothing is lost when a parser fails. `id` is a content hash: the same page read twice is
 * one capture.
 */
export const Capture = z.object({
  id: z.string().regex(/^[0-9a-f]{64}$/),
  source: CaptureSource,
  capturedAt: z.number().int().nonnegative(),
  /** Last time the same content was read again (auto re-reads of an unchanged page). */
  lastSeenAt: z.number().int().nonnegative(),
  url: z.string().max(8_000),
  pageKind: z.string().max(64),
  marketplace: z.string().max(8).nullable(),
  account: z.string().max(200).nullable(),
  read: PageRead,
  /** Screenshot id in the screenshots table (one-click captures). */
  screenshotId: z.string().nullable(),
  parserVersion: z.number().int().nonnegative(),
  status: CaptureStatus,
  statusReason: z.string().max(2_000).nullable(),
});
export type Capture = z.infer<typeof Capture>;

export const Screenshot = z.object({
  id: z.string(),
  captureId: z.string(),
  takenAt: z.number().int(),
  /** A `data:image/png;base64,...` or `data:image/jpeg;base64,...` URL from captureVisibleTab. */
  dataUrl: z.string().regex(/^data:image\/(png|jpeg);base64,/),
});
export type Screenshot = z.infer<typeof Screenshot>;
