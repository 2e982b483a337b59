import { failure, tell } from '../../components/said';
import { useState } from 'preact/hooks';
import { StatusLine } from '../../components/dashboard/StatusLine';
import { formatDateTime } from '../../components/format';
import { useI18n } from '../../components/i18n';
import { useLiveQuery } from '../../components/use-live-query';
import { database } from '../../lib/db';
import { keyOr } from '../../lib/i18n';
import { senderNotFound } from '../../lib/mail-capture';
import { sendToBackground } from '../../lib/send';

/**
 * Captures no reader understood, or whose parser failed: kept as captured (nothing is lost) and
 * re-run when the parsers improve.
 */
export function UnrecognisedView() {
  const { t, language } = useI18n();
  const captures = useLiveQuery(() => database().captures.where('status').anyOf('unrecognised', 'failed').reverse().sortBy('capturedAt'), []);
  const noSender = useLiveQuery(async () => (await database().captures.where('pageKind').equals('webmail').reverse().sortBy('capturedAt')).filter((capture) => senderNotFound(capture.read)), []);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  if (captures === undefined || noSender === undefined) return null;

  const rerun = async (captureIds: string[] | null) => {
    setBusy(true);
    const reply = await sendToBackground({ type: 'UItoBG.reinterpret', captureIds });
    setBusy(false);
    setStatus(reply.ok ? { ok: true, text: t('rerunDone', { count: reply.count }) } : { ok: false, text: t('rerunFailed', { error: failure(reply, t) }) });
  };

  return (
    <section aria-labelledby="unrecognised-heading">
      <h2 id="unrecognised-heading">{t('unrecognisedHeading')}</h2>
      <p>{t('unrecognisedExplain')}</p>
      <button type="button" class="primary" disabled={busy} onClick={() => void rerun(null)}>
        {busy ? t('rerunning') : t('rerunAll')}
      </button>
      <StatusLine message={status} />
      {captures.length === 0 ? (
        <p class="muted">{t('unrecognisedEmpty')}</p>
      ) : (
        <ul class="unrecognised-list">
          {captures.map((capture) => (
            <li key={capture.id} class={`unrecognised status-${capture.status}`} data-capture-id={capture.id}>
              <div class="row-head">
                <span class="capture-kind">{t(keyOr(`kind.${capture.pageKind}`, 'kind.unknown'))}</span>
                <span class={`capture-status status-${capture.status}`}>{t(capture.status === 'failed' ? 'failed' : 'notRecognised')}</span>
                <span class="muted">{formatDateTime(capture.capturedAt, language)}</span>
              </div>
              <p class="capture-title">{capture.read.title || capture.url}</p>
              {capture.statusReason && <p class="status-reason">{tell(capture.statusReason, t)}</p>}
              <button
                type="button"
                class="secondary"
                disabled={busy}
                aria-label={t('rerunOneLabel', { title: capture.read.title || capture.url })}
                onClick={() => void rerun([capture.id])}
              >
                {t('rerun')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {noSender.length > 0 && (
        <>
          <h3 id="no-sender-heading">{t('noSenderHeading')}</h3>
          <p>{t('noSenderExplain')}</p>
          <ul class="unrecognised-list no-sender" aria-labelledby="no-sender-heading">
            {noSender.map((capture) => (
              <li key={capture.id} class="unrecognised sender-not-found" data-capture-id={capture.id}>
                <div class="row-head">
                  <span class="capture-kind">{t('kind.webmail')}</span>
                  <span class="capture-warning">{t('senderNotFoundShort')}</span>
                  <span class="muted">{formatDateTime(capture.capturedAt, language)}</span>
                </div>
                <p class="capture-title">{capture.read.mail?.subject || capture.read.title || capture.url}</p>
                <button type="button" class="secondary" disabled={busy} aria-label={t('rerunOneLabel', { title: capture.read.mail?.subject || capture.read.title || capture.url })} onClick={() => void rerun([capture.id])}>
                  {t('rerun')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
