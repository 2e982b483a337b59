import { sendToBackground } from '../lib/send';
import { useI18n } from './i18n';

export function LanguageSwitcher() {
  const { t, setting } = useI18n();
  return (
    <label class="language">
      <span class="visually-hidden">{t('language')}</span>
      <select
        aria-label={t('language')}
        value={setting}
        onChange={(event) => void sendToBackground({ type: 'UItoBG.setSetting', key: 'language', value: event.currentTarget.value })}
      >
        <option value="auto">{t('languageAuto')}</option>
        <option value="en">English</option>
        <option value="zh">简体中文</option>
      </select>
    </label>
  );
}
