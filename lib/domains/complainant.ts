/**
 * Complainant intelligence for one complaint (lexical reasons, foreign marks, the seller's own
 * mark quoted back) and across complaints (campaigns). Pure and offline; RDAP age is separate.
 *
 * Precision first: a rights owner writing from its own domain about its own home-office mark
 * gets nothing; so does any domain unrelated to the seller's brands.
 */
import type { FlagFinding } from '../model/flag';
import type { BrandProfile } from '../model/profile';
import { isOfficialDomain, lexicalFindings } from './lexical';
import type { DomainLists } from './lists';
import { registrableDomain } from './registrable';
import { inferOfficeDetailed, officeCovers, sameTrademark } from './trademark-office';

export interface ComplaintFacts {
  /** Complainant's domain, host or e-mail address; null when the notice gives none. */
  domain: string | null;
  rightsOwnerName: string | null;
  trademarkNumbers: string[];
  /** Marketplaces of the listings the complaint removed. */
  marketplaces: (string | null)[];
  /** The notice text, to read the office from words around a bare number. */
  noticeText?: string;
}

/**
 * Facts: lexical ones (lexical.ts); foreign-trademark {number, office, marketplace};
 * own-trademark-asserted {number, brand, domain} (domain '' when the notice names none).
 */
export function complainantFindings(input: ComplaintFacts, profile: BrandProfile, lists: DomainLists): FlagFinding[] {
  const findings: FlagFinding[] = input.domain ? lexicalFindings(input.domain, profile, lists) : [];
  const fromOfficial = input.domain ? isOfficialDomain(input.domain, profile) : false;
  const context = [input.noticeText ?? '', input.rightsOwnerName ?? ''].join('\n');
  const marketplaces = [...new Set(input.marketplaces.filter((m): m is string => !!m).map((m) => m.toUpperCase()))];
  const ownMarks = profile.brands.flatMap((brand) => brand.trademarks.map((mark) => ({ ...mark, brand: brand.name })));

  for (const number of [...new Set(input.trademarkNumbers.map((n) => n.trim()).filter(Boolean))]) {
    const inferred = inferOfficeDetailed(number, context);
    const own = ownMarks.find((mark) => sameTrademark({ number, office: inferred?.office ?? null }, mark));
    if (own) {
      // The seller's own registration, asserted by someone who is not the seller.
      if (!fromOfficial) findings.push({ reason: 'own-trademark-asserted', facts: { number, brand: own.brand, domain: input.domain ? registrableDomain(input.domain.includes('@') ? input.domain : `x@${input.domain}`) ?? input.domain : '' } });
      continue;
    }
    // A bare number only assumed to be US could as well be UK, JP or CN: no claim on a guess.
    if (!inferred || inferred.basis === 'assumed') continue;
    for (const marketplace of marketplaces) {
      if (officeCovers(inferred.office, marketplace) === false) {
        findings.push({ reason: 'foreign-trademark', facts: { number, office: inferred.office, marketplace } });
      }
    }
  }
  return findings;
}

export interface ComplaintRecord {
  noticeId: string;
  domain: string | null;
  rightsOwnerName: string | null;
  asins: string[];
  /** The seller's own brands the complaint hit. */
  brands: string[];
  at: number;
}

const DAY_MS = 86_400_000;
const CAMPAIGN_ASINS = 3;
const CAMPAIGN_BRANDS = 2;

/** Same as lib/analyze/input.ts normaliseName: the flag engine looks campaigns up by this key. */
function normaliseName(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The complainant a complaint comes from: its domain, else `owner:<normalised name>`. */
export function complainantKeyOf(complaint: Pick<ComplaintRecord, 'domain' | 'rightsOwnerName'>): string | null {
  const domain = complaint.domain?.trim().toLowerCase();
  if (domain) return domain;
  const name = complaint.rightsOwnerName ? normaliseName(complaint.rightsOwnerName) : '';
  return name ? `owner:${name}` : null;
}

/**
 * Campaigns: one complainant against >= 3 distinct ASINs, or >= 2 of the seller's brands, within
 * `windowDays`. Keyed as complainantKeyOf; the finding describes the busiest window.
 * Facts {complainant, count (notices), asins, brands, days (span of that window, at least 1)}.
 */
export function repeatComplainant(complaints: readonly ComplaintRecord[], windowDays = 14): Map<string, FlagFinding> {
  const byKey = new Map<string, ComplaintRecord[]>();
  for (const complaint of complaints) {
    const key = complainantKeyOf(complaint);
    if (!key || !Number.isFinite(complaint.at)) continue;
    byKey.set(key, [...(byKey.get(key) ?? []), complaint]);
  }
  const campaigns = new Map<string, FlagFinding>();
  for (const [key, list] of byKey) {
    const sorted = dedupeNotices(list).sort((a, b) => a.at - b.at);
    let best: { asins: Set<string>; brands: Set<string>; count: number; span: number } | null = null;
    for (let start = 0; start < sorted.length; start++) {
      const window = sorted.filter((c) => c.at >= sorted[start]!.at && c.at - sorted[start]!.at <= windowDays * DAY_MS);
      const asins = new Set(window.flatMap((c) => c.asins.map((a) => a.trim().toUpperCase()).filter(Boolean)));
      const brands = new Set(window.flatMap((c) => c.brands.filter(Boolean)));
      const isCampaign = asins.size >= CAMPAIGN_ASINS || brands.size >= CAMPAIGN_BRANDS;
      if (isCampaign && (!best || asins.size > best.asins.size || (asins.size === best.asins.size && brands.size > best.brands.size))) {
        best = { asins, brands, count: window.length, span: window[window.length - 1]!.at - window[0]!.at };
      }
    }
    if (!best) continue;
    const who = list.find((c) => c.domain?.trim())?.domain?.trim().toLowerCase() ?? list.find((c) => c.rightsOwnerName)?.rightsOwnerName ?? key;
    campaigns.set(key, {
      reason: 'repeat-complainant',
      facts: {
        complainant: who,
        count: String(best.count),
        asins: [...best.asins].sort().join(', '),
        brands: [...best.brands].sort().join(', '),
        days: String(Math.max(1, Math.ceil(best.span / DAY_MS))),
      },
    });
  }
  return campaigns;
}

/** The same notice captured twice (page and e-mail) is one complaint. */
function dedupeNotices(list: readonly ComplaintRecord[]): ComplaintRecord[] {
  const byId = new Map<string, ComplaintRecord>();
  for (const complaint of list) if (!byId.has(complaint.noticeId)) byId.set(complaint.noticeId, complaint);
  return [...byId.values()];
}
