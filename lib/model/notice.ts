import { z } from 'zod';

export const NoticeCategory = z.enum([
  'ip-complaint',
  'counterfeit',
  'retraction',
  'policy-warning',
  'account-deactivation',
  'brand-registry',
  'other',
]);
export type NoticeCategory = z.infer<typeof NoticeCategory>;

/** IP type of an `ip-complaint` (and of a counterfeit complaint that cites a trademark). */
export const IpType = z.enum(['trademark', 'copyright', 'patent', 'design', 'other']);
export type IpType = z.infer<typeof IpType>;

/**
 * What the notice says Amazon did. The takedown rule needs it: removing images only is not a
 * takedown; a warning is not a removal.
 */
export const NoticeAction = z.enum([
  'listing-removed', // listings removed, deactivated, suspended, "detail page removed"
  'images-removed',
  'warning', // policy warning without removal, "at risk"
  'account-deactivated',
  'reinstated', // listing reinstated / retraction accepted / violation cleared
  'none',
]);
export type NoticeAction = z.infer<typeof NoticeAction>;

const Asin = z.string().regex(/^[A-Z0-9]{10}$/);
const text = (max: number) => z.string().max(max);

/** What the pure parser (lib/notices) makes of one text: no id, no capture, no storage. */
export const NoticeDraft = z.object({
  category: NoticeCategory,
  ipType: IpType.nullable(),
  action: NoticeAction,
  complaintIds: z.array(z.string().regex(/^\d{6,14}$/)).max(200),
  asins: z.array(Asin).max(2_000),
  skus: z.array(text(200)).max(2_000),
  titles: z.array(text(2_000)).max(500),
  rightsOwnerName: text(500).nullable(),
  rightsOwnerEmail: text(320).nullable(),
  /** Registrable domain of rightsOwnerEmail (or of a rights-owner website), lower case, Unicode. */
  complainantDomain: text(253).nullable(),
  trademarkNumbers: z.array(text(64)).max(100),
  patentNumbers: z.array(text(64)).max(100),
  /** The sender's address where known (.eml, webmail); null for pasted text and pages. */
  sender: text(320).nullable(),
  /** true: a genuine Amazon sender or a Seller Central page; false: not Amazon's; null: unknown. */
  senderIsAmazon: z.boolean().nullable(),
  /** The text presents itself as Amazon's (Amazon's wording, "Seller Performance", sign-off...). */
  claimsAmazon: z.boolean(),
  /** Links in the body that lead to a login page outside Amazon (phishing). */
  suspiciousLinks: z.array(text(2_000)).max(50),
  subject: text(2_000).nullable(),
  /** When the notice was sent or shown (epoch ms), from the mail date or the page's date. */
  receivedAt: z.number().int().nullable(),
  marketplace: text(8).nullable(),
  /** Language the notice is written in: en, zh, de, fr, es, it, ja. */
  language: z.enum(['en', 'zh', 'de', 'fr', 'es', 'it', 'ja']),
});
export type NoticeDraft = z.infer<typeof NoticeDraft>;

/**
 * A stored notice. One notice however many times it was captured (page, e-mail, paste): `id` is
 * `complaint:<first complaint id>`, else `text:<hash of the normalised text>`.
 */
export const Notice = NoticeDraft.extend({
  id: z.string().max(200),
  captureIds: z.array(z.string()).min(1),
  firstCapturedAt: z.number().int(),
  /** For a retraction: ids of the complaint notices it clears. */
  clears: z.array(z.string()).default([]),
});
export type Notice = z.infer<typeof Notice>;
