import { flagHref } from '../../components/dashboard/route';
import { formatDate } from '../../components/format';
import { NextStepButton } from '../../components/NextStepButton';
import { useI18n } from '../../components/i18n';
import { useLiveQuery } from '../../components/use-live-query';
import { byUrgency } from '../../lib/analyze/severity';
import { database } from '../../lib/db';
import { knownAccounts, knownDomainAges } from '../../lib/db/queries';
import { AccountSwitcher, accountLabel } from '../../components/AccountSwitcher';
import { useState } from 'preact/hooks';
import { explainFinding } from '../../lib/i18n/flag-sentences';
import { type Flag, flagSubjectLabel } from '../../lib/model/flag';

const STATE_ORDER: Record<Flag['state'], number> = { open: 0, acknowledged: 1, resolved: 2 };

/** Every flag, open ones first: the way into a flag's evidence and letters. */
export function FlagsView() {
  const { t, language } = useI18n();
  const [account, setAccount] = useState<string | null>(null);
  const flags = useLiveQuery(() => (account === null ? database().flags.toArray() : database().flags.where('account').equals(account).toArray()), [account]);
  const knownAges = useLiveQuery(() => knownDomainAges(database()), []);
  const accounts = useLiveQuery(() => knownAccounts(database()), []);
  if (flags === undefined || knownAges === undefined || accounts === undefined) return null;
  const names = new Map(accounts.map((known) => [known.id, accountLabel(known)]));
  const sorted = [...flags].sort((a, b) => STATE_ORDER[a.state] - STATE_ORDER[b.state] || byUrgency(a, b));
  return (
    <section aria-labelledby="flags-heading">
      <h2 id="flags-heading">{t('flagsHeading')}</h2>
      <AccountSwitcher accounts={accounts} value={account} onChange={setAccount} />
      {sorted.length === 0 ? (
        <p class="muted">{t('flagsEmpty')}</p>
      ) : (
        <ul class="flag-rows">
          {sorted.map((flag) => (
            <li key={flag.key} class={`flag-row state-${flag.state}`}>
              <span class={`severity-badge severity-${flag.severity}`}>{t(`severity.${flag.severity}`)}</span>
              <a href={flagHref(flag.key)}>
                {t(`flagKind.${flag.kind}`)}: {flagSubjectLabel(flag.subject)}
              </a>
              {accounts.length > 0 && <span class="flag-account">{flag.account === null ? t('unknownAccount') : (names.get(flag.account) ?? flag.account)}</span>}
              <span class="flag-state">{t(`state.${flag.state}`)}</span>
              <span class="muted">{formatDate(flag.lastSeen, language)}</span>
              {flag.state !== 'resolved' && <NextStepButton flag={flag} knownDomainAges={knownAges} />}
              {flag.findings[0] && <p class="flag-reason">{explainFinding(flag.findings[0], language)}</p>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
