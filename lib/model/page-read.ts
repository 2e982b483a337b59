import { z } from 'zod';
import { MAX_HTML_CHARS, MAX_TEXT_CHARS } from './limits';

/**
 * PageRead: the plain data a page reader produces. It is the only shape that crosses from a
 * page (content script, one-click capture, pasted text, .eml, the CLI) to the background, so
 * every field is bounded: a hostile or broken page cannot make it unbounded.
 */
const MAX_ITEMS = 5_000;
const shortText = z.string().max(20_000);

/** Attributes of one Katal `kat-*` element that carry its visible text. */
export const KatalElement = z.object({
  tag: z.string().max(64),
  name: z.string().max(256).optional(),
  label: shortText.optional(),
  text: shortText.optional(),
  value: shortText.optional(),
  header: shortText.optional(),
  description: shortText.optional(),
  disabled: z.boolean().optional(),
});
export type KatalElement = z.infer<typeof KatalElement>;

/** One row of a table a page reader understood; cells are keyed by the reader's own names. */
export const PageRow = z.object({
  kind: z.string().max(64),
  depth: z.number().int().min(0).max(20).default(0),
  cells: z.record(z.string().max(128), shortText),
});
export type PageRow = z.infer<typeof PageRow>;

/** A form field of an editor page (listing editor): name, value, and whether it is editable. */
export const PageField = z.object({
  name: z.string().max(256),
  value: shortText,
  disabled: z.boolean().default(false),
});
export type PageField = z.infer<typeof PageField>;

export const PageLink = z.object({ href: z.string().max(4_000), text: z.string().max(1_000) });
export type PageLink = z.infer<typeof PageLink>;

/** Header facts of an e-mail (webmail tab or .eml). Present only when the page is a message. */
export const MailHeaders = z.object({
  from: z.string().max(1_000).nullable(),
  replyTo: z.string().max(1_000).nullable().default(null),
  returnPath: z.string().max(1_000).nullable().default(null),
  subject: z.string().max(2_000).nullable(),
  date: z.string().max(200).nullable(),
});
export type MailHeaders = z.infer<typeof MailHeaders>;

export const PageRead = z.object({
  url: z.string().max(8_000),
  title: z.string().max(2_000),
  /** Page kind id from the page registry; `unknown` when no reader claims the URL. */
  pageKind: z.string().max(64),
  marketplace: z.string().max(8).nullable(),
  lang: z.string().max(35).nullable(),
  /** Visible text, including open shadow roots and same-origin iframes. */
  text: z.string().max(MAX_TEXT_CHARS),
  html: z.string().max(MAX_HTML_CHARS).nullable().default(null),
  katal: z.array(KatalElement).max(MAX_ITEMS).default([]),
  rows: z.array(PageRow).max(MAX_ITEMS).default([]),
  fields: z.array(PageField).max(MAX_ITEMS).default([]),
  alerts: z.array(shortText).max(500).default([]),
  links: z.array(PageLink).max(MAX_ITEMS).default([]),
  mail: MailHeaders.nullable().default(null),
});
export type PageRead = z.infer<typeof PageRead>;
/** What readers build: defaults may be left out. */
export type PageReadInput = z.input<typeof PageRead>;
