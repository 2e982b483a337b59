import { useMemo } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { flagHref } from '../../components/dashboard/route';
import { TILES } from '../../components/flag-groups';
import { useI18n } from '../../components/i18n';
import { DateLine } from '../../components/overview/DateLine';
import { FollowSellers } from '../../components/overview/FollowSellers';
import { NextStepButton } from '../../components/NextStepButton';
import { WeeklyChart } from '../../components/overview/WeeklyChart';
import { useLiveQuery } from '../../components/use-live-query';
import { database } from '../../lib/db';
import { BrandProfile } from '../../lib/model/profile';
import { WATCHED_MARKETPLACES_KEY } from '../../lib/offers/check-status';
import { complainantLine } from '../../lib/overview/date-lines';
import { followSellerKey, followSellerListings } from '../../lib/overview/follow-sellers';
import { profileResolver } from '../../lib/profiles';
import { parseStringList } from '../../lib/string-list';
import { complainantSource } from '../../lib/overview/sources';
import { weeklyNotices } from '../../lib/overview/weekly';
import { accountSummaries, type AccountSummary } from '../../lib/overview/accounts';
import { knownAccounts } from '../../lib/db/queries';

/** Where the dashboard opens: the picture of what is happening, then the way into each flag. */
export function OverviewView() {
  const { t } = useI18n();
  const records = useLiveQuery(async () => {
    const db = database();
    const [notices, flags, domainAges, listingStates, profile, accounts, profileRows, offerSellers, offerSnapshots, watched] = await Promise.all([
      db.notices.toArray(),
      db.flags.toArray(),
      db.domainAges.toArray(),
      db.listingStates.toArray(),
      db.profile.get('me'),
      knownAccounts(db),
      db.profile.toArray(),
      db.offerSellers.toArray(),
      db.offerSnapshots.toArray(),
      db.settings.get(WATCHED_MARKETPLACES_KEY),
    ]);
    return {
      notices,
      flags,
      domainAges,
      listingStates,
      profile: profile?.profile ?? BrandProfile.parse({}),
      accounts,
      profileOf: profileResolver(profileRows),
      offerSellers,
      offerSnapshots,
      watching: parseStringList(watched?.value).length > 0,
    };
  }, []);
  const weekly = useMemo(() => records && weeklyNotices(records.notices), [records]);
  const complainants = useMemo(
    () =>
      records?.flags
        .filter((flag) => flag.kind === 'suspicious-complainant' && flag.state !== 'resolved')
        .sort((a, b) => b.lastSeen - a.lastSeen)
        .map((flag) => ({ flag, line: complainantLine(complainantSource(flag), records) })),
    [records],
  );
  // The open follow-seller flags' sellers, by the OfferSeller key their subject names.
  const followSellers = useMemo(() => {
    if (!records) return undefined;
    const flagOf = new Map<string, string>();
    for (const flag of records.flags) {
      const key = flag.kind === 'follow-seller' && flag.state !== 'resolved' ? followSellerKey(flag.subject) : null;
      if (key) flagOf.set(key, flag.key);
    }
    return { flagOf, listings: followSellerListings(new Set(flagOf.keys()), records) };
  }, [records]);
  if (!records || !weekly || !complainants || !followSellers) return null;
  const open = records.flags.filter((flag) => flag.state === 'open');
  const knownDomainAges = new Set(records.domainAges.filter((age) => age.status === 'known').map((age) => age.domain));

  return (
    <div class="overview">
      <h2 class="visually-hidden">{t('overviewHeading')}</h2>
      <div class="overview-top">
        <section aria-labelledby="chart-heading" class="overview-chart">
          <h3 id="chart-heading">{t('overviewChartHeading')}</h3>
          <p class="muted">{t('overviewChartExplain')}</p>
          <WeeklyChart data={weekly} />
        </section>
        <section aria-labelledby="open-heading" class="overview-open">
          <h3 id="open-heading">{t('overviewOpenFlags')}</h3>
          <ul class="open-counts">
            {TILES.map((tile) => {
              const count = open.filter((flag) => tile.kinds.includes(flag.kind)).length;
              return (
                <li key={tile.id} class={count ? 'has-open' : 'clear'} data-tile={tile.id}>
                  <span class="open-count">{count}</span> {t(tile.label)}
                </li>
              );
            })}
          </ul>
          <p>
            <a href="#/flags">{t('overviewAllFlags')}</a>
          </p>
        </section>
      </div>

      {records.accounts.length > 0 && <AccountsOverview summaries={accountSummaries(records.flags, records.accounts)} />}

      <section aria-labelledby="complainants-heading">
        <h3 id="complainants-heading">{t('overviewComplainantsHeading')}</h3>
        <p class="muted">{t('overviewComplainantsExplain')}</p>
        {complainants.length === 0 && <p class="muted">{t('overviewComplainantsNone')}</p>}
        {complainants.map(({ flag, line }) => (
          <article key={flag.key} class="complainant" data-complainant={line.complainant} aria-labelledby={`complainant-${flag.key}`}>
            <h4 id={`complainant-${flag.key}`}>
              <a href={flagHref(flag.key)}>{line.complainant}</a>
            </h4>
            <DateLine line={line} />
            <p class="flag-next">
              <NextStepButton flag={flag} knownDomainAges={knownDomainAges} />
            </p>
            {line.domain !== null && !line.events.some((event) => event.kind === 'domain-registered') && (
              <p class="next-step-hint">
                {t('overviewCheckAge')} <a href={flagHref(flag.key)}>{t('overviewOpenFlag')}</a>
              </p>
            )}
          </article>
        ))}
      </section>

      <section aria-labelledby="follow-sellers-heading">
        <h3 id="follow-sellers-heading">{t('overviewFollowSellersHeading')}</h3>
        <p class="muted">{t('overviewFollowSellersExplain')}</p>
        {followSellers.listings.length === 0 && (
          <p class="muted">
            {t('overviewFollowSellersNone')}{' '}
            {!records.watching && (
              <>
                {t('overviewFollowSellersNotWatched')} <a href={browser.runtime.getURL('/options.html')}>{t('overviewOpenSettings')}</a>
              </>
            )}
          </p>
        )}
        {followSellers.listings.map((listing) => (
          <article key={`${listing.account ?? ''}|${listing.listingKey}`} class="listing-offers" data-listing={listing.listingKey} aria-labelledby={`offers-${listing.listingKey}`}>
            <h4 id={`offers-${listing.listingKey}`}>{t('followListing', { asin: listing.asin, marketplace: listing.marketplace })}</h4>
            <FollowSellers listing={listing} hrefOf={(key) => {
              const flag = followSellers.flagOf.get(key);
              return flag ? flagHref(flag) : null;
            }} />
            {(() => {
              // The next step of the seller who hurts most: the one holding the featured offer, else the first who came.
              const seller = listing.sellers.find((row) => row.featured) ?? listing.sellers[0];
              const flag = seller && records.flags.find((row) => row.key === followSellers.flagOf.get(seller.key));
              return flag ? (
                <p class="flag-next">
                  <NextStepButton flag={flag} knownDomainAges={knownDomainAges} />
                </p>
              ) : null;
            })()}
          </article>
        ))}
      </section>
    </div>
  );
}

/** Each selling account's open flags by kind and worst severity, most urgent first (an agency's first look). */
function AccountsOverview({ summaries }: { summaries: readonly AccountSummary[] }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="accounts-heading" class="overview-accounts">
      <h3 id="accounts-heading">{t('accountsHeading')}</h3>
      <p class="muted">{t('accountsExplain')}</p>
      {summaries.every((summary) => summary.open === 0) && <p class="muted">{t('accountsNone')}</p>}
      <ul class="account-rows">
        {summaries.map((summary) => (
          <li key={summary.account ?? ''} class={`account-row ${summary.worst ? `worst-${summary.worst}` : 'clear'}`} data-account={summary.account ?? ''}>
            <span class="account-name">{summary.name ?? summary.account ?? t('unknownAccount')}</span>{' '}
            <span class="account-open">{t('accountOpenCount', { count: summary.open })}</span>
            {summary.worst && <span class={`severity-badge severity-${summary.worst}`}>{t('accountWorst', { severity: t(`severity.${summary.worst}`) })}</span>}
            {summary.kinds.length > 0 && (
              <ul class="account-kinds">
                {summary.kinds.map((kind) => (
                  <li key={kind.kind} data-kind={kind.kind} data-worst={kind.worst}>
                    {t('accountKindCount', { kind: t(`flagKind.${kind.kind}`), count: kind.count })}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
