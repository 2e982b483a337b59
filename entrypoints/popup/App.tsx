import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { CaptureButton } from '../../components/CaptureButton';
import { CaptureList } from '../../components/CaptureList';
import { inMarketplace, sortForAttention } from '../../components/flag-groups';
import { FlagList } from '../../components/FlagList';
import { FlagTiles } from '../../components/FlagTiles';
import { useI18n } from '../../components/i18n';
import { LanguageSwitcher } from '../../components/LanguageSwitcher';
import { MarketplaceSwitcher } from '../../components/MarketplaceSwitcher';
import { useLiveQuery } from '../../components/use-live-query';
import { database } from '../../lib/db';

const LATEST = 5;

/** Tests open the popup as a page aimed at one tab (`?tabId=`); the toolbar popup has none. */
function targetTabId(): number | null {
  const value = new URLSearchParams(location.search).get('tabId');
  return value && /^\d+$/.test(value) ? Number(value) : null;
}

/** At a glance: is anything wrong, how bad, and why. Reads only indexed slices, so it opens fast on a big database. */
export function App() {
  const { t } = useI18n();
  const [marketplace, setMarketplace] = useState<string | null>(null);
  const open = useLiveQuery(() => database().flags.where('state').equals('open').toArray(), []);
  const captures = useLiveQuery(() => database().captures.orderBy('capturedAt').reverse().limit(LATEST).toArray(), []);
  const seenMarketplaces = useLiveQuery(() => database().captures.orderBy('marketplace').uniqueKeys(), []);
  if (open === undefined || captures === undefined || seenMarketplaces === undefined) return <p class="muted popup">{t('loading')}</p>;

  const shown = sortForAttention(open.filter((flag) => inMarketplace(flag, marketplace)));
  const marketplaces = [...new Set([...seenMarketplaces.map(String), ...open.map((flag) => flag.marketplace).filter((m): m is string => !!m)])].sort();
  const dashboardUrl = browser.runtime.getURL('/dashboard.html');
  return (
    <div class="popup">
      <header class="popup-header">
        <h1>{t('appName')}</h1>
        <LanguageSwitcher />
      </header>
      <MarketplaceSwitcher marketplaces={marketplaces} value={marketplace} onChange={setMarketplace} />
      <FlagTiles open={shown} />
      <CaptureButton targetTabId={targetTabId()} />
      {captures.length === 0 ? (
        <EmptyState />
      ) : (
        <>
          <section aria-labelledby="open-flags">
            <h2 id="open-flags">{t('openFlags')}</h2>
            {shown.length ? <FlagList flags={shown} dashboardUrl={dashboardUrl} /> : <p class="muted">{t('noOpenFlags')}</p>}
          </section>
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

function EmptyState() {
  const { t } = useI18n();
  return (
    <section class="empty">
      <h2>{t('emptyTitle')}</h2>
      <p>{t('emptyBody')}</p>
      <h3>{t('emptyFirstSteps')}</h3>
      <ol class="links">
        <li>
          <a href="https://sellercentral.amazon.com/performance/dashboard" target="_blank" rel="noreferrer">{t('openAccountHealth')}</a>
        </li>
        <li>
          <a href="https://sellercentral.amazon.com/performance/notifications" target="_blank" rel="noreferrer">{t('openNotifications')}</a>
        </li>
        <li>
          <a href="https://sellercentral.amazon.com/inventory" target="_blank" rel="noreferrer">{t('openListing')}</a>
        </li>
        <li>
          <a href="https://brandregistry.amazon.com/" target="_blank" rel="noreferrer">{t('openBrandRegistry')}</a>
        </li>
      </ol>
    </section>
  );
}
