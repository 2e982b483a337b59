import type { Flag, FlagKind, Severity } from '../lib/model/flag';
import type { MessageKey } from '../lib/i18n';

/** The popup's three tiles; a fake "Amazon" notice is a complainant problem too. */
export const TILES: ReadonlyArray<{ id: string; label: MessageKey; kinds: readonly FlagKind[] }> = [
  { id: 'brand-control', label: 'tileBrandControl', kinds: ['hijacked-brand-control'] },
  { id: 'takedowns', label: 'tileTakedowns', kinds: ['listing-takedown'] },
  { id: 'complainants', label: 'tileComplainants', kinds: ['suspicious-complainant', 'spoofed-notice'] },
];

const RANK: Record<Severity, number> = { high: 3, medium: 2, low: 1 };

export function worstSeverity(flags: readonly Flag[]): Severity | null {
  return flags.reduce<Severity | null>((worst, flag) => (worst === null || RANK[flag.severity] > RANK[worst] ? flag.severity : worst), null);
}

/** Open flags, most severe first, then newest evidence first. */
export function sortForAttention(flags: readonly Flag[]): Flag[] {
  return [...flags].sort((a, b) => RANK[b.severity] - RANK[a.severity] || b.lastSeen - a.lastSeen || a.key.localeCompare(b.key));
}

/** A flag belongs to a marketplace filter when it has that marketplace or none (brand-wide). */
export function inMarketplace(flag: Flag, marketplace: string | null): boolean {
  return marketplace === null || flag.marketplace === null || flag.marketplace === marketplace;
}
