import { type Flag, flagSubjectLabel } from '../lib/model/flag';
import { nextStep } from '../lib/next-step';
import { useI18n } from './i18n';

/**
 * A flag's next step as a button-like link: into the flag's page at the right section (from the
 * popup, in a new tab) or out to Amazon. Its accessible name says which flag it is for.
 */
export function NextStepButton({ flag, knownDomainAges, dashboardUrl = '' }: { flag: Flag; knownDomainAges: ReadonlySet<string>; dashboardUrl?: string }) {
  const { t } = useI18n();
  const step = nextStep(flag, knownDomainAges);
  const label = t(`nextStep.${step.action}`);
  const href = step.external ? step.href : `${dashboardUrl}${step.href}`;
  const newTab = step.external || dashboardUrl !== '';
  return (
    <a
      class="next-step"
      data-step={step.action}
      href={href}
      aria-label={t('nextStepLabel', { step: label, flag: `${t(`flagKind.${flag.kind}`)} ${flagSubjectLabel(flag.subject)}`.trim() })}
      {...(newTab && !href.startsWith('mailto:') ? { target: '_blank', rel: 'noreferrer' } : {})}
    >
      {label}
    </a>
  );
}
