import { daysBetween } from '../dates';
import { brandFirstSale, listingFirstSeen } from '../dispute/facts';
import type { DomainAge } from '../model/domain-intel';
import type { ListingState } from '../model/listing-state';
import type { Notice } from '../model/notice';
import type { BrandProfile } from '../model/profile';
import { isComplaint, isTrusted, noticeTime } from '../notices/complaints';
import { retractionCloses } from '../analyze/retraction';

export type DateEventKind = 'first-sale' | 'listing-first-seen' | 'domain-registered' | 'first-complaint' | 'complaint' | 'retraction';

export interface DateEvent {
  kind: DateEventKind;
  at: number;
  /** What the event is about: the brand, the ASIN, the domain, the complaint ids. */
  detail: string | null;
}

/** One complainant: who, and the dates that tell whether they can be genuine. */
export interface ComplainantLine {
  /** The complainant's registrable domain, or the rights owner's name when there is none. */
  complainant: string;
  domain: string | null;
  /** Oldest first; each complaint is its own event. */
  events: DateEvent[];
  /** Days from the seller's earliest date (first sale or listing first seen) to the domain's registration: positive, the seller came first. */
  daysOursBeforeDomain: number | null;
  complaints: number;
}

export interface ComplainantSource {
  complainant: string;
  domain: string | null;
  /** Capture ids of the complainant's flag: its notices even when they name no domain. */
  evidence: readonly string[];
}

export interface DateLineRecords {
  notices: readonly Notice[];
  listingStates: readonly ListingState[];
  domainAges: readonly DomainAge[];
  profile: BrandProfile;
}

/**
 * The date line of one complainant: your first sale or your listing first seen (the older), the
 * complainant's domain registration, its first complaint and each later one, and the retractions
 * that cleared them. A domain registered after your listing went live is the picture that wins
 * the dispute. Pure: the dashboard, the evidence report and the tests draw the same events.
 */
export function complainantLine(source: ComplainantSource, records: DateLineRecords): ComplainantLine {
  const evidence = new Set(source.evidence);
  const complaints = records.notices
    // A notice from a sender that is not Amazon's is a fake, not a complaint Amazon acted on.
    .filter((notice) => isComplaint(notice) && isTrusted(notice) && ((source.domain !== null && notice.complainantDomain === source.domain) || notice.captureIds.some((id) => evidence.has(id))))
    .sort((a, b) => noticeTime(a) - noticeTime(b));
  const retractions = records.notices.filter((notice) => notice.category === 'retraction' && complaints.some((complaint) => retractionCloses(notice, complaint)));

  const asins = new Set(complaints.flatMap((notice) => notice.asins));
  const listings = records.listingStates.filter((state) => state.asin !== null && asins.has(state.asin));
  const seen = listingFirstSeen(listings);
  const sale = brandFirstSale(listings, records.profile);
  const age = source.domain === null ? undefined : records.domainAges.find((entry) => entry.domain === source.domain && entry.status === 'known' && entry.createdAt !== null);

  // Your earliest proof: the first sale, or the listing first seen when it is older (or the only date).
  const events: DateEvent[] = [];
  if (sale && (!seen || sale.at <= seen.firstSeenAt)) events.push({ kind: 'first-sale', at: sale.at, detail: sale.brand });
  else if (seen) events.push({ kind: 'listing-first-seen', at: seen.firstSeenAt, detail: seen.asin });
  if (age?.createdAt != null) events.push({ kind: 'domain-registered', at: age.createdAt, detail: source.domain });
  complaints.forEach((notice, i) => events.push({ kind: i === 0 ? 'first-complaint' : 'complaint', at: noticeTime(notice), detail: notice.complaintIds.join(', ') || null }));
  for (const notice of retractions) events.push({ kind: 'retraction', at: noticeTime(notice), detail: notice.complaintIds.join(', ') || null });
  events.sort((a, b) => a.at - b.at);

  const ours = [sale?.at, seen?.firstSeenAt].filter((at): at is number => at !== undefined);
  const daysOursBeforeDomain = age?.createdAt != null && ours.length ? daysBetween(Math.min(...ours), age.createdAt) : null;
  return { complainant: source.complainant, domain: source.domain, events, daysOursBeforeDomain, complaints: complaints.length };
}
