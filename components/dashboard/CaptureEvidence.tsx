import type { Capture, Screenshot } from '../../lib/model/capture';
import { keyOr, type MessageKey } from '../../lib/i18n';
import { senderNotFound } from '../../lib/mail-capture';
import { formatDateTime } from '../format';
import { useI18n } from '../i18n';

const SOURCE_KEY: Record<Capture['source'], MessageKey> = { auto: 'sourceAuto', click: 'sourceClick', paste: 'sourcePaste', eml: 'sourceEml', check: 'sourceCheck' };
const STATUS_KEY: Record<Capture['status'], MessageKey> = { interpreted: 'recognised', unrecognised: 'notRecognised', failed: 'failed', pending: 'pending' };

/**
 * One piece of evidence: when, how and where it was captured, its screenshots and its text.
 * The text is a <pre> child (Preact sets textContent), never HTML: a captured page can carry
 * script on purpose. Screenshots are the stored data: URLs, which the extension CSP allows for img.
 */
export function CaptureEvidence({ capture, screenshots }: { capture: Capture; screenshots: readonly Screenshot[] }) {
  const { t, language } = useI18n();
  const when = formatDateTime(capture.capturedAt, language);
  return (
    <article class="capture-evidence" data-capture-id={capture.id}>
      <h4>
        {t(keyOr(`kind.${capture.pageKind}`, 'kind.unknown'))} · {when}
      </h4>
      <dl class="facts">
        <dt>{t('captureSource')}</dt>
        <dd>{t(SOURCE_KEY[capture.source])}</dd>
        <dt>{t('captureStatus')}</dt>
        <dd>{t(STATUS_KEY[capture.status])}</dd>
        <dt>{t('captureAddress')}</dt>
        <dd class="url">{capture.url}</dd>
        {capture.pageKind === 'webmail' && (
          <>
            <dt>{t('mailSender')}</dt>
            {senderNotFound(capture.read) ? <dd class="mail-sender capture-warning">{t('senderNotFoundShort')}</dd> : <dd class="mail-sender">{capture.read.mail?.from}</dd>}
            {capture.read.mail?.subject && (
              <>
                <dt>{t('mailSubject')}</dt>
                <dd>{capture.read.mail.subject}</dd>
              </>
            )}
            {capture.read.mail?.date && (
              <>
                <dt>{t('mailDate')}</dt>
                <dd>{capture.read.mail.date}</dd>
              </>
            )}
          </>
        )}
        {capture.read.title && (
          <>
            <dt>{t('captureTitle')}</dt>
            <dd>{capture.read.title}</dd>
          </>
        )}
      </dl>
      {screenshots.map((shot) => (
        <img key={shot.id} class="screenshot" src={shot.dataUrl} alt={t('screenshotAlt', { date: formatDateTime(shot.takenAt, language) })} />
      ))}
      <figure class="captured">
        <figcaption class="muted">{t('capturedTextLabel', { date: when })}</figcaption>
        {/* Focusable so keyboard users can scroll a long text. */}
        <pre class="captured-text" tabIndex={0}>
          {capture.read.text}
        </pre>
      </figure>
    </article>
  );
}
