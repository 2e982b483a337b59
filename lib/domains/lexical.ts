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
import { getPublicSuffix } from './public-suffix';
import type { FlagFinding } from '../model/flag';
import type { BrandProfile } from '../model/profile';
import type { DomainLists } from './lists';
import { lookalikeFuzzer } from './lookalike';
import { hostOf, registrableDomain, toAscii, toUnicode } from './registrable';
import { nameSkeleton, tokenSkeletons } from './skeleton';

const SHORT_BRAND = 3;

/** A bare domain as an address, so hostOf / registrableDomain read it as a host (not as a URL path). */
function asAddressOrUrl(entry: string): string {
  return entry.includes('@') || entry.includes('/') ? entry : `x@${entry}`;
}

/** The seller's official hosts (lower case Unicode, `www.` dropped), to never flag them. */
export function officialHosts(profile: BrandProfile): string[] {
  return [
    ...new Set(
      profile.brands.flatMap((brand) =>
        brand.officialDomains.map((entry) => (hostOf(asAddressOrUrl(entry)) ?? '').replace(/^www\./, '')).filter(Boolean),
      ),
    ),
  ];
}

/** True when the host is one of the official domains or a subdomain of one. */
export function isOfficialDomain(domain: string, profile: BrandProfile): boolean {
  return isOfficialHost(domain, officialHosts(profile));
}

function isOfficialHost(domain: string, officials: readonly string[]): boolean {
  const host = hostOf(asAddressOrUrl(domain));
  if (!host) return false;
  const registrable = registrableDomain(host);
  return officials.some((official) => host === official || host.endsWith(`.${official}`) || registrable === official);
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

/** A host as brand names are looked for in it: what stands left of its public suffix, folded. */
interface HostReading {
  skeleton: string;
  tokens: () => string[];
}

function readHost(host: string, confusables: ReadonlyMap<string, string>): HostReading | null {
  const ascii = toAscii(host);
  const suffix = ascii ? getPublicSuffix(ascii) : null;
  if (!ascii || !suffix || ascii.length <= suffix.length + 1) return null;
  const left = toUnicode(ascii.slice(0, -(suffix.length + 1)));
  let tokens: string[] | undefined;
  return { skeleton: nameSkeleton(left, confusables), tokens: () => (tokens ??= tokenSkeletons(left, confusables)) };
}

function appears(brandSkeleton: string, host: HostReading): boolean {
  if (brandSkeleton.length < 2) return false;
  if (brandSkeleton.length <= SHORT_BRAND) return host.tokens().includes(brandSkeleton);
  return host.skeleton.includes(brandSkeleton);
}

/** Does a brand name (or alias) appear in this host, by the rule at the top of this file? */
export function brandAppearsIn(host: string, brandName: string, confusables: ReadonlyMap<string, string>): boolean {
  const reading = readHost(host, confusables);
  return reading !== null && appears(nameSkeleton(brandName, confusables), reading);
}

/**
 * What lexicalFindings needs of a profile, worked out once per profile and confusables table
 * (a recompute reads hundreds of domains against the same profile).
 */
interface PreparedProfile {
  officials: string[];
  brands: Array<{ name: string; names: Array<{ name: string; skeleton: string }>; officials: string[] }>;
}

const preparedProfiles = new WeakMap<BrandProfile, WeakMap<ReadonlyMap<string, string>, PreparedProfile>>();

function prepare(profile: BrandProfile, confusables: ReadonlyMap<string, string>): PreparedProfile {
  let byTable = preparedProfiles.get(profile);
  if (!byTable) preparedProfiles.set(profile, (byTable = new WeakMap()));
  let prepared = byTable.get(confusables);
  if (!prepared) {
    prepared = {
      officials: officialHosts(profile),
      brands: profile.brands.map((brand) => ({
        name: brand.name,
        names: [brand.name, ...brand.aliases].map((name) => ({ name, skeleton: nameSkeleton(name, confusables) })),
        officials: brand.officialDomains.map((entry) => registrableDomain(asAddressOrUrl(entry))).filter((d): d is string => !!d),
      })),
    };
    byTable.set(confusables, prepared);
  }
  return prepared;
}

/**
 * Findings for one complainant domain (host, registrable domain or e-mail address; Unicode or
 * punycode). Facts: brand-named-domain {domain, brand, name[, punycode]}; lookalike-domain
 * {domain, official, fuzzer, brand[, punycode]}; freemail-domain {domain, kind}.
 */
export function lexicalFindings(domain: string, profile: BrandProfile, lists: DomainLists): FlagFinding[] {
  const input = asAddressOrUrl(domain);
  const host = hostOf(input);
  const registrable = registrableDomain(input);
  const prepared = prepare(profile, lists.confusables);
  if (!host || !registrable || isOfficialHost(host, prepared.officials)) return [];

  const kind = mailKind(registrable, lists);
  // A mail provider's name belongs to the provider: no brand or look-alike reading of it.
  if (kind) return [{ reason: 'freemail-domain', facts: { domain: registrable, kind } }];

  const ascii = toAscii(registrable) ?? registrable;
  const idn: Record<string, string> = ascii !== registrable ? { punycode: ascii } : {};
  const findings: FlagFinding[] = [];
  const reading = readHost(host, lists.confusables);
  for (const brand of prepared.brands) {
    const name = reading ? brand.names.find((candidate) => appears(candidate.skeleton, reading))?.name : undefined;
    if (name) findings.push({ reason: 'brand-named-domain', facts: { domain: registrable, brand: brand.name, name, ...idn } });
  }
  for (const brand of prepared.brands) {
    // One look-alike finding per brand: lumora.shop imitates lumora.com and lumora.co.uk alike.
    for (const official of brand.officials) {
      const fuzzer = lookalikeFuzzer(host, official, lists.confusables);
      if (!fuzzer) continue;
      findings.push({ reason: 'lookalike-domain', facts: { domain: fuzzer === 'subdomain' ? host : registrable, official, fuzzer, brand: brand.name, ...idn } });
      break;
    }
  }
  return findings;
}
