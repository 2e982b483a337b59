import { useEffect, useMemo } from 'preact/hooks';
import { CaptureEvidence } from '../../components/dashboard/CaptureEvidence';
import { DomainAgeCheck } from '../../components/dashboard/DomainAgeCheck';
import { ExportPack } from '../../components/dashboard/ExportPack';
import { LetterCard } from '../../components/dashboard/LetterCard';
import { OfferHistory } from '../../components/dashboard/OfferHistory';
import { FeaturedOfferSignals } from '../../components/dashboard/FeaturedOfferSignals';
import { flagHref, timelineHref } from '../../components/dashboard/route';
import { formatDateTime } from '../../components/format';
import { useI18n } from '../../components/i18n';
import { useLiveQuery } from '../../components/use-live-query';
import { database } from '../../lib/db';
import { explainFinding } from '../../lib/i18n/flag-sentences';
import { findEvidence, type EvidenceInput } from '../../lib/evidence';
import { keyFacts } from '../../lib/dispute/facts';
import { prioritySentence } from '../../lib/evidence/report-facts';
import { type Flag, flagSubjectLabel } from '../../lib/model/flag';
import { complainantLine } from '../../lib/overview/date-lines';
import { complainantSource } from '../../lib/overview/sources';
import { DateLine } from '../../components/overview/DateLine';
import { FollowSellers } from '../../components/overview/FollowSellers';
import { packFollowSellers } from '../../lib/evidence/report-overview';
import { flagKey } from '../../lib/model/flag-subject';
import { NextStepButton } from '../../components/NextStepButton';
import { DISCLAIMER_EN, DISCLAIMER_ZH, draftLetters } from '../../lib/letters';

/** A flag's page: what and why, the facts that win the dispute, the evidence, the pack and the letters. */
export function FlagView({ flagKey, focus = null }: { flagKey: string; focus?: string | null }) {
  const { t } = useI18n();
  const input = useLiveQuery(() => findEvidence(database(), { kind: 'flag', key: flagKey }), [flagKey]);
  if (input === undefined) return null;
  if (input === null || input.subject.kind !== 'flag') {
    return (
      <section>
        <h2>{t('flagNotFound')}</h2>
        <p>
          <a href="#/flags">{t('navFlags')}</a>
        </p>
      </section>
    );
  }
  return <FlagPage input={input} flag={input.subject.flag} focus={focus} />;
}

/** Sections a next step links to (`?focus=`), by their heading. */
const FOCUS_HEADINGS: Record<string, string> = { letters: 'letters-heading', 'domain-age': 'domain-age-heading', why: 'why-heading' };

function FlagPage({ input, flag, focus }: { input: EvidenceInput; flag: Flag; focus: string | null }) {
  const { t, language } = useI18n();
  useEffect(() => {
    // A next step opened this page at its section: move there and put keyboard focus on its heading.
    // "Draft the appeal" lands on the appeal itself, which comes after the retraction requests.
    const heading =
      focus === 'appeal'
        ? (document.querySelector<HTMLElement>('article.letter[data-letter-id^="appeal-"] h4') ?? document.getElementById('letters-heading'))
        : focus && FOCUS_HEADINGS[focus]
          ? document.getElementById(FOCUS_HEADINGS[focus]!)
          : null;
    if (!heading) return;
    heading.setAttribute('tabindex', '-1');
    heading.focus();
    heading.scrollIntoView({ block: 'start' });
  }, [focus, flag.key]);
  const facts = useMemo(() => keyFacts(input), [input]);
  const letters = useMemo(() => draftLetters(input), [input]);
  const shotsOf = (captureId: string) => input.screenshots.filter((shot) => shot.captureId === captureId);
  const { asin } = flag.subject;
  // Only a complainant's own domain has an age worth checking: a freemail sender's address is
  // its subject instead (its provider's age says nothing), and a rights owner's name has none.
  const complainantDomain = flag.kind === 'suspicious-complainant' ? (flag.subject.domain ?? null) : null;
  const complainant = flag.kind === 'suspicious-complainant' ? (flag.subject.domain ?? flag.subject.address) : undefined;
  const timelineFilter: Record<string, string> = asin ? { asin } : complainant ? { domain: complainant } : {};

  return (
    <article class="flag-page" aria-labelledby="flag-heading">
      <h2 id="flag-heading">
        {t('flagHeading', { kind: t(`flagKind.${flag.kind}`), subject: flagSubjectLabel(flag.subject) })}
      </h2>
      <dl class="facts">
        <dt>{t('flagSeverity')}</dt>
        <dd>
          <span class={`severity-badge severity-${flag.severity}`}>{t(`severity.${flag.severity}`)}</span>
        </dd>
        <dt>{t('flagState')}</dt>
        <dd>{t(`state.${flag.state}`)}</dd>
        <dt>{t('flagSubject')}</dt>
        <dd>{flagSubjectLabel(flag.subject)}</dd>
        {flag.marketplace && (
          <>
            <dt>{t('marketplaceFilter')}</dt>
            <dd>{flag.marketplace}</dd>
          </>
        )}
        <dt>{t('flagSeen')}</dt>
        <dd>
          {formatDateTime(flag.firstSeen, language)}
          {flag.lastSeen !== flag.firstSeen && ` – ${formatDateTime(flag.lastSeen, language)}`}
        </dd>
      </dl>

      <p class="flag-next">
        <NextStepButton flag={flag} knownDomainAges={new Set(input.domainAges.filter((age) => age.status === 'known').map((age) => age.domain))} />
      </p>

      <section aria-labelledby="why-heading">
        <h3 id="why-heading">{t('flagWhy')}</h3>
        <ul class="findings">
          {flag.findings.map((finding, i) => (
            <li key={i}>{explainFinding(finding, language)}</li>
          ))}
        </ul>
        {/* The complainant's dates win a takedown's dispute; on a follow-seller's page they are beside the point. */}
        {flag.kind !== 'follow-seller' && facts.priority.map((fact) => {
          const [en, zh] = prioritySentence(fact);
          return (
            <p key={fact.domain} class={`key-fact ${fact.daysBefore !== null && fact.daysBefore > 0 ? 'winning' : ''}`}>
              {language === 'zh' ? zh : en}
            </p>
          );
        })}
        {flag.kind === 'suspicious-complainant' && <DateLine line={complainantLine(complainantSource(flag), input)} />}
        <p>
          <a href={timelineHref(timelineFilter)}>{t('flagSeeTimeline')}</a>
        </p>
      </section>

      {flag.kind === 'follow-seller' &&
        packFollowSellers(input, input.generatedAt).map((listing) => (
          <section key={listing.listingKey} aria-labelledby="follow-sellers-heading" class="listing-offers">
            <h3 id="follow-sellers-heading">{t('followListingHeading', { asin: listing.asin, marketplace: listing.marketplace })}</h3>
            <FollowSellers listing={listing} hrefOf={(key) => {
              const seller = listing.sellers.find((row) => row.key === key);
              return seller ? flagHref(flagKey('follow-seller', { ...flag.subject, sellerId: seller.sellerId })) : null;
            }} />
          </section>
        ))}
      {flag.kind === 'follow-seller' &&
        input.offerSellers
          .filter((seller) => seller.sellerId === flag.subject.sellerId)
          .map((seller) => <OfferHistory key={seller.key} seller={seller} profile={input.profile} />)}
      {flag.kind === 'follow-seller' && <FeaturedOfferSignals signals={input.featuredOfferSignals ?? []} />}

      {complainantDomain && (
        <DomainAgeCheck domain={complainantDomain} age={input.domainAges.find((age) => age.domain === complainantDomain)} listings={input.listingStates} />
      )}

      <section aria-labelledby="pack-heading" class="pack">
        <h3 id="pack-heading">{t('packHeading')}</h3>
        <p>{t('packExplain')}</p>
        <ExportPack loadRecords={async () => input} label={t('packExport')} />
      </section>

      <section aria-labelledby="evidence-heading">
        <h3 id="evidence-heading">{t('flagEvidence', { count: input.captures.length })}</h3>
        {input.captures.length === 0 && <p class="muted">{t('flagNoEvidence')}</p>}
        {input.captures.map((capture) => (
          <CaptureEvidence key={capture.id} capture={capture} screenshots={shotsOf(capture.id)} />
        ))}
      </section>

      <section aria-labelledby="letters-heading">
        <h3 id="letters-heading">{t('lettersHeading')}</h3>
        <div class="disclaimer">
          <p lang="en">{DISCLAIMER_EN}</p>
          <p lang="zh-CN">{DISCLAIMER_ZH}</p>
        </div>
        {letters.length === 0 ? <p class="muted">{t('lettersNone')}</p> : letters.map((letter) => <LetterCard key={`${letter.id}:${letter.body}`} letter={letter} />)}
      </section>
    </article>
  );
}
