import { render } from 'preact';
import { I18nProvider } from '../../components/i18n';
import { DashboardApp } from '../../entrypoints/dashboard/App';

export async function until(check: () => boolean, what: string) {
  for (let i = 0; i < 200; i++) {
    if (check()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`timed out waiting for ${what}; page shows: ${document.body.textContent?.slice(0, 2000)}`);
}

export function mountDashboard(hash: string): HTMLElement {
  location.hash = hash;
  const root = document.createElement('div');
  document.body.append(root);
  render(
    <I18nProvider>
      <DashboardApp />
    </I18nProvider>,
    root,
  );
  return root;
}

export function unmount() {
  for (const child of [...document.body.children]) render(null, child);
  document.body.innerHTML = '';
}

/** Sets a file input's files as a user choosing them would, then fires change. */
export function chooseFiles(input: HTMLInputElement, files: File[]) {
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}
