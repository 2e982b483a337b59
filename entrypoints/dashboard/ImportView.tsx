import { failure, tell } from '../../components/said';
import { useState } from 'preact/hooks';
import { StatusLine } from '../../components/dashboard/StatusLine';
import { useI18n } from '../../components/i18n';
import { keyOr, type Translate } from '../../lib/i18n';
import type { CaptureResult, ImportResult } from '../../lib/messaging';
import { sendToBackground } from '../../lib/send';
import { AccountSwitcher } from '../../components/AccountSwitcher';
import { useLiveQuery } from '../../components/use-live-query';
import { database } from '../../lib/db';
import { knownAccounts } from '../../lib/db/queries';

/** Limits of UItoBG.importEml (lib/messaging.ts): checked here so one big file does not sink the batch. */
const MAX_EML_CHARS = 10_000_000;
const MAX_FILES_PER_MESSAGE = 200;
const MAX_CHARS_PER_MESSAGE = 32_000_000;

/** Notices the seller has outside Seller Central: pasted text and saved .eml files. */
export function ImportView() {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [pasteStatus, setPasteStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [results, setResults] = useState<ImportResult[]>([]);
  const [dragging, setDragging] = useState(false);
  // Filed under this account when the text names no known store; unset: as the text says.
  const [account, setAccount] = useState<string | null>(null);
  const accounts = useLiveQuery(() => knownAccounts(database()), []);
  const chosen = account ? { account } : {};

  const importPaste = async () => {
    if (!text.trim()) return;
    setBusy(true);
    const reply = await sendToBackground({ type: 'UItoBG.importText', text, ...chosen });
    setBusy(false);
    setPasteStatus(reply.ok ? { ok: true, text: describeResult(reply, t) } : { ok: false, text: t('importError', { error: failure(reply, t) }) });
  };

  const importFiles = async (list: FileList | null) => {
    const files = [...(list ?? [])];
    if (files.length === 0) return;
    setBusy(true);
    const done: ImportResult[] = [];
    const ready: { name: string; raw: string }[] = [];
    for (const file of files) {
      if (file.size > MAX_EML_CHARS) done.push({ name: file.name, result: null, error: t('importTooBig') });
      else ready.push({ name: file.name, raw: await file.text() });
    }
    for (const batch of batches(ready)) {
      const reply = await sendToBackground({ type: 'UItoBG.importEml', files: batch, ...chosen });
      done.push(...(reply.ok ? reply.files : batch.map((file) => ({ name: file.name, result: null, error: failure(reply, t) }))));
    }
    setResults(done);
    setBusy(false);
  };

  return (
    <section aria-labelledby="import-heading">
      <h2 id="import-heading">{t('importHeading')}</h2>
      <AccountSwitcher accounts={accounts ?? []} value={account} onChange={setAccount} label="captureAccount" none="captureAccountAuto" />
      <section aria-labelledby="paste-heading">
        <h3 id="paste-heading">{t('pasteHeading')}</h3>
        <label class="field" for="paste-box">
          <span>{t('pasteLabel')}</span>
        </label>
        <textarea id="paste-box" rows={10} value={text} onInput={(event) => setText(event.currentTarget.value)} />
        <button type="button" class="primary" disabled={busy || !text.trim()} onClick={() => void importPaste()}>
          {t('pasteImport')}
        </button>
        <StatusLine message={pasteStatus} />
      </section>
      <section aria-labelledby="eml-heading">
        <h3 id="eml-heading">{t('emlHeading')}</h3>
        <div
          class={`drop-zone ${dragging ? 'dragging' : ''}`}
          onDragOver={(event) => {
            event.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(event) => {
            event.preventDefault();
            setDragging(false);
            void importFiles(event.dataTransfer?.files ?? null);
          }}
        >
          <p>{t('emlDrop')}</p>
          <label class="field">
            <span>{t('emlChoose')}</span>
            <input type="file" accept=".eml,message/rfc822" multiple disabled={busy} onChange={(event) => void importFiles(event.currentTarget.files)} />
          </label>
        </div>
        {results.length > 0 && (
          <ul class="import-results" aria-label={t('importResults')}>
            {results.map((item, i) => (
              <li key={`${item.name}:${i}`} class={item.error ? 'error' : item.result?.recognised ? 'ok' : 'warn'}>
                <span class="file-name">{item.name}</span>: {item.error ? t('importError', { error: item.error }) : item.result ? describeResult(item.result, t) : ''}
              </li>
            ))}
          </ul>
        )}
      </section>
    </section>
  );
}

/** Files in messages of at most 200 files and about 32 MB: Chrome refuses messages over 64 MiB. */
function batches<T extends { raw: string }>(files: readonly T[]): T[][] {
  const out: T[][] = [];
  let current: T[] = [];
  let size = 0;
  for (const file of files) {
    if (current.length && (current.length === MAX_FILES_PER_MESSAGE || size + file.raw.length > MAX_CHARS_PER_MESSAGE)) {
      out.push(current);
      current = [];
      size = 0;
    }
    current.push(file);
    size += file.raw.length;
  }
  if (current.length) out.push(current);
  return out;
}

function describeResult(result: CaptureResult, t: Translate): string {
  const kind = t(keyOr(`kind.${result.pageKind}`, 'kind.unknown'));
  if (result.duplicate) return t('importDuplicate', { kind });
  if (result.recognised && result.status !== 'failed') return t('importRecognised', { kind });
  return t('importUnrecognised', { reason: tell(result.statusReason, t) });
}
