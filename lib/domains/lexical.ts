/**
 * What a complainant's domain name alone gives away (offline): the seller's brand inside it,
 * a look-alike of the seller's own domain, a free or throwaway mail domain.
 *
 * Brand matching rule: brand names and aliases are compared as skeletons (skeleton.ts: case,
 * spaces, hyphens, dots, digits for letters, confusables, accents folded). A name of 4+
 * skeleton characters matches anywhere inside the host left of its public suffix
 * (`lumora-official.co.uk`, `lumorashop-uk.com`, `lum0ra.cn`). A name of 3 or fewer matches
 * only a whole token between separators (`zeb-shop.com` for Zeb, not `zebra.com`): short names
 * sit inside too many innocent words. Names whose skeleton is under 2 characters never match.
 */
import { getPublicSuffix } from 'tldts-icann';
import type { FlagFinding } from '../model/flag';
import type { BrandProfile } from '../model/profile';
import type { DomainLists } from './lists';
import { lookalikeFuzzer } from './lookalike';
import { hostOf, registrableDomain, toAscii, toUnicode } from './registrable';
import { nameSkeleton, tokenSkeletons } from './skeleton';

const SHORT_BRAND = 3;

/** The seller's official hosts (lower case Unicode, `www.` dropped), to never flag them. */
export function officialHosts(profile: BrandProfile): string[] {
  return [
    ...new Set(
      profile.brands.flatMap((brand) =>
        brand.officialDomains.map((entry) => (hostOf(entry.includes('@') || entry.includes('/') ? entry : `x@${entry}`) ?? '').replace(/^www\./, '')).filter(Boolean),
      ),
    ),
  ];
}

/** True when the host is one of the official domains or a subdomain of one. */
export function isOfficialDomain(domain: string, profile: BrandProfile): boolean {
  const host = hostOf(domain.includes('@') || domain.includes('/') ? domain : `x@${domain}`);
  if (!host) return false;
  const registrable = registrableDomain(host);
  return officialHosts(profile).some((official) => host === official || host.endsWith(`.${official}`) || registrable === official);
}

/** 'freemail' | 'disposable' | null for a domain (any host under a listed registrable domain). */
export function mailKind(domain: string, lists: DomainLists): 'freemail' | 'disposable' | null {
  const registrable = registrableDomain(domain.includes('@') ? domain : `x@${domain}`);
  const ascii = registrable ? toAscii(registrable) : null;
  if (!ascii) return null;
  if (lists.disposable.has(ascii)) return 'disposable';
  if (lists.freemail.has(ascii)) return 'freemail';
  return null;
}

/** Does a brand name (or alias) appear in this host, by the rule at the top of this file? */
export function brandAppearsIn(host: string, brandName: string, confusables: ReadonlyMap<string, string>): boolean {
  const brand = nameSkeleton(brandName, confusables);
  if (brand.length < 2) return false;
  const ascii = toAscii(host);
  const suffix = ascii ? getPublicSuffix(ascii, { allowPrivateDomains: false }) : null;
  if (!ascii || !suffix || ascii.length <= suffix.length + 1) return false;
  const left = toUnicode(ascii.slice(0, -(suffix.length + 1)));
  if (brand.length <= SHORT_BRAND) return tokenSkeletons(left, confusables).includes(brand);
  return nameSkeleton(left, confusables).includes(brand);
}

/**
 * Findings for one complainant domain (host, registrable domain or e-mail address; Unicode or
 * punycode). Facts: brand-named-domain {domain, brand, name[, punycode]}; lookalike-domain
 * {domain, official, fuzzer, brand[, punycode]}; freemail-domain {domain, kind}.
 */
export function lexicalFindings(domain: string, profile: BrandProfile, lists: DomainLists): FlagFinding[] {
  const input = domain.includes('@') || domain.includes('/') ? domain : `x@${domain}`;
  const host = hostOf(input);
  const registrable = registrableDomain(input);
  if (!host || !registrable || isOfficialDomain(host, profile)) return [];

  const kind = mailKind(registrable, lists);
  // A mail provider's name belongs to the provider: no brand or look-alike reading of it.
  if (kind) return [{ reason: 'freemail-domain', facts: { domain: registrable, kind } }];

  const ascii = toAscii(registrable) ?? registrable;
  const idn: Record<string, string> = ascii !== registrable ? { punycode: ascii } : {};
  const findings: FlagFinding[] = [];
  for (const brand of profile.brands) {
    const name = [brand.name, ...brand.aliases].find((candidate) => brandAppearsIn(host, candidate, lists.confusables));
    if (name) findings.push({ reason: 'brand-named-domain', facts: { domain: registrable, brand: brand.name, name, ...idn } });
  }
  for (const brand of profile.brands) {
    // One look-alike finding per brand: lumora.shop imitates lumora.com and lumora.co.uk alike.
    for (const entry of brand.officialDomains) {
      const official = registrableDomain(entry.includes('@') || entry.includes('/') ? entry : `x@${entry}`);
      const fuzzer = official ? lookalikeFuzzer(host, official, lists.confusables) : null;
      if (!official || !fuzzer) continue;
      findings.push({ reason: 'lookalike-domain', facts: { domain: fuzzer === 'subdomain' ? host : registrable, official, fuzzer, brand: brand.name, ...idn } });
      break;
    }
  }
  return findings;
}
