import { type Flag, flagSubjectLabel } from '../model/flag';
import type { ComplainantSource } from './date-lines';

/**
 * The complainant a suspicious-complainant flag is about: its registrable domain when it has
 * one. A freemail sender's subject is its address (the provider's registration date says nothing
 * about the complainant) and a rights owner's name has no domain at all.
 */
export function complainantSource(flag: Pick<Flag, 'subject' | 'evidence'>): ComplainantSource {
  return { complainant: flagSubjectLabel(flag.subject), domain: flag.subject.domain ?? null, evidence: flag.evidence };
}
