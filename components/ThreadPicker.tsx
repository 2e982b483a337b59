import type { ThreadMessage } from '../lib/mail-capture';
import { useI18n } from './i18n';

/**
 * A webmail thread with several open messages: one button per message, newest first, the one
 * just captured pressed. Picking another captures that message (every field from it). Text only.
 */
export function ThreadPicker({ messages, disabled, onPick }: { messages: readonly ThreadMessage[]; disabled: boolean; onPick: (index: number) => void }) {
  const { t } = useI18n();
  return (
    <fieldset class="thread-picker">
      <legend>{t('threadMessages', { count: messages.length })}</legend>
      <ol>
        {messages.map((message) => (
          <li key={message.index}>
            <button type="button" class="secondary" aria-pressed={message.chosen} disabled={disabled} onClick={() => onPick(message.index)}>
              {message.address ?? t('senderUnknown')}
              {message.date ? ` · ${message.date}` : ''}
            </button>
          </li>
        ))}
      </ol>
    </fieldset>
  );
}
