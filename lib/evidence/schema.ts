import * as z from '../zod';
import { Said } from '../said';
import { BrandRoleChange } from '../model/brand-role';
import { CaptureSource, CaptureStatus } from '../model/capture';
import { DomainAge } from '../model/domain-intel';
import { Flag } from '../model/flag';
import { ListingChange } from '../model/listing';
import { ListingState } from '../model/listing-state';
import { Notice } from '../model/notice';
import { BrandProfile } from '../model/profile';

export const EVIDENCE_FORMAT = 'brand-sentry-evidence';
export const EVIDENCE_VERSION = 2;

const IsoDay = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
const nullableText = z.nullable(z.string());

/**
 * evidence.json, version 2: the pack's records in machine-readable form, for a lawyer's tools,
 * a later import, or a support case. Records keep the stored models' shapes (epoch ms); the key
 * facts add ISO dates. A change to this shape is a new version. Version 2: why a capture is
 * unrecognised and why a domain's age is unknown are message keys with parameters (lib/said.ts),
 * no longer English sentences.
 */
export const EvidenceJson = z.object({
  format: z.literal(EVIDENCE_FORMAT),
  version: z.literal(EVIDENCE_VERSION),
  generatedAt: z.iso.datetime(),
  timeZone: z.literal('UTC'),
  language: z.enum(['en', 'zh']),
  subject: z.object({
    kind: z.enum(['flag', 'asin', 'domain']),
    label: z.string(),
    flagKey: nullableText,
    /** The selling account of a flag that belongs to one: its merchant token and store name. */
    account: z._default(z.nullable(z.object({ id: z.string(), name: nullableText })), null),
  }),
  keyFacts: z.object({
    priority: z.array(
      z.object({
        domain: z.string(),
        domainCreatedAt: IsoDay,
        registrar: nullableText,
        ours: z.nullable(z.object({ source: z.enum(['listing-first-seen', 'first-sale-date']), date: IsoDay, asin: nullableText, marketplace: nullableText, brand: nullableText })),
        daysBefore: z.nullable(z.int()),
      }),
    ),
    ownTrademarks: z.array(z.object({ brand: z.string(), office: nullableText, number: z.string() })),
    citedMarks: z.array(z.object({ number: z.string(), office: nullableText, ownMark: z.boolean(), noticeId: z.string(), complaintIds: z.array(z.string()) })),
    complaints: z.array(
      z.object({ noticeId: z.string(), complaintIds: z.array(z.string()), date: IsoDay, asins: z.array(z.string()), marketplace: nullableText, ipType: nullableText, complainantDomain: nullableText }),
    ),
  }),
  flag: z.nullable(Flag),
  notices: z.array(Notice),
  listingStates: z.array(ListingState),
  listingChanges: z.array(ListingChange),
  brandRoleChanges: z.array(BrandRoleChange),
  domainAges: z.array(DomainAge),
  captures: z.array(
    z.object({
      id: z.string(),
      source: CaptureSource,
      capturedAt: z.int(),
      url: z.string(),
      pageKind: z.string(),
      marketplace: nullableText,
      status: CaptureStatus,
      statusReason: z.nullable(Said),
      title: z.string(),
      text: z.string(),
      screenshots: z.array(z.string()),
    }),
  ),
  profile: BrandProfile,
  letters: z.array(z.object({ id: z.string(), kind: z.string(), title: z.string(), to: z.string(), subject: z.string(), file: z.string() })),
});
export type EvidenceJson = z.infer<typeof EvidenceJson>;
