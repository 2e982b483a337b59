import type { BrandRoleChange } from '../model/brand-role';
import type { Capture, Screenshot } from '../model/capture';
import type { DomainAge } from '../model/domain-intel';
import { type Flag, flagSubjectLabel } from '../model/flag';
import type { ListingChange } from '../model/listing';
import type { ListingState } from '../model/listing-state';
import type { Notice } from '../model/notice';
import type { BrandProfile } from '../model/profile';

/** What the seller asks a pack for: a flag (by key), one ASIN, or one complainant's domain. */
export type EvidenceQuery = { kind: 'flag'; key: string } | { kind: 'asin'; asin: string } | { kind: 'domain'; domain: string };

/** The query resolved: a flag comes with its stored record. */
export type EvidenceSubject = { kind: 'flag'; flag: Flag } | { kind: 'asin'; asin: string } | { kind: 'domain'; domain: string };

/** Everything one pack (and its letters) is built from: plain records, no database. */
export interface EvidenceRecords {
  subject: EvidenceSubject;
  notices: Notice[];
  listingStates: ListingState[];
  listingChanges: ListingChange[];
  brandRoleChanges: BrandRoleChange[];
  domainAges: DomainAge[];
  captures: Capture[];
  screenshots: Screenshot[];
  profile: BrandProfile;
}

export interface EvidenceInput extends EvidenceRecords {
  /** The seller's UI language: which language leads where a sentence is given in both. */
  language: 'en' | 'zh';
  generatedAt: number;
}

export interface EvidencePack {
  /** Path inside the zip -> bytes: report.html, notices.csv, evidence.json, letters/*.txt, screenshots/*. */
  files: Record<string, Uint8Array>;
  /** The input's generatedAt: the date every file carries in the zip. */
  generatedAt: number;
}

/** A short human label of the subject: `B0CLMR7X2Q · US`, `lumora-official.co.uk`. */
export function subjectLabel(subject: EvidenceSubject): string {
  return subject.kind === 'flag' ? flagSubjectLabel(subject.flag.subject) || subject.flag.kind : subject.kind === 'asin' ? subject.asin : subject.domain;
}
