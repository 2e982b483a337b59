import type { IpType, NoticeAction, NoticeCategory } from '../model/notice';
import type { PhraseGroup } from './labels';
import { normaliseText, squash } from './normalise';
import { phrasesOf } from './vocabulary';

/**
 * Category, IP type and action of a notice, from the phrase counts (./vocabulary.ts) and the
 * "Infringement type:" / "Complaint Type:" values. Precedence, strongest event first:
 *   retraction (the complaint was withdrawn, the listing reinstated)
 *   > account deactivation (related accounts and verification included; never an IP complaint,
 *     though its ipType says when IP complaints were the reason, digest 15)
 *   > counterfeit (inauthentic, "Counterfeit without a Test Buy", buyer "Complaint Type: Inauthentic")
 *   > IP complaint (a rights owner or a complaint field, and infringement words)
 *   > policy warning (Amazon's own finding, no rights owner: "Policy Warning", suspected IP)
 *   > brand registry (roles, selling roles) > other.
 */

export type Counts = ReadonlyMap<PhraseGroup, number>;

export interface ClassifyInput {
  counts: Counts;
  /** Values of "Infringement type:" / "Complaint Type:" fields. */
  infringementTypes: readonly string[];
  /** A complaint ID, trademark or patent number field was present. */
  hasComplaintFields: boolean;
}

export interface Classification {
  category: NoticeCategory;
  ipType: IpType | null;
  action: NoticeAction;
}

const has = (counts: Counts, group: PhraseGroup) => (counts.get(group) ?? 0) > 0;

export function classify({ counts, infringementTypes, hasComplaintFields }: ClassifyInput): Classification {
  const declared = declaredType(infringementTypes);
  const ipFromWords = ipTypeFromCounts(counts);
  const rightsOwner = has(counts, 'rightsOwner');
  const infringement = has(counts, 'infringement') || ipFromWords !== null;
  const complaintContext = rightsOwner || hasComplaintFields || infringementTypes.length > 0;
  const counterfeit = declared.counterfeit || has(counts, 'counterfeit');
  const removal = removalAction(counts, declared.imageOnly);

  if (has(counts, 'event.retraction')) {
    return { category: 'retraction', ipType: declared.ipType ?? ipFromWords, action: 'reinstated' };
  }
  if (has(counts, 'event.accountDeactivated')) {
    const ipReason = declared.ipType ?? (rightsOwner && infringement ? ipFromWords ?? 'other' : null);
    return { category: 'account-deactivation', ipType: ipReason, action: 'account-deactivated' };
  }
  if (counterfeit && (complaintContext || infringement || removal)) {
    const ipType = declared.ipType ?? (has(counts, 'trademark') ? 'trademark' : null);
    return { category: 'counterfeit', ipType, action: removal ?? 'warning' };
  }
  if (infringement && (rightsOwner || hasComplaintFields || declared.ipType)) {
    return { category: 'ip-complaint', ipType: declared.ipType ?? ipFromWords ?? 'other', action: removal ?? 'warning' };
  }
  if (has(counts, 'policyWarning') || has(counts, 'event.warning') || (infringement && removal)) {
    return { category: 'policy-warning', ipType: declared.ipType ?? ipFromWords, action: removal ?? 'warning' };
  }
  if (has(counts, 'brandRegistry')) return { category: 'brand-registry', ipType: null, action: 'none' };
  return { category: 'other', ipType: null, action: removal ?? 'none' };
}

/** True when anything at all marks the text as one of Amazon's notices (not a random page). */
export function hasNoticeSignal(counts: Counts): boolean {
  for (const group of [
    'event.retraction', 'event.accountDeactivated', 'event.listingRemoved', 'event.imagesRemoved',
    'counterfeit', 'policyWarning', 'brandRegistry', 'rightsOwner', 'infringement',
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

interface Declared {
  ipType: IpType | null;
  counterfeit: boolean;
  /** "Copyright Image": the complaint is about an image. */
  imageOnly: boolean;
}

/** What an "Infringement type:" value says, in any language ("Copyright Image", "Inauthentic", "Markenrecht"). */
function declaredType(values: readonly string[]): Declared {
  const declared: Declared = { ipType: null, counterfeit: false, imageOnly: false };
  for (const value of values.slice(0, 20)) {
    const normalised = normaliseText(value);
    const squashedValue = squash(normalised);
    const squashed = squashedValue.text;
    const { counts } = phrasesOf(squashedValue, normalised);
    declared.ipType ??= ipTypeFromCounts(counts);
    if (has(counts, 'counterfeit') || /inauthentic|counterfeit|authentic/.test(squashed)) declared.counterfeit = true;
    if (/image|bild|imagen|immagin|图片|画像/.test(squashed)) declared.imageOnly = true;
    if (!declared.ipType && /rightsownernoticeofinfringement|infringement/.test(squashed)) declared.ipType = 'other';
  }
  return declared;
}
