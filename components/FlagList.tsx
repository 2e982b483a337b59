import { explainFinding } from '../lib/i18n/flag-sentences';
import { type Flag, flagSubjectLabel } from '../lib/model/flag';
import { sendToBackground } from '../lib/send';
import { formatDate } from './format';
import { NextStepButton } from './NextStepButton';
import { useI18n } from './i18n';

/**
 * Open flags, one line each a seller understands: what, about what, why, since when; and a way
 * to say "seen it". Captured values are rendered as text only.
 */
export function FlagList({ flags, dashboardUrl, knownDomainAges = new Set() }: { flags: readonly Flag[]; dashboardUrl: string; knownDomainAges?: ReadonlySet<string> }) {
  const { t, language } = useI18n();
  return (
    <ul class="flags">
      {flags.map((flag) => {
        const [first, ...rest] = flag.findings;
        return (
          <li key={flag.key} class={`flag severity-${flag.severity}`} data-flag-key={flag.key}>
            <div class="flag-head">
              <span class={`severity-badge severity-${flag.severity}`}>{t(`severity.${flag.severity}`)}</span>
              <a class="flag-kind" href={`${dashboardUrl}#/flag/${encodeURIComponent(flag.key)}`} target="_blank" rel="noreferrer">
                {t(`flagKind.${flag.kind}`)}
              </a>
              <span class="flag-subject">{flagSubjectLabel(flag.subject)}</span>
            </div>
            {first && (
              <p class="flag-reason">
                {explainFinding(first, language)}
                {rest.length > 0 && <span class="more"> (+{rest.length})</span>}
              </p>
            )}
            <p class="flag-next">
              <NextStepButton flag={flag} knownDomainAges={knownDomainAges} dashboardUrl={dashboardUrl} />
            </p>
            <div class="flag-foot">
              <span class="flag-date">
                {/* When a follow-seller first appeared on the listing is the first thing a violation report asks for. */}
                {flag.kind === 'follow-seller' && <span class="flag-since">{t('followSellerSince', { date: formatDate(flag.firstSeen, language) })} · </span>}
                {t('evidenceDate', { date: formatDate(flag.lastSeen, language) })}
              </span>
              <button type="button" class="link-button" title={t('acknowledgeHint')} onClick={() => void sendToBackground({ type: 'UItoBG.acknowledgeFlag', key: flag.key })}>
                {t('acknowledge')}
              </button>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
