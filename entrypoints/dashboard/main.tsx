import { render } from 'preact';
import { I18nProvider } from '../../components/i18n';
import { DashboardApp } from './App';
import './style.css';

render(
  <I18nProvider>
    <DashboardApp />
  </I18nProvider>,
  document.getElementById('app')!,
);
