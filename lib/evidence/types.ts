import { flagSubjectLabel } from '../model/flag';
import type { EvidenceRecords, EvidenceSubject } from '../dispute/records';

export type { EvidenceQuery, EvidenceRecords, EvidenceSubject } from '../dispute/records';

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
