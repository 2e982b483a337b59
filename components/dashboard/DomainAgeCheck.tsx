import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { rdapHostPermission, rdapServerFor } from '../../lib/domains/rdap';
import { bundledRdapBootstrap } from '../../lib/domains/rdap-bundled';
import type { DomainAge } from '../../lib/model/domain-intel';
import type { ListingState } from '../../lib/model/listing-state';
import { loadParserData } from '../../lib/parser-data';
import { sendToBackground } from '../../lib/send';
import { formatDate } from '../format';
import { failure, tell } from '../said';
import { useI18n } from '../i18n';

/**
 * "Check domain age": the opt-in RDAP look-up of a complainant's domain. The host permission of
 * that one registry server is requested in the click itself (browsers only allow permission
 * requests from a user gesture), then the background asks and stores the answer.
 */
export function DomainAgeCheck({ domain, age, listings }: { domain: string; age: DomainAge | undefined; listings: readonly ListingState[] }) {
  const { t, language } = useI18n();
  const [server, setServer] = useState<string | null | undefined>(undefined);
  const [status, setStatus] = useState<string | null>(null);
  useEffect(() => {
    // rdapServerFor reads the domain's registrable part: the public-suffix rules first.
    Promise.all([bundledRdapBootstrap(), loadParserData()])
      .then(([bootstrap]) => setServer(rdapServerFor(domain, bootstrap)))
      .catch(() => setServer(null));
  }, [domain]);
  if (server === undefined) return null;

  const check = async () => {
    if (!server) return;
    const granted = await browser.permissions.request({ origins: [rdapHostPermission(server)] });
    if (!granted) return setStatus(t('domainAgeDenied'));
    setStatus(t('domainAgeChecking'));
    const reply = await sendToBackground({ type: 'UItoBG.checkDomainAge', domain });
    setStatus(reply.ok ? null : failure(reply, t));
  };
  const firstSeen = [...listings].sort((a, b) => a.firstSeenAt - b.firstSeenAt)[0];

  return (
    <section class="domain-age" aria-labelledby="domain-age-heading">
      <h3 id="domain-age-heading">{t('domainAgeHeading')}</h3>
      {age?.status === 'known' && age.createdAt !== null ? (
        <p class="domain-age-known">
          <strong>{t('domainAgeKnown', { domain, date: formatDate(age.createdAt, language), registrar: age.registrar ? ` (${age.registrar})` : '' })}</strong>
          {firstSeen && ` ${t('domainAgeListing', { asin: firstSeen.asin ?? firstSeen.sku ?? '', date: formatDate(firstSeen.firstSeenAt, language) })}`}
        </p>
      ) : age ? (
        <p class="domain-age-unknown">{t('domainAgeUnknown', { domain, reason: tell(age.reason, t) })}</p>
      ) : null}
      {server ? (
        <>
          {!age && <p class="muted">{t('domainAgeExplain', { domain, server: new URL(server).host })}</p>}
          <button type="button" class="secondary" onClick={() => void check()}>
            {age ? t('domainAgeCheckAgain') : t('domainAgeCheck')}
          </button>
        </>
      ) : (
        <p class="muted">{t('domainAgeNoServer', { domain })}</p>
      )}
      {status && <p role="status">{status}</p>}
    </section>
  );
}
