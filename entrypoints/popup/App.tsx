import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { CaptureButton } from '../../components/CaptureButton';
import { CaptureList } from '../../components/CaptureList';
import { FlagList } from '../../components/FlagList';
import { FlagTiles } from '../../components/FlagTiles';
import { useI18n } from '../../components/i18n';
import { LanguageSwitcher } from '../../components/LanguageSwitcher';
import { MarketplaceSwitcher } from '../../components/MarketplaceSwitcher';
import { useLiveQuery } from '../../components/use-live-query';
import { database } from '../../lib/db';
import type { MessageKey } from '../../lib/i18n';
import { latestCaptures, popupFlags, seenMarketplaces, unrecognisedCount } from '../../lib/db/queries';
import { TILES } from '../../components/flag-groups';

const LATEST = 5;
/** The popup is for a glance: the most urgent flags; the dashboard holds the rest. */
const TOP_FLAGS = 8;

/** Tests open the popup as a page aimed at one tab (`?tabId=`); the toolbar popup has none. */
function targetTabId(): number | null {
  const value = new URLSearchParams(location.search).get('tabId');
  return value && /^\d+$/.test(value) ? Number(value) : null;
}

/** At a glance: is anything wrong, how bad, and why. Reads only indexed slices, so it opens fast on a big database. */
export function App() {
  const { t } = useI18n();
  const [marketplace, setMarketplace] = useState<string | null>(null);
  const flags = useLiveQuery(() => popupFlags(database(), TILES, marketplace, TOP_FLAGS), [marketplace]);
  const captures = useLiveQuery(() => latestCaptures(database(), LATEST), []);
  const marketplaces = useLiveQuery(() => seenMarketplaces(database()), []);
  // A miss must look like a miss: captures no reader understood are counted here, listed in the dashboard.
  const unrecognised = useLiveQuery(() => unrecognisedCount(database()), []);
  if (flags === undefined || captures === undefined || marketplaces === undefined || unrecognised === undefined) return <p class="muted popup">{t('loading')}</p>;

  const dashboardUrl = browser.runtime.getURL('/dashboard.html');
  return (
    <div class="popup">
      <header class="popup-header">
        <h1>{t('appName')}</h1>
        <LanguageSwitcher />
      </header>
      <MarketplaceSwitcher marketplaces={marketplaces} value={marketplace} onChange={setMarketplace} />
      <FlagTiles tiles={flags.tiles} />
      <CaptureButton targetTabId={targetTabId()} />
      {captures.length === 0 ? (
        <EmptyState />
      ) : (
        <>
          <section aria-labelledby="open-flags">
            <h2 id="open-flags">{t('openFlags')}</h2>
            {flags.top.length ? <FlagList flags={flags.top} dashboardUrl={dashboardUrl} /> : <p class="muted">{t('noOpenFlags')}</p>}
            {flags.total > flags.top.length && (
              <p class="more-flags">
                <a href={dashboardUrl} target="_blank" rel="noreferrer">
                  {t('moreFlags', { count: flags.total - flags.top.length })}
                </a>
              </p>
            )}
          </section>
          {unrecognised > 0 && (
            <p class="unrecognised-count">
              <a href={`${dashboardUrl}#/unrecognised`} target="_blank" rel="noreferrer">
                {t('unrecognisedCount', { count: unrecognised })}
              </a>
            </p>
          )}
          <details class="latest">
            <summary>{t('latestCaptures')}</summary>
            <CaptureList captures={captures} />
          </details>
        </>
      )}
      <p class="dashboard-link">
        <a href={dashboardUrl} target="_blank" rel="noreferrer">
          {t('openDashboard')}
        </a>
      </p>
    </div>
  );
}

/** Where a new user goes first: the pages Brand Sentry reads as they browse. */
const FIRST_STEPS: ReadonlyArray<{ url: string; label: MessageKey }> = [
  { url: 'https://sellercentral.amazon.com/performance/dashboard', label: 'openAccountHealth' },
  { url: 'https://sellercentral.amazon.com/performance/notifications', label: 'openNotifications' },
  { url: 'https://sellercentral.amazon.com/inventory', label: 'openListing' },
  { url: 'https://brandregistry.amazon.com/', label: 'openBrandRegistry' },
];

function EmptyState() {
  const { t } = useI18n();
  return (
    <section class="empty">
      <h2>{t('emptyTitle')}</h2>
      <p>{t('emptyBody')}</p>
      <h3>{t('emptyFirstSteps')}</h3>
      <ol class="links">
        {FIRST_STEPS.map(({ url, label }) => (
          <li key={url}>
            <a href={url} target="_blank" rel="noreferrer">
              {t(label)}
            </a>
          </li>
        ))}
      </ol>
    </section>
  );
}
