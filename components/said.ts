import { keyOr, type MessageKey, type Translate } from '../lib/i18n';
import type { CaptureFailure } from '../lib/messaging';
import type { Said } from '../lib/said';

/**
 * A library's Said in the seller's language. A `kind` parameter is a page kind, told by its
 * name. A key this version does not know (a row from a newer Brand Sentry's backup) is told as
 * "unknown reason" with the key, never as raw data.
 */
export function tell(value: Said | null | undefined, t: Translate): string {
  if (!value) return '';
  const key = keyOr(value.key, 'saidUnknown');
  if (key === 'saidUnknown') return t(key, { key: value.key });
  const params = value.params && Object.hasOwn(value.params, 'kind') ? { ...value.params, kind: t(keyOr(`kind.${value.params.kind}`, 'kind.unknown')) } : value.params;
  return t(key, params);
}

/** What the background's codes mean to the seller; `invalid` is a bug of ours, told with its detail. */
const FAILURES: Partial<Record<CaptureFailure, MessageKey>> = {
  'forbidden-page': 'captureForbidden',
  'no-tab': 'captureNoTab',
  'not-readable': 'captureNotReadable',
  'not-saved': 'captureNotSaved',
  'not-own-listing': 'captureNotOwnListing',
};

/** Why the background said no, in the seller's language: its Said, else its code, else its words. */
export function failure(reply: { error: string; code?: CaptureFailure; said?: Said }, t: Translate): string {
  if (reply.said) return tell(reply.said, t);
  const key = reply.code ? FAILURES[reply.code] : undefined;
  return key ? t(key) : reply.error;
}
