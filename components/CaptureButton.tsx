import { useState } from 'preact/hooks';
import { keyOr } from '../lib/i18n';
import type { Reply } from '../lib/messaging';
import { sendToBackground } from '../lib/send';
import { useI18n } from './i18n';
import { failure, tell } from './said';
import { ThreadPicker } from './ThreadPicker';
import { AccountSwitcher } from './AccountSwitcher';
import type { SellerAccount } from '../lib/model/account';

/**
 * "Capture this page": reads the active tab once (activeTab, granted by the toolbar click) and
 * says what was stored. `targetTabId` lets a test aim at a tab; the real popup passes null. On a
 * webmail thread it offers the thread's other open messages, and says so when no sender was found.
 */
export function CaptureButton({ targetTabId, accounts = [] }: { targetTabId: number | null; accounts?: readonly SellerAccount[] }) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  // The seller's choice of account for a page that names none (a webmail message); unset: as the page says.
  const [account, setAccount] = useState<string | null>(null);
  const [reply, setReply] = useState<Reply<'UItoBG.captureTab'> | null>(null);

  const capture = async (message?: number) => {
    setBusy(true);
    setReply(await sendToBackground({ type: 'UItoBG.captureTab', tabId: targetTabId, message, ...(account ? { account } : {}) }));
    setBusy(false);
  };
  const mail = reply?.ok ? reply.mail : null;
  const chosen = mail?.messages.find((message) => message.chosen)?.index;

  return (
    <div class="capture-action">
      <AccountSwitcher accounts={accounts} value={account} onChange={setAccount} label="captureAccount" none="captureAccountAuto" />
      <button type="button" class="primary" onClick={() => void capture()} disabled={busy}>
        {busy ? t('capturing') : t('captureThisPage')}
      </button>
      {reply && (
        <p class={`capture-result ${reply.ok ? 'ok' : 'error'}`} role="status">
          {describe(reply, t)}
        </p>
      )}
      {mail && !mail.senderFound && (
        <p class="capture-warning" role="alert">
          {t('senderNotFound')}{' '}
          <button type="button" class="secondary" disabled={busy} onClick={() => void capture(chosen)}>
            {t('readAgain')}
          </button>
        </p>
      )}
      {mail && mail.messages.length > 1 && <ThreadPicker messages={mail.messages} disabled={busy} onPick={(index) => void capture(index)} />}
    </div>
  );
}

function describe(reply: Reply<'UItoBG.captureTab'>, t: ReturnType<typeof useI18n>['t']): string {
  if (!reply.ok) {
    // The background's codes, in the seller's language; its English detail only when no code fits.
    const told = failure(reply, t);
    return told === reply.error ? t('captureFailed', { error: reply.error }) : told;
  }
  const kind = t(keyOr(`kind.${reply.pageKind}`, 'kind.unknown'));
  const main = reply.duplicate
    ? t('capturedDuplicate', { kind })
    : reply.recognised
      ? t('capturedRecognised', { kind })
      : t('capturedUnrecognised', { reason: tell(reply.statusReason, t) });
  return reply.screenshot ? `${main} ${t('withScreenshot')}` : main;
}
