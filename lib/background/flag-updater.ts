import { browser } from 'wxt/browser';
import type { BrandSentryDb } from '../db';
import { explainFinding } from '../i18n/flag-sentences';
import type { DomainLists } from '../domains/lists';
import { loadMessages, resolveLanguage, translator } from '../i18n';
import { type Flag, flagSubjectLabel } from '../model/flag';
import { showBadge } from './badge';
import type { RecordCache } from './record-cache';
import type { TabAccounts } from './tab-accounts';
import { recomputeFlags } from './recompute';

/**
 * After every write: recompute flags, update the badge, and (only if the seller turned it on)
 * notify new high flags. Runs one at a time; writes that arrive meanwhile share one more run,
 * so twenty tabs capturing at once cost two recomputes, not twenty.
 */
export function flagUpdater(db: BrandSentryDb, lists: () => Promise<DomainLists>, now: () => number, cache?: RecordCache, tabs?: TabAccounts): () => Promise<void> {
  let queued: Promise<void> | null = null;
  let tail: Promise<void> = Promise.resolve();
  const run = async () => {
    const { badge, badgeOf, newlyOpenHigh } = await recomputeFlags(db, await lists(), now(), cache);
    await showBadge(badge);
    // A tab of a known account counts that account's flags; a closed tab is forgotten.
    for (const [tabId, account] of tabs?.entries() ?? []) await showBadge(badgeOf(account), tabId).catch(() => tabs!.forget(tabId));
    if (newlyOpenHigh.length) await notify(db, newlyOpenHigh);
  };
  return () => {
    if (queued) return queued;
    const next = tail.then(() => {
      queued = null;
      return run();
    });
    queued = next;
    tail = next.catch((error) => console.error('[Brand Sentry] flag recompute failed', error));
    return next;
  };
}

async function notify(db: BrandSentryDb, flags: readonly Flag[]): Promise<void> {
  if ((await db.settings.get('notifyHighFlags'))?.value !== 'on') return;
  if (!browser.notifications || !(await browser.permissions.contains({ permissions: ['notifications'] }))) return;
  await loadMessages();
  const language = resolveLanguage((await db.settings.get('language'))?.value, navigator.language);
  const t = translator(language);
  for (const flag of flags.slice(0, 5)) {
    const finding = flag.findings[0];
    await browser.notifications.create(`brand-sentry:${flag.key}`, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: `${t('appName')}: ${t(`flagKind.${flag.kind}`)}`,
      message: finding ? explainFinding(finding, language) : flagSubjectLabel(flag.subject),
    });
  }
}
