import { byUrgency } from '../lib/analyze/severity';
import type { Flag, FlagKind } from '../lib/model/flag';
import type { MessageKey } from '../lib/i18n';

/** The popup's three tiles; a fake "Amazon" notice is a complainant problem too. */
export const TILES: ReadonlyArray<{ id: string; label: MessageKey; kinds: readonly FlagKind[] }> = [
  { id: 'brand-control', label: 'tileBrandControl', kinds: ['hijacked-brand-control'] },
  { id: 'takedowns', label: 'tileTakedowns', kinds: ['listing-takedown'] },
  { id: 'complainants', label: 'tileComplainants', kinds: ['suspicious-complainant', 'spoofed-notice'] },
];

/** Open flags, most urgent first (lib/analyze/severity.ts). */
export function sortForAttention(flags: readonly Flag[]): Flag[] {
  return [...flags].sort(byUrgency);
}

/** A flag belongs to a marketplace filter when it has that marketplace or none (brand-wide). */
export function inMarketplace(flag: Flag, marketplace: string | null): boolean {
  return marketplace === null || flag.marketplace === null || flag.marketplace === marketplace;
}
