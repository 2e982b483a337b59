import { repeatComplainant, trademarkFinder } from '../domains/complainant';
import { lexicalFindings, mailKind } from '../domains/lexical';
import type { DomainLists } from '../domains/lists';
import { isYoungDomain } from '../domains/rdap';
import type { DomainAge } from '../model/domain-intel';
import { type FlagDraft, type FlagFinding, type FlagReason, type FlagSubject, type Severity, flagSubjectId } from '../model/flag';
import type { Notice } from '../model/notice';
import { FlagBuilder } from './flag-builder';
import { normaliseName } from '../names';
import { isComplaint, isTrusted, noticeTime } from '../notices/complaints';
import { brandMarketplaces } from './brand-marketplaces';
import type { AnalysisInput } from './input';

/** Reasons that alone make a complainant suspicious enough to act on now. */
const SEVERITY: Partial<Record<FlagReason, Severity>> = {
  'brand-named-domain': 'high',
  'lookalike-domain': 'high',
  'own-trademark-asserted': 'high',
  'young-domain': 'high',
  'foreign-trademark': 'medium',
  'freemail-domain': 'medium',
  'repeat-complainant': 'medium',
};

type ComplainantFields = Pick<Notice, 'complainantDomain' | 'rightsOwnerName' | 'rightsOwnerEmail'>;

/**
 * Who is behind a complaint: its registrable domain, else its rights owner's name. On a free or
 * throwaway mail domain (gmail.com, qq.com...) the domain says nothing about who wrote: there
 * the sender's own address (lower case) is the complainant.
 */
export function complainantKey(notice: ComplainantFields, lists: DomainLists): string | null {
  const subject = complainantSubjects(lists)(notice);
  return subject ? flagSubjectId(subject) : null;
}

/** The complainant as a flag subject, with the mail-domain check remembered per domain, for many notices. */
function complainantSubjects(lists: DomainLists): (notice: ComplainantFields) => FlagSubject | null {
  const isMailDomain = memo((domain: string) => mailKind(domain, lists) !== null);
  return (notice) => {
    const domain = notice.complainantDomain;
    if (domain) {
      const address = notice.rightsOwnerEmail?.trim().toLowerCase();
      const host = address?.split('@')[1];
      const sameDomain = !!host && (host === domain || host.endsWith(`.${domain}`));
      return sameDomain && isMailDomain(domain) ? { address: address! } : { domain };
    }
    const name = notice.rightsOwnerName ? normaliseName(notice.rightsOwnerName) : '';
    return name ? { rightsOwner: name } : null;
  };
}

/**
 * suspicious-complainant, subject the complainant (a registrable domain, a freemail sender's
 * address, or the rights owner's name): brand-named, look-alike, freemail or young
 * domain, a foreign office's mark against this marketplace, the seller's own mark quoted back, a
 * campaign of complaints. A rights owner with none of these gets no flag.
 */
export function complainantFlags(input: AnalysisInput): FlagDraft[] {
  const complaints = input.notices.filter(
    (notice) => isTrusted(notice) && isComplaint(notice),
  );
  const ownBrands = new Map(input.profile.brands.flatMap((brand) => [brand.name, ...brand.aliases].map((name) => [normaliseName(name), brand.name])));
  const ownBrandOf = memo((brand: string) => ownBrands.get(normaliseName(brand)));
  const listingsByAsin = new Map<string, { marketplace: string | null; ownBrand: string | undefined; firstSeenAt: number }[]>();
  for (const state of input.listingStates) {
    if (!state.asin) continue;
    const list = listingsByAsin.get(state.asin) ?? [];
    list.push({ marketplace: state.marketplace, ownBrand: state.brand ? ownBrandOf(state.brand) : undefined, firstSeenAt: state.firstSeenAt });
    listingsByAsin.set(state.asin, list);
  }
  const firstSale = firstSaleOf(input);
  const ages = new Map(input.domainAges.map((age) => [age.domain, age]));
  const subjectOf = complainantSubjects(input.lists);
  // What a domain's name gives away is the same for every complaint from it: read it once.
  const domainFindings = memo((domain: string): FlagFinding[] => lexicalFindings(domain, input.profile, input.lists));
  const trademarkFindings = trademarkFinder(input.profile);
  const profileMarketplaces = brandMarketplaces(input);
  const citedMarks = new Map<string, FlagFinding[]>();

  const subjects = complaints.map(subjectOf);
  const keys = subjects.map((subject) => (subject ? flagSubjectId(subject) : null));
  /** The seller's own brands on these ASINs' listings (most complaints name one ASIN of one brand). */
  const ownBrandsHit = (asins: readonly string[]): string[] => {
    const brands: string[] = [];
    for (const asin of asins) for (const listing of listingsByAsin.get(asin) ?? []) if (listing.ownBrand && !brands.includes(listing.ownBrand)) brands.push(listing.ownBrand);
    return brands;
  };
  // One answer (and one facts object) per domain and listing date, however many complaints share them.
  const youngFacts = new Map<string, Record<string, string> | null>();
  const youngDomainFacts = (age: DomainAge, listingFirstSeen: number | null) => {
    const cacheKey = `${age.domain}|${listingFirstSeen}`;
    if (!youngFacts.has(cacheKey)) {
      const young = isYoungDomain(age, { listingFirstSeen, now: input.now });
      youngFacts.set(cacheKey, young ? { domain: age.domain, created: isoDate(age.createdAt!), listingFirstSeen: listingFirstSeen === null ? '' : isoDate(listingFirstSeen) } : null);
    }
    return youngFacts.get(cacheKey)!;
  };

  const campaigns = repeatComplainant(
    complaints.map((notice, index) => ({
      noticeId: notice.id,
      key: keys[index],
      domain: notice.complainantDomain,
      rightsOwnerName: notice.rightsOwnerName,
      asins: notice.asins,
      brands: ownBrandsHit(notice.asins),
      at: noticeTime(notice),
    })),
  );

  const builders = new Map<string, FlagBuilder>();
  for (let index = 0; index < complaints.length; index++) {
    const notice = complaints[index]!;
    const key = keys[index];
    if (!key) continue;
    let builder = builders.get(key);
    if (!builder) builders.set(key, (builder = new FlagBuilder('suspicious-complainant', subjects[index]!, null)));
    const listings = notice.asins.flatMap((asin) => listingsByAsin.get(asin) ?? []);
    const at = noticeTime(notice);
    const add = (finding: FlagFinding) => builder.add(finding.reason, SEVERITY[finding.reason] ?? 'medium', at, notice.captureIds, finding.facts);
    if (notice.complainantDomain) for (const finding of domainFindings(notice.complainantDomain)) add(finding);
    // The marks are the complaint's own: checked per complaint, when it cites any; a campaign's
    // complaints cite the same marks from the same sender, so each combination is read once.
    if (notice.trademarkNumbers.length > 0) {
      let marketplaces = [...new Set([notice.marketplace, ...listings.map((listing) => listing.marketplace)])];
      // A pasted notice names no marketplace: the profile says where the listing's brand sells.
      if (marketplaces.every((marketplace) => !marketplace)) marketplaces = profileMarketplaces(notice);
      const cited = [notice.complainantDomain, notice.rightsOwnerName, notice.trademarkNumbers.join(','), marketplaces.join(',')].join('|');
      let found = citedMarks.get(cited);
      if (!found) citedMarks.set(cited, (found = trademarkFindings({ domain: notice.complainantDomain, rightsOwnerName: notice.rightsOwnerName, trademarkNumbers: notice.trademarkNumbers, marketplaces })));
      for (const finding of found) add(finding);
    }

    const age = notice.complainantDomain ? ages.get(notice.complainantDomain) : undefined;
    if (age && age.status === 'known' && age.createdAt !== null) {
      const listingFirstSeen = earliest([...listings.map((listing) => listing.firstSeenAt), firstSale]);
      const facts = youngDomainFacts(age, listingFirstSeen);
      if (facts) builder.add('young-domain', 'high', at, notice.captureIds, facts);
    }
    const campaign = campaigns.get(key);
    if (campaign) builder.add('repeat-complainant', 'medium', at, notice.captureIds, campaign.facts);
  }

  return [...builders.values()]
    .filter((builder) => !builder.empty)
    .map((builder) => {
      const flag = builder.build();
      // Two independent medium signals (say freemail and a campaign) together are high.
      if (flag.severity === 'medium' && flag.reasons.length >= 2) flag.severity = 'high';
      return flag;
    });
}

function firstSaleOf(input: AnalysisInput): number | null {
  const dates = input.profile.brands.map((brand) => (brand.firstSaleDate ? Date.parse(`${brand.firstSaleDate}T00:00:00Z`) : NaN)).filter(Number.isFinite);
  return dates.length ? Math.min(...dates) : null;
}

function earliest(values: readonly (number | null)[]): number | null {
  const known = values.filter((value): value is number => value !== null);
  return known.length ? Math.min(...known) : null;
}

function memo<T>(compute: (key: string) => T): (key: string) => T {
  const known = new Map<string, T>();
  return (key) => {
    if (!known.has(key)) known.set(key, compute(key));
    return known.get(key)!;
  };
}

export function isoDate(timestamp: number): string {
  return new Date(timestamp).toISOString().slice(0, 10);
}
