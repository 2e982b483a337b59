import type { Flag, FlagDraft, Severity } from '../model/flag';

/**
 * Severity ranking and the one order of flags, most urgent first, used wherever flags are listed
 * (the rules' output, the popup, the dashboard): the same flags always in the same order.
 */
const RANK: Record<Severity, number> = { high: 3, medium: 2, low: 1 };

/** Most severe first. */
export const SEVERITIES: readonly Severity[] = ['high', 'medium', 'low'];

export function severityRank(severity: Severity): number {
  return RANK[severity];
}

export function worse(a: Severity, b: Severity): Severity {
  return RANK[a] >= RANK[b] ? a : b;
}

export function worstSeverity(flags: readonly Pick<Flag, 'severity'>[]): Severity | null {
  return flags.reduce<Severity | null>((worst, flag) => (worst === null ? flag.severity : worse(worst, flag.severity)), null);
}

/**
 * Most severe first, then newest evidence first, then by key. Keys by code unit, not
 * localeCompare: the same order on every machine, whatever its locale.
 */
export function byUrgency(a: Pick<FlagDraft, 'severity' | 'lastSeen' | 'key'>, b: Pick<FlagDraft, 'severity' | 'lastSeen' | 'key'>): number {
  return RANK[b.severity] - RANK[a.severity] || b.lastSeen - a.lastSeen || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}
