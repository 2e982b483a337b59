import type { Notice } from '../model/notice';
import { isComplaint, noticeTime } from '../notices/complaints';
import { ownTrademarkMatcher } from '../domains/own-trademark';
import { inferOfficeDetailed } from '../domains/trademark-office';
import type { ListingState } from '../model/listing-state';
import type { BrandProfile } from '../model/profile';
import { daysBetween, parseIsoDay } from '../dates';
import type { EvidenceRecords } from './records';

/** Our earliest proof of the listing or brand against the complainant domain's registration. */
export interface PriorityFact {
  domain: string;
  domainCreatedAt: number;
  registrar: string | null;
  ours: {
    source: 'listing-first-seen' | 'first-sale-date';
    at: number;
    asin: string | null;
    marketplace: string | null;
    brand: string | null;
  } | null;
  /** Whole days from our date to the registration; positive: ours came first. null when we have no date. */
  daysBefore: number | null;
}

export interface CitedMark {
  number: string;
  /** Office as Brand Sentry's rules named it, else read from an unambiguous prefix; null when unknown. */
  office: string | null;
  /** The complaint quotes one of the seller's own marks back at them. */
  ownMark: boolean;
  noticeId: string;
  complaintIds: string[];
}

export interface KeyFacts {
  priority: PriorityFact[];
  ownTrademarks: { brand: string; office: string | null; number: string }[];
  citedMarks: CitedMark[];
  /** Complaint notices (not retractions), oldest first. */
  complaints: Notice[];
}

/** The facts that win disputes, computed once for the report, evidence.json and the letters. */
/** What the key facts are computed from: every record but the offer history, which says nothing about complaints. */
type FactRecords = Omit<EvidenceRecords, 'offerSellers' | 'offerSnapshots'>;

export function keyFacts(records: FactRecords): KeyFacts {
  const complaints = records.notices.filter(isComplaint).sort((a, b) => noticeTime(a) - noticeTime(b));
  const ownTrademarks = records.profile.brands.flatMap((brand) => brand.trademarks.map((mark) => ({ brand: brand.name, office: mark.office, number: mark.number })));
  const ownMark = ownTrademarkMatcher(records.profile);
  const citedMarks = complaints.flatMap((notice) =>
    notice.trademarkNumbers.map((number) => ({
      number,
      office: officeOf(number, notice.rightsOwnerName ?? '', records),
      // The rule of the own-trademark-asserted flag, with the same words around the number.
      ownMark: ownMark(number, notice.rightsOwnerName ?? '') !== null,
      noticeId: notice.id,
      complaintIds: notice.complaintIds,
    })),
  );
  return { priority: priorityFacts(records, complaints), ownTrademarks, citedMarks, complaints };
}

function priorityFacts(records: FactRecords, complaints: Notice[]): PriorityFact[] {
  const subjectDomain = records.subject.kind === 'domain' ? records.subject.domain : null;
  const domains = new Set([...complaints.map((notice) => notice.complainantDomain), subjectDomain].filter((d): d is string => !!d));
  const facts: PriorityFact[] = [];
  for (const age of records.domainAges) {
    if (!domains.has(age.domain) || age.status !== 'known' || age.createdAt === null) continue;
    const asins = new Set(complaints.filter((notice) => notice.complainantDomain === age.domain).flatMap((notice) => notice.asins));
    const listings = asins.size ? records.listingStates.filter((state) => state.asin && asins.has(state.asin)) : records.listingStates;
    const ours = earliestProof(listings, records);
    facts.push({
      domain: age.domain,
      domainCreatedAt: age.createdAt,
      registrar: age.registrar,
      ours,
      daysBefore: ours ? daysBetween(ours.at, age.createdAt) : null,
    });
  }
  return facts;
}

/** The earliest of: the listing first seen, the brand's first sale (from the seller's profile). */
function earliestProof(listings: ListingState[], records: FactRecords): PriorityFact['ours'] {
  const seen = listingFirstSeen(listings);
  const sale = brandFirstSale(listings, records.profile);
  if (sale && (!seen || sale.at < seen.firstSeenAt)) return { source: 'first-sale-date', at: sale.at, asin: null, marketplace: null, brand: sale.brand };
  return seen && { source: 'listing-first-seen', at: seen.firstSeenAt, asin: seen.asin, marketplace: seen.marketplace, brand: seen.brand };
}

/** The listing Brand Sentry saw first, of these. */
export function listingFirstSeen(listings: readonly ListingState[]): ListingState | null {
  let first: ListingState | null = null;
  for (const state of listings) if (!first || state.firstSeenAt < first.firstSeenAt) first = state;
  return first;
}

/**
 * The earliest first-sale date in the seller's profile that speaks for these listings: the
 * brand's own (or any brand's when the listings' brand is not known).
 */
export function brandFirstSale(listings: readonly ListingState[], profile: BrandProfile): { at: number; brand: string } | null {
  const listingBrands = new Set(listings.map((state) => state.brand?.toLowerCase()).filter(Boolean));
  let best: { at: number; brand: string } | null = null;
  for (const brand of profile.brands) {
    const names = [brand.name, ...brand.aliases].map((name) => name.toLowerCase());
    if (listingBrands.size && !names.some((name) => listingBrands.has(name))) continue;
    const at = parseIsoDay(brand.firstSaleDate);
    if (at !== null && (!best || at < best.at)) best = { at, brand: brand.name };
  }
  return best;
}

/** The office the flag named for this number, else the one its format names; never a guess. */
function officeOf(number: string, context: string, records: FactRecords): string | null {
  if (records.subject.kind === 'flag') {
    const finding = records.subject.flag.findings.find((f) => f.facts.number === number && f.facts.office);
    if (finding) return finding.facts.office!;
  }
  const inferred = inferOfficeDetailed(number, context);
  return inferred && inferred.basis !== 'assumed' ? inferred.office : null;
}
