import { useState } from 'preact/hooks';
import { keyOr } from '../lib/i18n';
import type { Reply } from '../lib/messaging';
import { sendToBackground } from '../lib/send';
import { useI18n } from './i18n';
import { describeStatusReason } from './status-reason';

/**
 * "Capture this page": reads the active tab once (activeTab, granted by the toolbar click) and
 * says what was stored. `targetTabId` lets a test aim at a tab; the real popup passes null.
 */
export function CaptureButton({ targetTabId }: { targetTabId: number | null }) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [reply, setReply] = useState<Reply<'UItoBG.captureTab'> | null>(null);

  const capture = async () => {
    setBusy(true);
    setReply(await sendToBackground({ type: 'UItoBG.captureTab', tabId: targetTabId }));
    setBusy(false);
  };

  return (
    <div class="capture-action">
      <button type="button" class="primary" onClick={capture} disabled={busy}>
        {busy ? t('capturing') : t('captureThisPage')}
      </button>
      {reply && (
        <p class={`capture-result ${reply.ok ? 'ok' : 'error'}`} role="status">
          {describe(reply, t)}
        </p>
      )}
    </div>
  );
}

function describe(reply: Reply<'UItoBG.captureTab'>, t: ReturnType<typeof useI18n>['t']): string {
  if (!reply.ok) {
    // The background's codes, in the seller's language; its English detail only when no code fits.
    if (reply.code === 'forbidden-page') return t('captureForbidden');
    if (reply.code === 'no-tab') return t('captureNoTab');
    if (reply.code === 'not-readable') return t('captureNotReadable');
    return t('captureFailed', { error: reply.error });
  }
  const kind = t(keyOr(`kind.${reply.pageKind}`, 'kind.unknown'));
  const main = reply.duplicate
    ? t('capturedDuplicate', { kind })
    : reply.recognised
      ? t('capturedRecognised', { kind })
      : t('capturedUnrecognised', { reason: describeStatusReason(reply.statusReason, t) });
  return reply.screenshot ? `${main} ${t('withScreenshot')}` : main;
}
