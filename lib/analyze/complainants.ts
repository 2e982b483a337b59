import { complainantFindings, repeatComplainant } from '../domains/complainant';
import { isYoungDomain } from '../domains/rdap';
import type { FlagDraft, FlagReason, Severity } from '../model/flag';
import type { Notice } from '../model/notice';
import { FlagBuilder } from './flag-builder';
import { type AnalysisInput, COMPLAINT_CATEGORIES, isRetraction, isTrusted, normaliseName, noticeTime } from './input';

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

/** Who is behind a complaint: its registrable domain, else its rights owner's name. */
export function complainantKey(notice: Pick<Notice, 'complainantDomain' | 'rightsOwnerName'>): string | null {
  if (notice.complainantDomain) return notice.complainantDomain;
  const name = notice.rightsOwnerName ? normaliseName(notice.rightsOwnerName) : '';
  return name ? `owner:${name}` : null;
}

/**
 * suspicious-complainant, subject the complainant's registrable domain: brand-named, look-alike,
 * freemail or young domain, a foreign office's mark against this marketplace, the seller's own
 * mark quoted back, a campaign of complaints. A rights owner with none of these gets no flag.
 */
export function complainantFlags(input: AnalysisInput): FlagDraft[] {
  const complaints = input.notices.filter(
    (notice) => isTrusted(notice) && (COMPLAINT_CATEGORIES.has(notice.category) || notice.category === 'counterfeit') && !isRetraction(notice),
  );
  const listingsByAsin = new Map<string, { marketplace: string | null; brand: string | null; firstSeenAt: number }[]>();
  for (const state of input.listingStates) {
    if (!state.asin) continue;
    const list = listingsByAsin.get(state.asin) ?? [];
    list.push({ marketplace: state.marketplace, brand: state.brand, firstSeenAt: state.firstSeenAt });
    listingsByAsin.set(state.asin, list);
  }
  const ownBrands = new Map(input.profile.brands.flatMap((brand) => [brand.name, ...brand.aliases].map((name) => [normaliseName(name), brand.name])));
  const firstSale = firstSaleOf(input);
  const ages = new Map(input.domainAges.map((age) => [age.domain, age]));

  const campaigns = repeatComplainant(
    complaints.map((notice) => ({
      noticeId: notice.id,
      domain: notice.complainantDomain,
      rightsOwnerName: notice.rightsOwnerName,
      asins: notice.asins,
      brands: [...new Set(notice.asins.flatMap((asin) => listingsByAsin.get(asin) ?? []).map((l) => (l.brand ? ownBrands.get(normaliseName(l.brand)) : undefined)).filter((b): b is string => !!b))],
      at: noticeTime(notice),
    })),
  );

  const builders = new Map<string, FlagBuilder>();
  for (const notice of complaints) {
    const key = complainantKey(notice);
    if (!key) continue;
    let builder = builders.get(key);
    if (!builder) builders.set(key, (builder = new FlagBuilder('suspicious-complainant', key, null)));
    const listings = notice.asins.flatMap((asin) => listingsByAsin.get(asin) ?? []);
    const marketplaces = [...new Set([notice.marketplace, ...listings.map((listing) => listing.marketplace)])];
    const at = noticeTime(notice);
    const findings = complainantFindings(
      { domain: notice.complainantDomain, rightsOwnerName: notice.rightsOwnerName, trademarkNumbers: notice.trademarkNumbers, marketplaces },
      input.profile,
      input.lists,
    );
    for (const finding of findings) builder.add(finding.reason, SEVERITY[finding.reason] ?? 'medium', at, notice.captureIds, finding.facts);

    const age = notice.complainantDomain ? ages.get(notice.complainantDomain) : undefined;
    if (age && age.status === 'known' && age.createdAt !== null) {
      const listingFirstSeen = earliest([...listings.map((listing) => listing.firstSeenAt), firstSale]);
      if (isYoungDomain(age, { listingFirstSeen, now: input.now })) {
        builder.add('young-domain', 'high', at, notice.captureIds, {
          domain: age.domain,
          created: isoDate(age.createdAt),
          listingFirstSeen: listingFirstSeen === null ? '' : isoDate(listingFirstSeen),
        });
      }
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

export function isoDate(timestamp: number): string {
  return new Date(timestamp).toISOString().slice(0, 10);
}
