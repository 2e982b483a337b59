import { RecordAccount } from './account';
import * as z from '../zod';
import { CaptureId } from './capture';

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

const Asin = z.string().check(z.regex(/^[A-Z0-9]{10}$/));
const text = (max: number) => z.string().check(z.maxLength(max));
const list = <T extends z.ZodMiniType>(item: T, max: number) => z.array(item).check(z.maxLength(max));

/** What the pure parser (lib/notices) makes of one text: no id, no capture, no storage. */
export const NoticeDraft = z.object({
  category: NoticeCategory,
  ipType: z.nullable(IpType),
  action: NoticeAction,
  complaintIds: list(z.string().check(z.regex(/^\d{6,14}$/)), 200),
  asins: list(Asin, 2_000),
  skus: list(text(200), 2_000),
  titles: list(text(2_000), 500),
  rightsOwnerName: z.nullable(text(500)),
  rightsOwnerEmail: z.nullable(text(320)),
  /** Registrable domain of rightsOwnerEmail (or of a rights-owner website), lower case, Unicode. */
  complainantDomain: z.nullable(text(253)),
  trademarkNumbers: list(text(64), 100),
  patentNumbers: list(text(64), 100),
  /** The sender's address where known (.eml, webmail); null for pasted text and pages. */
  sender: z.nullable(text(320)),
  /** true: a genuine Amazon sender or a Seller Central page; false: not Amazon's; null: unknown. */
  senderIsAmazon: z.nullable(z.boolean()),
  /** The text presents itself as Amazon's (Amazon's wording, "Seller Performance", sign-off...). */
  claimsAmazon: z.boolean(),
  /** Links in the body that lead to a login page outside Amazon (phishing). */
  suspiciousLinks: list(text(2_000), 50),
  subject: z.nullable(text(2_000)),
  /** When the notice was sent or shown (epoch ms), from the mail date or the page's date. */
  receivedAt: z.nullable(z.int()),
  marketplace: z.nullable(text(8)),
  /** Language the notice is written in: en, zh, de, fr, es, it, ja. */
  language: z.enum(['en', 'zh', 'de', 'fr', 'es', 'it', 'ja']),
});
export type NoticeDraft = z.infer<typeof NoticeDraft>;

/**
 * A stored notice. One notice however many times it was captured (page, e-mail, paste): `id` is
 * `complaint:<smallest complaint id>`, else `text:<hash of the normalised text>`.
 */
export const Notice = z.extend(NoticeDraft, {
  id: text(200),
  /** The account whose captures said it (lib/model/account.ts). */
  account: RecordAccount,
  captureIds: z.array(CaptureId).check(z.minLength(1)),
  firstCapturedAt: z.int(),
});
export type Notice = z.infer<typeof Notice>;
