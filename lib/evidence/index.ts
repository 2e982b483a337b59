export { buildEvidencePack, evidencePackFileName, evidencePackZip, savedEvidencePack } from './build';
export { findEvidence } from './collect';
export { EVIDENCE_FORMAT, EVIDENCE_VERSION, EvidenceJson } from './schema';
export { buildTimeline, filterTimeline, type TimelineEntry, type TimelineFilter } from './timeline';
export type { EvidenceInput, EvidencePack, EvidenceQuery, EvidenceRecords, EvidenceSubject } from './types';
