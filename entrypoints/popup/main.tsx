import { render } from 'preact';
import { I18nProvider } from '../../components/i18n';
import { database } from '../../lib/db';
import { loadMessages } from '../../lib/i18n';
import { App } from './App';
import './style.css';

// Opening IndexedDB takes a round trip to the browser: started now, it runs while the first
// (empty) render happens, before the queries ask for it. A failure surfaces in those queries.
database()
  .open()
  .catch(() => undefined);

// The UI strings (a data file of the package) before the first render, beside the database.
loadMessages().then(
  () =>
    render(
      <I18nProvider>
        <App />
      </I18nProvider>,
      document.getElementById('app')!,
    ),
  (error) => console.error('[Brand Sentry]', error),
);

