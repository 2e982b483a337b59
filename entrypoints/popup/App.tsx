import { CaptureButton } from '../../components/CaptureButton';
import { CaptureList } from '../../components/CaptureList';
import { useI18n } from '../../components/i18n';
import { LanguageSwitcher } from '../../components/LanguageSwitcher';
import { useLiveQuery } from '../../components/use-live-query';
import { database } from '../../lib/db';

const LATEST = 8;

/** Tests open the popup as a page aimed at one tab (`?tabId=`); the toolbar popup has none. */
function targetTabId(): number | null {
  const value = new URLSearchParams(location.search).get('tabId');
  return value && /^\d+$/.test(value) ? Number(value) : null;
}

export function App() {
  const { t } = useI18n();
  const captures = useLiveQuery(() => database().captures.orderBy('capturedAt').reverse().limit(LATEST).toArray(), []);
  return (
    <div class="popup">
      <header class="popup-header">
        <h1>{t('appName')}</h1>
        <LanguageSwitcher />
      </header>
      <CaptureButton targetTabId={targetTabId()} />
      {captures === undefined ? (
        <p class="muted">{t('loading')}</p>
      ) : captures.length === 0 ? (
        <EmptyState />
      ) : (
        <section>
          <h2>{t('latestCaptures')}</h2>
          <CaptureList captures={captures} />
        </section>
      )}
    </div>
  );
}

function EmptyState() {
  const { t } = useI18n();
  return (
    <section class="empty">
      <h2>{t('emptyTitle')}</h2>
      <p>{t('emptyBody')}</p>
      <p class="links">
        <a href="https://sellercentral.amazon.com/performance/dashboard" target="_blank" rel="noreferrer">
          {t('openAccountHealth')}
        </a>
        <a href="https://sellercentral.amazon.com/performance/notifications" target="_blank" rel="noreferrer">
          {t('openNotifications')}
        </a>
      </p>
    </section>
  );
}
