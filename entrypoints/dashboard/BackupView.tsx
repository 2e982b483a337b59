import { useState } from 'preact/hooks';
import { downloadFile } from '../../components/dashboard/download';
import { MergeBackup } from '../../components/dashboard/MergeBackup';
import { AccountSwitcher } from '../../components/AccountSwitcher';
import { useLiveQuery } from '../../components/use-live-query';
import { knownAccounts } from '../../lib/db/queries';
import { sendBackupFile } from '../../components/dashboard/send-backup';
import { StatusLine } from '../../components/dashboard/StatusLine';
import { useI18n } from '../../components/i18n';
import { failure } from '../../components/said';
import { backupFileName, exportBackup } from '../../lib/backup/export';
import { MAX_BACKUP_CHARS } from '../../lib/backup/pieces';
import { database } from '../../lib/db';


/**
 * Backup is read-only, so the page exports the database itself; restoring writes, so the file's
 * text goes to the background, which validates every row before replacing anything.
 */
export function BackupView() {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [backupStatus, setBackupStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [restoreStatus, setRestoreStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [file, setFile] = useState<File | null>(null);
  // Whose backup: every account's (null) or one account's, to hand to that client or colleague.
  const [account, setAccount] = useState<string | null>(null);
  const accounts = useLiveQuery(() => knownAccounts(database()), []);

  const download = async () => {
    setBusy(true);
    try {
      const name = backupFileName(Date.now(), account ?? undefined);
      downloadFile(name, await exportBackup(database(), account ?? undefined));
      setBackupStatus({ ok: true, text: t('backupSaved', { name }) });
    } catch (error) {
      setBackupStatus({ ok: false, text: t('backupFailed', { error: error instanceof Error ? error.message : String(error) }) });
    }
    setBusy(false);
  };

  const restore = async () => {
    if (!file) return;
    if (file.size > MAX_BACKUP_CHARS) {
      setRestoreStatus({ ok: false, text: t('restoreTooBig') });
      return;
    }
    setBusy(true);
    const reply = await sendBackupFile('UItoBG.restoreBackup', file);
    setBusy(false);
    if (reply.ok && reply.counts) {
      const rows = Object.values(reply.counts).reduce((sum, count) => sum + count, 0);
      setRestoreStatus({ ok: true, text: t('restoreDone', { rows, captures: reply.counts.captures ?? 0 }) });
      setFile(null);
    } else {
      setRestoreStatus({ ok: false, text: t('restoreFailed', { error: reply.ok ? t('restoreIncomplete') : failure(reply, t) }) });
    }
  };

  return (
    <section aria-labelledby="backup-heading">
      <h2 id="backup-heading">{t('backupHeading')}</h2>
      <p>{t('backupExplain')}</p>
      <AccountSwitcher accounts={accounts ?? []} value={account} onChange={setAccount} />
      <button type="button" class="primary" disabled={busy} onClick={() => void download()}>
        {t('backupDownload')}
      </button>
      <StatusLine message={backupStatus} />

      <h2 id="restore-heading">{t('restoreHeading')}</h2>
      <p class="warning">{t('restoreExplain')}</p>
      <label class="field">
        <span>{t('restoreChoose')}</span>
        <input
          type="file"
          accept=".json,application/json"
          disabled={busy}
          onChange={(event) => {
            setFile(event.currentTarget.files?.[0] ?? null);
            setRestoreStatus(null);
          }}
        />
      </label>
      <button type="button" class="danger" disabled={busy || !file} onClick={() => void restore()}>
        {file ? t('restoreConfirm', { name: file.name }) : t('restoreButton')}
      </button>
      <StatusLine message={restoreStatus} />
      <MergeBackup />
    </section>
  );
}
