import { render } from 'preact';
import { I18nProvider } from '../../components/i18n';
import { SettingsApp } from './SettingsApp';
import '../popup/style.css';
import './style.css';

render(
  <I18nProvider>
    <SettingsApp />
  </I18nProvider>,
  document.getElementById('app')!,
);
