import { useEffect } from 'preact/hooks';
import { useI18n } from '../../components/i18n';
import { LanguageSwitcher } from '../../components/LanguageSwitcher';
import { type Route, useHashRoute } from '../../components/dashboard/route';
import type { MessageKey } from '../../lib/i18n';
import { BackupView } from './BackupView';
import { FlagsView } from './FlagsView';
import { FlagView } from './FlagView';
import { ImportView } from './ImportView';
import { OverviewView } from './OverviewView';
import { TimelineView } from './TimelineView';
import { UnrecognisedView } from './UnrecognisedView';

const NAV: ReadonlyArray<{ href: string; view: Route['view']; label: MessageKey }> = [
  { href: '#/', view: 'overview', label: 'navOverview' },
  { href: '#/flags', view: 'flags', label: 'navFlags' },
  { href: '#/timeline', view: 'timeline', label: 'navTimeline' },
  { href: '#/unrecognised', view: 'unrecognised', label: 'navUnrecognised' },
  { href: '#/import', view: 'import', label: 'navImport' },
  { href: '#/backup', view: 'backup', label: 'navBackup' },
];

/** The dashboard: history, flag details with evidence and letters, imports, backup. */
export function DashboardApp() {
  const { t } = useI18n();
  const route = useHashRoute();
  useEffect(() => {
    document.title = `${t('dashboardTitle')} · ${t(NAV.find((item) => item.view === route.view)?.label ?? 'navFlags')}`;
  }, [route.view, t]);
  return (
    <div class="dashboard">
      <a class="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header class="dashboard-header">
        <h1>{t('dashboardTitle')}</h1>
        <LanguageSwitcher />
      </header>
      <nav aria-label={t('navLabel')}>
        <ul>
          {NAV.map((item) => (
            <li key={item.view}>
              <a href={item.href} aria-current={route.view === item.view || (item.view === 'flags' && route.view === 'flag') ? 'page' : undefined}>
                {t(item.label)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" tabIndex={-1}>
        <View route={route} />
      </main>
    </div>
  );
}

function View({ route }: { route: Route }) {
  switch (route.view) {
    case 'overview':
      return <OverviewView />;
    case 'flags':
      return <FlagsView />;
    case 'flag':
      return <FlagView key={route.key} flagKey={route.key} focus={route.focus} />;
    case 'timeline':
      return <TimelineView query={route.query} />;
    case 'unrecognised':
      return <UnrecognisedView />;
    case 'import':
      return <ImportView />;
    case 'backup':
      return <BackupView />;
  }
}
