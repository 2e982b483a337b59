import { amazonDomain } from './marketplaces';
import type { Flag } from './model/flag';

/** What a seller does next about a flag, as one button. */
export type NextStepAction = 'draft-retraction' | 'draft-appeal' | 'check-domain-age' | 'report-violation' | 'open-listing' | 'report-phishing' | 'open-flag';

export interface NextStep {
  action: NextStepAction;
  /** A dashboard route (`#/flag/...?focus=...`) or an address outside the extension. */
  href: string;
  /** true: the href leaves the extension (Amazon's pages, the mail client). */
  external: boolean;
}

/** Brand Registry's home, where its "Report a violation" tool is; no public page gave the tool's own address. */
const BRAND_REGISTRY = 'https://brandregistry.amazon.com/';
/** Where Amazon's help on spoofed e-mails asks for suspected phishing to be forwarded. */
const REPORT_PHISHING = 'mailto:stop-spoofing@amazon.com';

/**
 * The one next step for a flag: a takedown's retraction request (or appeal), a complainant's domain age
 * (until it is known, then the retraction request it supports), the listing whose brand is
 * being taken, a fake notice forwarded to Amazon, a follow-seller reported. Pure.
 */
export function nextStep(flag: Pick<Flag, 'key' | 'kind' | 'subject' | 'findings'>, knownDomainAges: ReadonlySet<string>): NextStep {
  const onFlag = (focus: string, action: NextStepAction): NextStep => ({ action, href: `#/flag/${encodeURIComponent(flag.key)}?focus=${focus}`, external: false });
  switch (flag.kind) {
    case 'listing-takedown':
      // Only a notice with a complaint ID names the rights owner a retraction request goes to;
      // an Account Health row or an inventory status does not, and the appeal goes to Amazon.
      return flag.findings.some((finding) => finding.facts.complaintId) ? onFlag('letters', 'draft-retraction') : onFlag('appeal', 'draft-appeal');
    case 'suspicious-complainant': {
      // A freemail sender's address and a rights owner's name have no domain whose age would tell.
      const domain = flag.subject.domain;
      return domain && !knownDomainAges.has(domain) ? onFlag('domain-age', 'check-domain-age') : onFlag('letters', 'draft-retraction');
    }
    case 'hijacked-brand-control': {
      const { asin, marketplace } = flag.subject;
      const domain = asin ? amazonDomain(marketplace ?? null) : null;
      return asin && domain ? { action: 'open-listing', href: `https://www.${domain}/dp/${asin}`, external: true } : { action: 'report-violation', href: BRAND_REGISTRY, external: true };
    }
    case 'spoofed-notice':
      return { action: 'report-phishing', href: REPORT_PHISHING, external: true };
    default:
      // A follow-seller on your listing, and any kind added later: Brand Registry's violation report.
      return flag.kind === 'follow-seller' ? { action: 'report-violation', href: BRAND_REGISTRY, external: true } : onFlag('why', 'open-flag');
  }
}
