import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { database } from '../../lib/db';
import { parseStringList } from '../../lib/string-list';
import { OFFER_CHECK_DAILY_CAP, OFFER_CHECK_KEY, OfferCheckStatus, WATCHED_MARKETPLACES_KEY } from '../../lib/offers/check-status';
import { RETAIL_HOSTS, retailMatchPattern } from '../../lib/hosts';
import type { Translate } from '../../lib/i18n';
import { sendToBackground } from '../../lib/send';
import { useI18n } from '../i18n';
import { useLiveQuery } from '../use-live-query';
import { failure } from '../said';

const MARKETPLACES = Object.keys(RETAIL_HOSTS);

/**
 * The follow-seller watch: which of Amazon's retail sites Brand Sentry may read (each an
 * optional host permission, asked for in the seller's click), "Check offers now", and the daily
 * check (off by default).
 */
export function OfferWatch() {
  const { t } = useI18n();
  const profile = useLiveQuery(async () => (await database().profile.get('me'))?.profile ?? null, []);
  const daily = useLiveQuery(async () => (await database().settings.get('offerDailyCheck'))?.value === 'on', []);
  const run = useLiveQuery(async () => {
    const row = await database().settings.get(OFFER_CHECK_KEY);
    const parsed = row ? OfferCheckStatus.safeParse(JSON.parse(row.value)) : null;
    return parsed?.success ? parsed.data : null;
  }, []);
  const [granted, setGranted] = useState<string[] | null>(null);
  const [choice, setChoice] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const watched = useLiveQuery(async () => parseStringList((await database().settings.get(WATCHED_MARKETPLACES_KEY))?.value), []);

  // Watched and still allowed (the seller may withdraw a host in the browser's own settings).
  useEffect(() => {
    if (!watched) return;
    void Promise.all(watched.map((code) => browser.permissions.contains({ origins: [retailMatchPattern(code)!] }))).then((allowed) => setGranted(watched.filter((_, i) => allowed[i])));
  }, [watched]);
  if (granted === null || profile === undefined || daily === undefined || run === undefined) return null;

  const suggested = profile?.brands.flatMap((brand) => brand.marketplaces).find((code) => RETAIL_HOSTS[code] && !granted.includes(code)) ?? MARKETPLACES.find((code) => !granted.includes(code)) ?? 'US';
  const marketplace = choice ?? suggested;
  const watch = async () => {
    // Asked for in the click itself: browsers allow permission requests only from a user gesture.
    const allowed = await browser.permissions.request({ origins: [retailMatchPattern(marketplace)!] });
    setMessage(allowed ? null : t('offerWatchDenied', { marketplace }));
    if (allowed) await sendToBackground({ type: 'UItoBG.watchOffers', marketplace, on: true });
  };
  const stop = async (code: string) => {
    await sendToBackground({ type: 'UItoBG.watchOffers', marketplace: code, on: false });
    await browser.permissions.remove({ origins: [retailMatchPattern(code)!] });
  };
  const checkNow = async () => {
    const reply = await sendToBackground({ type: 'UItoBG.checkOffers' });
    setMessage(reply.ok ? null : t('offerCheckFailed', { error: failure(reply, t) }));
  };

  return (
    <section aria-labelledby="offer-watch-title" class="offer-watch">
      <h2 id="offer-watch-title">{t('offerWatchTitle')}</h2>
      <p class="muted">{t('offerWatchHelp')}</p>
      {granted.length > 0 && (
        <ul class="offer-watch-granted">
          {granted.map((code) => (
            <li key={code}>
              {t('offerWatchGranted', { marketplace: code })}{' '}
              <button type="button" class="secondary" onClick={() => void stop(code)}>
                {t('offerWatchStop', { marketplace: code })}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div class="actions">
        <label class="visually-hidden" for="offer-watch-marketplace">
          {t('marketplaceFilter')}
        </label>
        <select id="offer-watch-marketplace" value={marketplace} onChange={(event) => setChoice(event.currentTarget.value)}>
          {MARKETPLACES.map((code) => (
            <option key={code} value={code}>
              {code} ({RETAIL_HOSTS[code]})
            </option>
          ))}
        </select>
        <button type="button" class="secondary" onClick={() => void watch()}>
          {t('offerWatchGrant', { marketplace })}
        </button>
      </div>
      {granted.length > 0 && (
        <>
          <div class="actions">
            <button type="button" class="primary" onClick={() => void checkNow()} disabled={run !== null && run.finishedAt === null}>
              {t('offerCheckNow')}
            </button>
          </div>
          <label>
            <input
              type="checkbox"
              checked={daily}
              onChange={(event) => void sendToBackground({ type: 'UItoBG.setSetting', key: 'offerDailyCheck', value: event.currentTarget.checked ? 'on' : 'off' })}
            />{' '}
            {t('offerDailyCheck')}
          </label>
          <p class="muted">{t('offerDailyHelp', { limit: OFFER_CHECK_DAILY_CAP })}</p>
        </>
      )}
      {run && (
        <p role="status" class="offer-check-status">
          {describeRun(run, t)}
        </p>
      )}
      {message && <p role="status">{message}</p>}
    </section>
  );
}

/** The last run in words: running, done, or why it stopped. */
export function describeRun(run: OfferCheckStatus, t: Translate): string {
  if (run.finishedAt === null) return t('offerCheckRunning');
  switch (run.stopped) {
    case 'robot-check':
      return t('offerCheckStoppedRobot', { count: run.checked });
    case 'sign-in':
      return t('offerCheckStoppedSignIn', { count: run.checked });
    case 'daily-cap':
      return t('offerCheckCapped', { limit: OFFER_CHECK_DAILY_CAP });
    case 'no-listings':
      return t('offerCheckNothing');
    case 'error':
      return t('offerCheckFailed', { error: run.error ?? '' });
    default:
      return t('offerCheckDone', { count: run.checked });
  }
}
