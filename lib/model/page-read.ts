import * as z from '../zod';
import { MAX_HTML_CHARS, MAX_TEXT_CHARS } from './limits';

/**
 * PageRead: the plain data a page reader produces. It is the only shape that crosses from a
 * page (content script, one-click capture, pasted text, .eml, the CLI) to the background, so
 * every field is bounded: a hostile or broken page cannot make it unbounded.
 */
const MAX_ITEMS = 5_000;
const text = (max: number) => z.string().check(z.maxLength(max));
const list = <T extends z.ZodMiniType>(item: T, max: number) => z.array(item).check(z.maxLength(max));
const shortText = text(20_000);

/** Attributes of one Katal `kat-*` element that carry its visible text. */
export const KatalElement = z.object({
  tag: text(64),
  name: z.optional(text(256)),
  label: z.optional(shortText),
  text: z.optional(shortText),
  value: z.optional(shortText),
  header: z.optional(shortText),
  description: z.optional(shortText),
  disabled: z.optional(z.boolean()),
});
export type KatalElement = z.infer<typeof KatalElement>;

/** One row of a table a page reader understood; cells are keyed by the reader's own names. */
export const PageRow = z.object({
  kind: text(64),
  depth: z._default(z.int().check(z.minimum(0), z.maximum(20)), 0),
  cells: z.record(text(128), shortText),
});
export type PageRow = z.infer<typeof PageRow>;

/** A form field of an editor page (listing editor): name, value, and whether it is editable. */
export const PageField = z.object({
  name: text(256),
  value: shortText,
  disabled: z._default(z.boolean(), false),
});
export type PageField = z.infer<typeof PageField>;

export const PageLink = z.object({ href: text(4_000), text: text(1_000) });
export type PageLink = z.infer<typeof PageLink>;

/** Header facts of an e-mail (webmail tab or .eml). Present only when the page is a message. */
export const MailHeaders = z.object({
  /**
   * The sender as `"Name" <address>`, or the bare address. From a webmail tab only when the page
   * shows the address in its own structure (Gmail's `email` attribute, Outlook's sender line),
   * never from the message body; null when no address was found.
   */
  from: z.nullable(text(1_000)),
  /** The sender's display name where the reader has it apart from the address (webmail). */
  fromName: z.optional(z.nullable(text(1_000))),
  /**
   * The sender's address as structure gives it (postal-mime's `from.address`, the webmail
   * header's address attribute), apart from the display name. Trust is decided on it; when it
   * is absent, on the address that ends `from` (lib/notices/sender.ts).
   */
  fromAddress: z.optional(z.nullable(text(320))),
  replyTo: z._default(z.nullable(text(1_000)), null),
  returnPath: z._default(z.nullable(text(1_000)), null),
  subject: z.nullable(text(2_000)),
  date: z.nullable(text(200)),
});
export type MailHeaders = z.infer<typeof MailHeaders>;

/**
 * The selling account a Seller Central or Brand Registry page shows (lib/pages/account.ts): the
 * header account switcher's selected merchant as written there, and its store name and region,
 * each null when the page does not show it. lib/accounts/identity.ts makes the account of it.
 */
export const PageAccount = z.object({
  selection: z.nullable(text(200)),
  name: z.nullable(text(200)),
  /** The region under the store name; not read by today's reader (its page budget), kept for readers that have it. */
  region: z._default(z.nullable(text(200)), null),
});
export type PageAccount = z.infer<typeof PageAccount>;
export type PageAccountInput = z.input<typeof PageAccount>;

export const PageRead = z.object({
  url: text(8_000),
  title: text(2_000),
  /** Page kind id from the page registry; `unknown` when no reader claims the URL. */
  pageKind: text(64),
  marketplace: z.nullable(text(8)),
  lang: z.nullable(text(35)),
  /** Visible text, including open shadow roots and same-origin iframes. */
  text: text(MAX_TEXT_CHARS),
  html: z._default(z.nullable(text(MAX_HTML_CHARS)), null),
  katal: z._default(list(KatalElement, MAX_ITEMS), []),
  rows: z._default(list(PageRow, MAX_ITEMS), []),
  fields: z._default(list(PageField, MAX_ITEMS), []),
  alerts: z._default(list(shortText, 500), []),
  links: z._default(list(PageLink, MAX_ITEMS), []),
  mail: z._default(z.nullable(MailHeaders), null),
  /** Which account the page belongs to; null for any page that does not say (webmail, a paste, retail). */
  account: z._default(z.nullable(PageAccount), null),
});
export type PageRead = z.infer<typeof PageRead>;
/** What readers build: defaults may be left out. */
export type PageReadInput = z.input<typeof PageRead>;
