/**
 * Complainant intelligence for one complaint (lexical reasons, foreign marks, the seller's own
 * mark quoted back) and across complaints (campaigns). Pure and offline; RDAP age is separate.
 *
 * Precision first: a rights owner writing from its own domain about its own home-office mark
 * gets nothing; so does any domain unrelated to the seller's brands.
 */
import { normaliseName } from '../names';
import type { FlagFinding } from '../model/flag';
import type { BrandProfile } from '../model/profile';
import { isOfficialDomain, lexicalFindings } from './lexical';
import type { DomainLists } from './lists';
import { registrableDomain } from './registrable';
import { ownTrademarkMatcher } from './own-trademark';
import { inferOfficeDetailed, officeCovers } from './trademark-office';

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
 * The union of `lexicalFindings` (the domain's, the same for every complaint from it) and
 * `trademarkFindings` (this complaint's marks), in that order.
 */
export function complainantFindings(input: ComplaintFacts, profile: BrandProfile, lists: DomainLists): FlagFinding[] {
  const lexical = input.domain ? lexicalFindings(input.domain, profile, lists) : [];
  return [...lexical, ...trademarkFindings(input, profile)];
}

/**
 * The marks one complaint cites: the seller's own registration quoted back by someone else
 * (own-trademark-asserted), or a registration whose office does not cover a marketplace of the
 * listings it removed (foreign-trademark). Needs no domain lists: what depends on the domain
 * alone is `lexicalFindings`, to compute once per domain.
 */
export function trademarkFindings(input: ComplaintFacts, profile: BrandProfile): FlagFinding[] {
  return trademarkFinder(profile)(input);
}

/** trademarkFindings for many complaints against one profile: the seller's own marks read once. */
export function trademarkFinder(profile: BrandProfile): (input: ComplaintFacts) => FlagFinding[] {
  const ownMark = ownTrademarkMatcher(profile);
  return (input) => {
    const numbers = [...new Set(input.trademarkNumbers.map((n) => n.trim()).filter(Boolean))];
    if (numbers.length === 0) return [];
    const findings: FlagFinding[] = [];
    const context = [input.noticeText ?? '', input.rightsOwnerName ?? ''].join('\n');
    const marketplaces = [...new Set(input.marketplaces.filter((m): m is string => !!m).map((m) => m.toUpperCase()))];
    let fromOfficial: boolean | undefined;

    for (const number of numbers) {
      const own = ownMark(number, context);
      if (own) {
        fromOfficial ??= input.domain ? isOfficialDomain(input.domain, profile) : false;
        // The seller's own registration, asserted by someone who is not the seller.
        if (!fromOfficial) findings.push({ reason: 'own-trademark-asserted', facts: { number, brand: own.brand, domain: input.domain ? registrableDomain(input.domain.includes('@') ? input.domain : `x@${input.domain}`) ?? input.domain : '' } });
        continue;
      }
      const inferred = inferOfficeDetailed(number, context);
      // A bare number only assumed to be US could as well be UK, JP or CN: no claim on a guess.
      if (!inferred || inferred.basis === 'assumed') continue;
      for (const marketplace of marketplaces) {
        if (officeCovers(inferred.office, marketplace) === false) {
          findings.push({ reason: 'foreign-trademark', facts: { number, office: inferred.office, marketplace } });
        }
      }
    }
    return findings;
  };
}

export interface ComplaintRecord {
  noticeId: string;
  /**
   * Who the complaint comes from, when the caller decides it (lib/analyze passes its
   * complainantKey: a freemail sender's own address rather than gmail.com). Without it,
   * complainantKeyOf derives the key from the domain, else the rights owner's name.
   */
  key?: string | null;
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


/** The complainant a complaint comes from: its explicit key, else its domain, else `owner:<normalised name>`. */
export function complainantKeyOf(complaint: Pick<ComplaintRecord, 'key' | 'domain' | 'rightsOwnerName'>): string | null {
  if (complaint.key) return complaint.key;
  const domain = complaint.domain?.trim().toLowerCase();
  if (domain) return domain;
  const name = complaint.rightsOwnerName ? normaliseName(complaint.rightsOwnerName) : '';
  return name ? `owner:${name}` : null;
}

/**
 * Campaigns: one complainant against >= 3 distinct ASINs, or >= 2 of the seller's brands, within
 * `windowDays`. Keyed as complainantKeyOf; the finding describes the busiest window.
 * Facts {complainant (the key, or the rights owner's name for an `owner:` key), count (notices),
 * asins, brands, days (span of that window, at least 1)}.
 */
export function repeatComplainant(complaints: readonly ComplaintRecord[], windowDays = 14): Map<string, FlagFinding> {
  const byKey = new Map<string, ComplaintRecord[]>();
  for (const complaint of complaints) {
    const key = complainantKeyOf(complaint);
    if (!key || !Number.isFinite(complaint.at)) continue;
    const list = byKey.get(key);
    if (list) list.push(complaint);
    else byKey.set(key, [complaint]);
  }
  const campaigns = new Map<string, FlagFinding>();
  for (const [key, list] of byKey) {
    const sorted = dedupeNotices(list).sort((a, b) => a.at - b.at);
    const busiest = busiestWindow(sorted, windowDays * DAY_MS);
    if (!busiest) continue;
    const window = sorted.slice(busiest.from, busiest.to);
    const asins = new Set<string>();
    const brands = new Set<string>();
    for (let index = busiest.from; index < busiest.to; index++) {
      for (const asin of busiest.items[index]!.asins) asins.add(asin);
      for (const brand of busiest.items[index]!.brands) brands.add(brand);
    }
    const span = window[window.length - 1]!.at - window[0]!.at;
    const who = key.startsWith('owner:') ? (list.find((c) => c.rightsOwnerName)?.rightsOwnerName ?? key) : key;
    campaigns.set(key, {
      reason: 'repeat-complainant',
      facts: {
        complainant: who,
        count: String(window.length),
        asins: [...asins].sort().join(', '),
        brands: [...brands].sort().join(', '),
        days: String(Math.max(1, Math.ceil(span / DAY_MS))),
      },
    });
  }
  return campaigns;
}

const asinsOf = (complaint: ComplaintRecord) => complaint.asins.map((asin) => asin.trim().toUpperCase()).filter(Boolean);
const brandsOf = (complaint: ComplaintRecord) => complaint.brands.filter(Boolean);

/**
 * Of every window [a complaint's time, that time + span] over complaints sorted by time, the
 * campaign with the most ASINs (then brands): its range [from, to) and every complaint's
 * normalised ASINs and brands; the earliest on a tie; null when none is one. Two pointers with
 * running counts: each complaint enters and leaves the window once.
 */
function busiestWindow(sorted: readonly ComplaintRecord[], span: number) {
  const asins = new Counter();
  const brands = new Counter();
  const items = sorted.map((complaint) => ({ asins: asinsOf(complaint), brands: brandsOf(complaint) }));
  const tally = (index: number, by: 1 | -1) => {
    for (const asin of items[index]!.asins) asins.add(asin, by);
    for (const brand of items[index]!.brands) brands.add(brand, by);
  };
  let best: { from: number; to: number; asins: number; brands: number } | null = null;
  let from = 0;
  let to = 0; // exclusive
  for (let start = 0; start < sorted.length; start++) {
    const at = sorted[start]!.at;
    // Complaints at the same time open the same window (it holds every one of them).
    if (start > 0 && sorted[start - 1]!.at === at) continue;
    for (; from < start; from++) if (from < to) tally(from, -1);
    to = Math.max(to, start);
    for (; to < sorted.length && sorted[to]!.at - at <= span; to++) tally(to, 1);
    const isCampaign = asins.size >= CAMPAIGN_ASINS || brands.size >= CAMPAIGN_BRANDS;
    if (isCampaign && (!best || asins.size > best.asins || (asins.size === best.asins && brands.size > best.brands))) {
      best = { from: start, to, asins: asins.size, brands: brands.size };
    }
  }
  return best ? { from: best.from, to: best.to, items } : null;
}

/** How many times each value is in the window; `size` is the number of distinct values. */
class Counter {
  private readonly counts = new Map<string, number>();

  get size(): number {
    return this.counts.size;
  }

  add(value: string, by: 1 | -1): void {
    const count = (this.counts.get(value) ?? 0) + by;
    if (count > 0) this.counts.set(value, count);
    else this.counts.delete(value);
  }
}

/** The same notice captured twice (page and e-mail) is one complaint. */
function dedupeNotices(list: readonly ComplaintRecord[]): ComplaintRecord[] {
  const byId = new Map<string, ComplaintRecord>();
  for (const complaint of list) if (!byId.has(complaint.noticeId)) byId.set(complaint.noticeId, complaint);
  return [...byId.values()];
}
