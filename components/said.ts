import { keyOr, type Translate } from '../lib/i18n';
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
