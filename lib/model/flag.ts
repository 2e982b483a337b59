import * as z from '../zod';
import { RecordAccount } from './account';
import { FlagSubject } from './flag-subject';

export { FlagSubject, flagKey, flagSubjectId, flagSubjectLabel } from './flag-subject';

export const FlagKind = z.enum(['listing-takedown', 'hijacked-brand-control', 'suspicious-complainant', 'spoofed-notice', 'follow-seller']);
export type FlagKind = z.infer<typeof FlagKind>;

export const Severity = z.enum(['high', 'medium', 'low']);
export type Severity = z.infer<typeof Severity>;

/** Reasons, exactly these strings: stored in flags and keys of the sentences in lib/i18n. */
export const FlagReason = z.enum([
  // listing-takedown
  'notice-removed-listing',
  'account-health-listing-removed',
  'inventory-detail-page-removed',
  // hijacked-brand-control
  'brand-changed',
  'brand-conflict-error',
  'locked-attribute',
  'brand-role-lost',
  'content-changed',
  // suspicious-complainant
  'brand-named-domain',
  'lookalike-domain',
  'freemail-domain',
  'young-domain',
  'foreign-trademark',
  'own-trademark-asserted',
  'repeat-complainant',
  // spoofed-notice
  'non-amazon-sender',
  'non-amazon-login-link',
  // follow-seller
  'unauthorized-seller',
  'holds-featured-offer',
  'below-your-price',
  'new-seller',
]);
export type FlagReason = z.infer<typeof FlagReason>;

export const FlagState = z.enum(['open', 'acknowledged', 'resolved']);
export type FlagState = z.infer<typeof FlagState>;

/** One reason with the facts behind it, for the one-sentence explanation in both languages. */
export const FlagFinding = z.object({
  reason: FlagReason,
  /** Named values the sentence uses: {domain, brand, number, office, marketplace, ...}. */
  facts: z.record(z.string(), z.string()),
});
export type FlagFinding = z.infer<typeof FlagFinding>;

/** What the pure rules produce (lib/analyze). */
export const FlagDraft = z.object({
  /** flagKey(kind, subject): stable across recomputations. */
  key: z.string(),
  kind: FlagKind,
  severity: Severity,
  subject: FlagSubject,
  marketplace: z.nullable(z.string()),
  /** The account whose records raised it (also in the subject, and so in the key, when known). */
  account: RecordAccount,
  reasons: z.array(FlagReason).check(z.minLength(1)),
  findings: z.array(FlagFinding),
  evidence: z.array(z.string()), // capture ids
  firstSeen: z.int(),
  lastSeen: z.int(),
  /** Set when the rule itself sees the problem cleared (retraction, listing active again). */
  resolvedBy: z.nullable(z.string()),
});
export type FlagDraft = z.infer<typeof FlagDraft>;

/** A stored flag: the draft plus the state the seller gave it, which survives recomputation. */
export const Flag = z.extend(FlagDraft, {
  state: FlagState,
  stateChangedAt: z.int(),
  /** lastSeen at the moment of acknowledging: newer evidence reopens the flag. */
  acknowledgedLastSeen: z.nullable(z.int()),
});
export type Flag = z.infer<typeof Flag>;
