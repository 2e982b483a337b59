import { z } from 'zod';
import { PageRead } from './model/page-read';
import { CaptureStatus } from './model/capture';

/**
 * The one message protocol. Names carry their direction: CStoBG (content script to
 * background), UItoBG (popup or dashboard to background). The background is the only writer;
 * it validates every message with `Message` before acting on it.
 */
export const Message = z.discriminatedUnion('type', [
  z.object({ type: z.literal('CStoBG.pageRead'), read: PageRead }),
  z.object({ type: z.literal('UItoBG.captureTab'), tabId: z.number().int().nonnegative().nullable() }),
  z.object({ type: z.literal('UItoBG.setSetting'), key: z.enum(['language', 'notifyHighFlags']), value: z.string().max(20) }),
]);
export type Message = z.infer<typeof Message>;
/** What senders build: PageRead defaults may be left out, the background fills them in. */
export type MessageInput = z.input<typeof Message>;

export const CaptureResult = z.object({
  captureId: z.string(),
  pageKind: z.string(),
  status: CaptureStatus,
  statusReason: z.string().nullable(),
  duplicate: z.boolean(),
  recognised: z.boolean(),
});
export type CaptureResult = z.infer<typeof CaptureResult>;

/** Why a one-click capture could not read the tab, for a message the seller understands. */
export const CaptureFailure = z.enum(['no-tab', 'forbidden-page', 'not-readable', 'invalid']);
export type CaptureFailure = z.infer<typeof CaptureFailure>;

interface Responses {
  'CStoBG.pageRead': CaptureResult;
  'UItoBG.captureTab': CaptureResult & { screenshot: boolean };
  'UItoBG.setSetting': { saved: true };
}

export type Reply<T extends Message['type']> =
  | ({ ok: true } & Responses[T])
  | { ok: false; error: string; code?: CaptureFailure };

export type AnyReply = Reply<Message['type']>;
