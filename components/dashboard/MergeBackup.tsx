import { useState } from 'preact/hooks';
import { MAX_BACKUP_CHARS } from '../../lib/backup/pieces';
import { useI18n } from '../i18n';
import { failure } from '../said';
import { sendBackupFile } from './send-backup';
import { StatusLine } from './StatusLine';

/**
 * "Merge a colleague's backup": their file goes to the background in pieces, as a restore does;
 * the background adds what is missing (lib/backup/merge.ts) and says how many rows it added, how
 * many it already had, and how many differed.
 */
export function MergeBackup() {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);

  const merge = async (file: File) => {
    if (file.size > MAX_BACKUP_CHARS) return setStatus({ ok: false, text: t('restoreTooBig') });
    setBusy(true);
    const reply = await sendBackupFile('UItoBG.mergeBackup', file);
    setBusy(false);
    if (reply.ok && reply.merged) setStatus({ ok: true, text: t('mergeDone', reply.merged) });
    else setStatus({ ok: false, text: t('mergeFailed', { error: reply.ok ? t('restoreIncomplete') : failure(reply, t) }) });
  };

  return (
    <>
      <h2 id="merge-heading">{t('mergeTitle')}</h2>
      <p>{t('mergeHelp')}</p>
      <label class="field">
        <span>{t('mergeChoose')}</span>
        <input
          type="file"
          accept=".json,application/json"
          disabled={busy}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            setStatus(null);
            if (file) void merge(file);
          }}
        />
      </label>
      <StatusLine message={status} />
    </>
  );
}
