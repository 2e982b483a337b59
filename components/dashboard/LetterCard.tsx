import { useRef, useState } from 'preact/hooks';
import { keyOr } from '../../lib/i18n';
import type { Letter } from '../../lib/letters';
import { useI18n } from '../i18n';
import { StatusLine } from './StatusLine';

/** One letter draft: editable, copied in one click; the Chinese guidance beside it. */
export function LetterCard({ letter }: { letter: Letter }) {
  const { t } = useI18n();
  const [body, setBody] = useState(letter.body);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const id = `letter-${letter.id}`;

  const copy = async () => {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(body);
      setStatus({ ok: true, text: t('copied') });
    } catch {
      // Refused (no focus, no permission): select the text so Ctrl+C works.
      textarea.current?.focus();
      textarea.current?.select();
      setStatus({ ok: false, text: t('copyRefused') });
    }
  };

  return (
    <article class="letter" data-letter-id={letter.id}>
      <h4>{t(keyOr(`letter.${letter.kind}`, 'letter.appeal'))}</h4>
      <p class="muted letter-title" lang="en">
        {letter.title}
      </p>
      <div class="letter-columns">
        <div class="letter-draft">
          <label class="field">
            <span>{t('letterTo')}</span>
            <input type="text" readOnly value={letter.to} lang="en" />
          </label>
          <label class="field">
            <span>{t('letterSubject')}</span>
            <input type="text" readOnly value={letter.subject} lang="en" />
          </label>
          <label class="field" for={id}>
            <span>{t('letterBody')}</span>
          </label>
          <textarea id={id} ref={textarea} rows={18} lang="en" value={body} onInput={(event) => setBody(event.currentTarget.value)} />
          <div class="actions">
            <button type="button" class="primary" onClick={() => void copy()}>
              {t('copyLetter')}
            </button>
            {body !== letter.body && (
              <button type="button" class="secondary" onClick={() => setBody(letter.body)}>
                {t('resetLetter')}
              </button>
            )}
          </div>
          <StatusLine message={status} />
          <p class="muted how-to-send" lang="en">
            {letter.howToSend}
          </p>
        </div>
        <div class="letter-guidance">
          <h5>{t('guidanceLabel')}</h5>
          <p lang="zh-CN">{letter.guidanceZh}</p>
        </div>
      </div>
    </article>
  );
}
