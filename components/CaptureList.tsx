import type { Capture } from '../lib/model/capture';
import { keyOr, type MessageKey } from '../lib/i18n';
import { senderNotFound } from '../lib/mail-capture';
import { formatDateTime } from './format';
import { useI18n } from './i18n';

const STATUS_KEY: Record<Capture['status'], MessageKey> = {
  interpreted: 'recognised',
  unrecognised: 'notRecognised',
  failed: 'failed',
  pending: 'pending',
};
const SOURCE_KEY: Record<Capture['source'], MessageKey> = {
  auto: 'sourceAuto',
  click: 'sourceClick',
  paste: 'sourcePaste',
  eml: 'sourceEml',
  check: 'sourceCheck',
};

/** The latest captures: what, when, where, and whether Brand Sentry understood it. Text only, never HTML. */
export function CaptureList({ captures }: { captures: Capture[] }) {
  const { t, language } = useI18n();
  return (
    <ul class="captures" aria-label={t('latestCaptures')}>
      {captures.map((capture) => (
        <li key={capture.id} class={`capture status-${capture.status}`} data-capture-id={capture.id}>
          <span class="capture-kind">{t(keyOr(`kind.${capture.pageKind}`, 'kind.unknown'))}</span>
          {capture.marketplace && <span class="capture-marketplace">{capture.marketplace}</span>}
          <span class={`capture-status status-${capture.status}`}>{t(STATUS_KEY[capture.status])}</span>
          <span class="capture-meta">
            {formatDateTime(capture.capturedAt, language)} · {t(SOURCE_KEY[capture.source])}
          </span>
          {capture.pageKind === 'unknown' && <span class="capture-title">{capture.read.title || capture.url}</span>}
          {capture.read.mail?.from && <span class="capture-title">{t('mailFrom', { sender: capture.read.mail.from })}{capture.read.mail.subject ? ` · ${capture.read.mail.subject}` : ''}</span>}
          {senderNotFound(capture.read) && <span class="capture-warning">{t('senderNotFoundShort')}</span>}
        </li>
      ))}
    </ul>
  );
}
