import { render } from 'preact';
import { I18nProvider } from '../../components/i18n';
import { DashboardApp } from '../../entrypoints/dashboard/App';
import { database } from '../../lib/db';
import { capture, complainantFlag, domainAge, listingState, notice, profile, screenshot } from './evidence-fixture';

export { until } from '../helpers/until';

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

/** The records of the brand-named complainant's takedown (evidence-fixture), stored for a dashboard test. */
export async function seedFlagRecords() {
  const db = database();
  await db.captures.put(capture());
  await db.screenshots.put(screenshot);
  await db.notices.put(notice());
  await db.listingStates.put(listingState);
  await db.domainAges.put(domainAge);
  await db.flags.put(complainantFlag);
  await db.profile.put({ id: 'me', account: null, profile, updatedAt: 1 });
}
