import type { IpType, NoticeAction, NoticeCategory } from '../model/notice';
import type { PhraseGroup } from './labels';
import { normaliseText, squash } from './normalise';
import { phrasesOf } from './vocabulary';

/**
 * Category, IP type and action of a notice, from the phrase counts (./vocabulary.ts), the events
 * read by meaning (./events.ts) and the "Infringement type:" / "Complaint Type:" values.
 *
 * The event decides, strongest first: account deactivation (selling privileges, related accounts
 * and verification included) > listing removal > images removed > warning; a reinstatement makes a
 * retraction. The words around it only say why: "inauthentic" or "counterfeit" set the reason and
 * the IP type, never the action. An `ip-complaint` needs a rights owner who reported; Amazon's
 * own finding that merely names IP ("may infringe the trademark of another rights owner",
 * "Suspected Intellectual Property Violation") is a `policy-warning` with its IP type.
 */

export type Counts = ReadonlyMap<PhraseGroup, number>;

export interface ClassifyInput {
  counts: Counts;
  /** Values of "Infringement type:" / "Complaint Type:" fields. */
  infringementTypes: readonly string[];
  /** A complaint ID, trademark or patent number field was present. */
  hasComplaintFields: boolean;
  /** A rights owner reported: in words ("a report from a rights owner"), an owner contact block or owner fields. */
  reporter: boolean;
  /** The words themselves say a rights owner reported (not only a contact block). */
  reportedByWords?: boolean;
}

export interface Classification {
  category: NoticeCategory;
  ipType: IpType | null;
  action: NoticeAction;
}

const has = (counts: Counts, group: PhraseGroup) => (counts.get(group) ?? 0) > 0;

export function classify({ counts, infringementTypes, hasComplaintFields, reporter, reportedByWords = false }: ClassifyInput): Classification {
  const declared = declaredType(infringementTypes);
  const ipFromWords = ipTypeFromCounts(counts);
  const infringement = has(counts, 'infringement') || ipFromWords !== null || declared.ipType !== null;
  const counterfeit = declared.counterfeit || has(counts, 'counterfeit');
  const complaintContext = reporter || hasComplaintFields || infringementTypes.length > 0;
  const removal = removalAction(counts, declared.imageOnly);
  const trademarkOrNull = () => (has(counts, 'trademark') ? 'trademark' : null);

  if (has(counts, 'event.accountDeactivated')) {
    // IP is the reason when the text gives infringement or counterfeits as the reason; several rights at once are 'other'.
    const single = ipTypeCount(counts) > 1 ? 'other' : ipFromWords;
    const ipReason = declared.ipType ?? (infringement ? single ?? 'other' : counterfeit ? trademarkOrNull() ?? 'other' : null);
    return { category: 'account-deactivation', ipType: ipReason, action: 'account-deactivated' };
  }
  if (has(counts, 'event.retraction')) {
    return { category: 'retraction', ipType: declared.ipType ?? ipFromWords, action: 'reinstated' };
  }
  // Brand Registry telling what happened to a brand or a role: no listing of the seller's was touched.
  if (has(counts, 'event.brandRegistry') && removal === null) return { category: 'brand-registry', ipType: null, action: 'none' };
  const action: NoticeAction = removal ?? 'warning';
  if (counterfeit && (complaintContext || infringement || removal)) {
    return { category: 'counterfeit', ipType: declared.ipType ?? trademarkOrNull(), action };
  }
  // A rights owner who reported is an IP complaint even where the text names no right (an appeal reply).
  if ((infringement || reportedByWords) && (reporter || declared.rightsOwnerNotice)) {
    return { category: 'ip-complaint', ipType: declared.ipType ?? ipFromWords ?? 'other', action };
  }
  if (has(counts, 'policyWarning') || has(counts, 'event.warning') || (infringement && (removal !== null || complaintContext))) {
    return { category: 'policy-warning', ipType: declared.ipType ?? ipFromWords, action };
  }
  if (has(counts, 'brandRegistry')) return { category: 'brand-registry', ipType: null, action: 'none' };
  return { category: 'other', ipType: null, action: removal ?? 'none' };
}

/** True when anything at all marks the text as one of Amazon's notices (not a random page). */
export function hasNoticeSignal(counts: Counts): boolean {
  for (const group of [
    'event.retraction', 'event.accountDeactivated', 'event.listingRemoved', 'event.imagesRemoved', 'event.brandRegistry',
    'counterfeit', 'policyWarning', 'brandRegistry', 'rightsOwner', 'infringement', 'reporter',
  ] as const) {
    if (has(counts, group)) return true;
  }
  return false;
}

/** Images only when the notice says images (or declares "Copyright Image"); listings otherwise. */
function removalAction(counts: Counts, imageOnly: boolean): NoticeAction | null {
  const images = has(counts, 'event.imagesRemoved');
  const listings = has(counts, 'event.listingRemoved');
  if (images && (!listings || imageOnly)) return 'images-removed';
  if (listings) return 'listing-removed';
  return null;
}

const IP_GROUPS = ['patent', 'design', 'copyright', 'trademark'] as const;

function ipTypeCount(counts: Counts): number {
  return IP_GROUPS.filter((group) => has(counts, group)).length;
}

/** The IP type named most often; on a tie, the more specific right (patent, design, copyright, trademark). */
function ipTypeFromCounts(counts: Counts): IpType | null {
  let best: IpType | null = null;
  let bestCount = 0;
  for (const group of IP_GROUPS) {
    const count = counts.get(group) ?? 0;
    if (count > bestCount) {
      best = group;
      bestCount = count;
    }
  }
  return best;
}

/** "Infringement type: Marque" (fr), "Marke" (de): alone as a value the word is the trademark right, not a brand. */
const TRADEMARK_VALUES = new Set(['marke', 'marque', 'marca', 'marchio', 'trademark', 'markenzeichen']);

interface Declared {
  ipType: IpType | null;
  counterfeit: boolean;
  /** "Copyright Image": the complaint is about an image. */
  imageOnly: boolean;
  /** "Rights Owner Notice of Infringement" (the older template): a rights owner complained. */
  rightsOwnerNotice: boolean;
}

/** What an "Infringement type:" value says, in any language ("Copyright Image", "Inauthentic", "Markenrecht"). */
function declaredType(values: readonly string[]): Declared {
  const declared: Declared = { ipType: null, counterfeit: false, imageOnly: false, rightsOwnerNotice: false };
  for (const value of values.slice(0, 20)) {
    const normalised = normaliseText(value);
    const squashedValue = squash(normalised);
    const squashed = squashedValue.text;
    const { counts } = phrasesOf(squashedValue, normalised);
    declared.ipType ??= ipTypeFromCounts(counts) ?? (TRADEMARK_VALUES.has(squashed) ? 'trademark' : null);
    if (has(counts, 'counterfeit') || /inauthentic|counterfeit|authentic/.test(squashed)) declared.counterfeit = true;
    if (/image|bild|imagen|immagin|图片|画像/.test(squashed)) declared.imageOnly = true;
    if (squashed.includes('rightsownernotice')) declared.rightsOwnerNotice = true;
    if (!declared.ipType && /rightsownernoticeofinfringement|infringement/.test(squashed)) declared.ipType = 'other';
  }
  return declared;
}
