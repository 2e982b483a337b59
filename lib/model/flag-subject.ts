import * as z from '../zod';

/**
 * What a flag is about, as typed fields: the rules fill the ones their kind has, the key and
 * the display string are derived here, and nothing reads the fields back out of a string.
 *
 * - listing-takedown, hijacked-brand-control on a listing: `asin` (or `sku`) and `marketplace`
 * - hijacked-brand-control on a brand: `brand`
 * - suspicious-complainant: `domain`, or `address` (a freemail sender), or `rightsOwner`
 * - spoofed-notice: `domain` (none when neither sender nor link names one)
 * - `sellerId` and `account` for the kinds that are about a seller or one of several accounts.
 */
export const FlagSubject = z.object({
  asin: z.optional(z.string()),
  sku: z.optional(z.string()),
  marketplace: z.optional(z.string()),
  brand: z.optional(z.string()),
  domain: z.optional(z.string()),
  address: z.optional(z.string()),
  rightsOwner: z.optional(z.string()),
  sellerId: z.optional(z.string()),
  account: z.optional(z.string()),
});
export type FlagSubject = z.infer<typeof FlagSubject>;

/**
 * The subject as one string, for the flag's stable key. It reproduces the strings flags were
 * keyed by before subjects were typed (`B0CLMR7X2Q@US`, `sku:X@?`, `brand:Lumora`, a domain, an
 * address, `owner:name`, `unknown-sender`), so a stored flag keeps its state; the newer fields
 * (`sellerId`, `account`) are appended only when present, which leaves those keys unchanged.
 */
export function flagSubjectId(subject: FlagSubject): string {
  const listing = subject.asin ?? (subject.sku !== undefined ? `sku:${subject.sku}` : undefined);
  const base =
    listing !== undefined
      ? `${listing}@${subject.marketplace ?? '?'}`
      : subject.brand !== undefined
        ? `brand:${subject.brand}`
        : (subject.domain ?? subject.address ?? (subject.rightsOwner !== undefined ? `owner:${subject.rightsOwner}` : undefined));
  const parts = base !== undefined ? [base] : [];
  if (subject.sellerId !== undefined) parts.push(`seller=${subject.sellerId}${base === undefined && subject.marketplace !== undefined ? `@${subject.marketplace}` : ''}`);
  if (subject.account !== undefined) parts.push(`account=${subject.account}`);
  // A spoofed notice whose sender and links name no domain is the one subject without a field.
  return parts.length > 0 ? parts.join(';') : 'unknown-sender';
}

/** A flag's stable key: the same kind about the same subject is the same flag, across recomputations. */
export function flagKey(kind: string, subject: FlagSubject): string {
  return `${kind}:${flagSubjectId(subject)}`;
}

/**
 * The subject as a seller reads it, in any language: "B0CLMR7X2Q · US", "Lumora",
 * "lumora-official.co.uk". Empty when the subject has no field (the flag's kind says it all).
 */
export function flagSubjectLabel(subject: FlagSubject): string {
  const listing = subject.asin ?? (subject.sku !== undefined ? `SKU ${subject.sku}` : undefined);
  const who = listing ?? subject.brand ?? subject.domain ?? subject.address ?? subject.rightsOwner;
  const parts = [who, subject.sellerId, subject.marketplace].filter((part): part is string => part !== undefined && part !== '');
  return parts.join(' · ');
}
