import { render } from 'preact';
import { I18nProvider } from '../../components/i18n';
import { App } from './App';
import './style.css';

render(
  <I18nProvider>
    <App />
  </I18nProvider>,
  document.getElementById('app')!,
);
