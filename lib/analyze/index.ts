import type { FlagDraft } from '../model/flag';
import { brandControlFlags } from './brand-control';
import { complainantFlags } from './complainants';
import { severityRank } from './flag-builder';
import type { AnalysisInput } from './input';
import { spoofedFlags } from './spoofed';
import { takedownFlags } from './takedowns';

export type { AnalysisInput } from './input';

/** Records -> flags. Pure and deterministic: the same records always give the same flags, in the same order. */
export function analyze(input: AnalysisInput): FlagDraft[] {
  return [...takedownFlags(input), ...brandControlFlags(input), ...complainantFlags(input), ...spoofedFlags(input)].sort(
    // Keys by code unit, not localeCompare: the same order on every machine, whatever its locale.
    (a, b) => severityRank(b.severity) - severityRank(a.severity) || b.lastSeen - a.lastSeen || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
}
