import { keyOr, type Translate } from '../lib/i18n';
import { NOTICE_UNRECOGNISED } from '../lib/model/capture';

/**
 * A capture's status reason in the seller's language. The background stores its reasons in
 * English (lib/interpret, lib/background/ingest); the known forms are told in the UI language,
 * anything else is shown as stored.
 */
export function describeStatusReason(reason: string | null, t: Translate): string {
  if (!reason) return '';
  if (reason.startsWith('No Brand Sentry reader knows this page')) return t('reason.unknownPage');
  if (reason === NOTICE_UNRECOGNISED) return t('reason.noticeUnrecognised');
  const structured = /^Recognised as a (\S+) page, but no /.exec(reason);
  if (structured) return t('reason.structuredEmpty', { kind: t(keyOr(`kind.${structured[1]}`, 'kind.unknown')) });
  const failed = /^(?:Interpreting|Storing its records) failed: (.*)$/s.exec(reason);
  if (failed) return t('reason.failed', { detail: failed[1]! });
  return reason;
}
