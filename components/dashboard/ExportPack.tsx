import { useState } from 'preact/hooks';
import { savedEvidencePack, type EvidenceInput } from '../../lib/evidence';
import { useI18n } from '../i18n';
import { downloadFile } from './download';
import { StatusLine } from './StatusLine';

/**
 * "Export evidence pack": builds the zip from the records at the moment of the click and saves
 * it. `loadRecords` gives the subject's records (already loaded on a flag page, looked up from the
 * timeline's filter).
 */
export function ExportPack({ loadRecords, label }: { loadRecords: () => Promise<EvidenceInput | null>; label: string }) {
  const { t, language } = useI18n();
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const exportPack = async () => {
    setBusy(true);
    try {
      const records = await loadRecords();
      if (!records) throw new Error(t('flagNotFound'));
      const { name, zip } = await savedEvidencePack({ ...records, language, generatedAt: Date.now() });
      downloadFile(name, new Blob([zip.slice().buffer], { type: 'application/zip' }));
      setStatus({ ok: true, text: t('packSaved', { name }) });
    } catch (error) {
      setStatus({ ok: false, text: t('packFailed', { error: error instanceof Error ? error.message : String(error) }) });
    }
    setBusy(false);
  };
  return (
    <div class="export-pack">
      <button type="button" class="primary" disabled={busy} onClick={() => void exportPack()}>
        {label}
      </button>
      <StatusLine message={status} />
    </div>
  );
}
