import type { FlagDraft } from '../model/flag';
import { brandControlFlags } from './brand-control';
import { complainantFlags } from './complainants';
import { followSellerFlags } from './follow-sellers';
import { byUrgency } from './severity';
import type { AnalysisInput } from './input';
import { spoofedFlags } from './spoofed';
import { takedownFlags } from './takedowns';

export type { AnalysisInput } from './input';

/** Records -> flags. Pure and deterministic: the same records always give the same flags, in the same order. */
export function analyze(input: AnalysisInput): FlagDraft[] {
  return [...takedownFlags(input), ...brandControlFlags(input), ...complainantFlags(input), ...spoofedFlags(input), ...followSellerFlags(input)].sort(byUrgency);
}
