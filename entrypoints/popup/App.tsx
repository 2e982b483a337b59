import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { BrandSetup } from '../../components/BrandSetup';
import { CaptureButton } from '../../components/CaptureButton';
import { CaptureList } from '../../components/CaptureList';
import { FlagList } from '../../components/FlagList';
import { FlagTiles } from '../../components/FlagTiles';
import { useI18n } from '../../components/i18n';
import { LanguageSwitcher } from '../../components/LanguageSwitcher';
import { MarketplaceSwitcher } from '../../components/MarketplaceSwitcher';
import { SaveStatusBanner } from '../../components/SaveStatusBanner';
import { useLiveQuery } from '../../components/use-live-query';
import { database } from '../../lib/db';
import type { MessageKey } from '../../lib/i18n';
import { knownAccounts, latestCaptures, popupFlags, popupSetup, seenMarketplaces, unrecognisedCount } from '../../lib/db/queries';
import { AccountSwitcher } from '../../components/AccountSwitcher';
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
  const [account, setAccount] = useState<string | null>(null);
  const flags = useLiveQuery(() => popupFlags(database(), TILES, marketplace, TOP_FLAGS, account), [marketplace, account]);
  const accounts = useLiveQuery(() => knownAccounts(database()), []);
  const marketplaces = useLiveQuery(() => seenMarketplaces(database()), []);
  // A miss must look like a miss: captures no reader understood are counted here, listed in the dashboard.
  const unrecognised = useLiveQuery(() => unrecognisedCount(database()), []);
  const setup = useLiveQuery(() => popupSetup(database(), GUIDE_KINDS), []);
  if (flags === undefined || marketplaces === undefined || unrecognised === undefined || setup === undefined || accounts === undefined) return <p class="muted popup">{t('loading')}</p>;

  const dashboardUrl = browser.runtime.getURL('/dashboard.html');
  return (
    <div class="popup">
      <header class="popup-header">
        <h1>{t('appName')}</h1>
        <LanguageSwitcher />
      </header>
      <SaveStatusBanner />
      {setup.profile.brands.length === 0 && <BrandSetup profile={setup.profile} suggestions={setup.suggestions} />}
      <AccountSwitcher accounts={accounts} value={account} onChange={setAccount} />
      <MarketplaceSwitcher marketplaces={marketplaces} value={marketplace} onChange={setMarketplace} />
      <FlagTiles tiles={flags.tiles} />
      <CaptureButton targetTabId={targetTabId()} accounts={accounts} />
      {setup.guide && <Guide capturedKinds={setup.guide.capturedKinds} nothingCaptured={!setup.captured} />}
      {setup.captured && (
        <>
          <section aria-labelledby="open-flags">
            <h2 id="open-flags">{t('openFlags')}</h2>
            {flags.top.length ? <FlagList flags={flags.top} dashboardUrl={dashboardUrl} knownDomainAges={flags.knownDomainAges} /> : <p class="muted">{t('noOpenFlags')}</p>}
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
            <LatestCaptures />
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

/**
 * The newest captures, in the folded "Latest captures": read after the first frame, by their own
 * query, since a capture row holds the whole page it read.
 */
function LatestCaptures() {
  const captures = useLiveQuery(() => latestCaptures(database(), LATEST), []);
  return captures ? <CaptureList captures={captures} /> : null;
}

/** Where a new user goes first: the pages Brand Sentry reads as they browse, in the order that pays. */
const FIRST_STEPS: ReadonlyArray<{ url: string; label: MessageKey; kinds: readonly string[] }> = [
  { url: 'https://sellercentral.amazon.com/performance/dashboard', label: 'openAccountHealth', kinds: ['account-health', 'product-policies'] },
  { url: 'https://sellercentral.amazon.com/performance/notifications', label: 'openNotifications', kinds: ['performance-notifications'] },
  { url: 'https://sellercentral.amazon.com/inventory', label: 'openListing', kinds: ['inventory', 'listing-editor'] },
  { url: 'https://brandregistry.amazon.com/', label: 'openBrandRegistry', kinds: ['brand-registry', 'brand-relationships'] },
];
const GUIDE_KINDS = FIRST_STEPS.flatMap((step) => step.kinds);

/**
 * What Brand Sentry watches and where to go: shown until the seller has a brand profile and a
 * first capture. The next page is the first one of the steps not yet captured.
 */
function Guide({ capturedKinds, nothingCaptured }: { capturedKinds: ReadonlySet<string>; nothingCaptured: boolean }) {
  const { t } = useI18n();
  const next = FIRST_STEPS.find((step) => !step.kinds.some((kind) => capturedKinds.has(kind)));
  return (
    <section class="empty" aria-labelledby="guide-title">
      <h2 id="guide-title">{nothingCaptured ? t('emptyTitle') : t('watchesTitle')}</h2>
      {next && (
        <p class="next-page">
          <a class="next-step" href={next.url} target="_blank" rel="noreferrer">
            {t('guideNext', { page: t(next.label) })}
          </a>
        </p>
      )}
      {nothingCaptured && <p>{t('emptyBody')}</p>}
      {nothingCaptured && <h3>{t('watchesTitle')}</h3>}
      <ul class="watches">
        <li>{t('watchesBrandControl')}</li>
        <li>{t('watchesTakedowns')}</li>
        <li>{t('watchesComplainants')}</li>
        <li>{t('watchesFollowSellers')}</li>
      </ul>
      <h3>{t('emptyFirstSteps')}</h3>
      <ol class="links">
        {FIRST_STEPS.map(({ url, label, kinds }) => (
          <li key={url} class={kinds.some((kind) => capturedKinds.has(kind)) ? 'done' : undefined}>
            <a href={url} target="_blank" rel="noreferrer">
              {t(label)}
            </a>
          </li>
        ))}
      </ol>
    </section>
  );
}
