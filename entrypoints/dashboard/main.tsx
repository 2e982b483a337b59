import { render } from 'preact';
import { I18nProvider } from '../../components/i18n';
import { DashboardApp } from './App';
import { loadMessages } from '../../lib/i18n';
import './style.css';

// The UI strings are a data file of the package: loaded before the first render.
loadMessages().then(
  () =>
    render(
      <I18nProvider>
        <DashboardApp />
      </I18nProvider>,
      document.getElementById('app')!,
    ),
  (error) => console.error('[Brand Sentry]', error),
);
