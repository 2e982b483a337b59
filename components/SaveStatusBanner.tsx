import { useEffect, useState } from 'preact/hooks';
import type { SaveStatus } from '../lib/messaging';
import { sendToBackground } from '../lib/send';
import { useI18n } from './i18n';

/** While the popup is open, the background is asked again this often (a full disk can clear). */
const POLL_MS = 3_000;

/**
 * "Storage full / not saved": shown while the background holds reads that storage refused,
 * with a Retry button. Nothing is shown when every read was stored.
 */
export function SaveStatusBanner() {
  const { t } = useI18n();
  const [status, setStatus] = useState<SaveStatus | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    const ask = async () => {
      const reply = await sendToBackground({ type: 'UItoBG.saveStatus' });
      if (live && reply.ok) setStatus(reply);
    };
    void ask();
    const timer = setInterval(() => void ask(), POLL_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, []);

  if (!status || (!status.failure && status.unsaved === 0)) return null;
  const retry = async () => {
    setBusy(true);
    const reply = await sendToBackground({ type: 'UItoBG.retrySaves' });
    if (reply.ok) setStatus(reply);
    setBusy(false);
  };
  const count = status.unsaved;
  return (
    <div class="save-status" role="alert">
      <p>
        {status.failure?.reason === 'storage' ? t('notSavedStorage', { count, detail: status.failure.detail }) : t('notSavedQuota', { count })}
      </p>
      {status.dropped > 0 && <p>{t('notSavedDropped', { count: status.dropped })}</p>}
      <button type="button" class="secondary" disabled={busy} onClick={() => void retry()}>
        {t('retrySaving')}
      </button>
    </div>
  );
}
