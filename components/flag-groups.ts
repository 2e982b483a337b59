import type { FlagKind } from '../lib/model/flag';
import type { MessageKey } from '../lib/i18n';

/** The popup's four tiles; a fake "Amazon" notice is a complainant problem too. */
export const TILES: ReadonlyArray<{ id: string; label: MessageKey; kinds: readonly FlagKind[] }> = [
  { id: 'brand-control', label: 'tileBrandControl', kinds: ['hijacked-brand-control'] },
  { id: 'takedowns', label: 'tileTakedowns', kinds: ['listing-takedown'] },
  { id: 'complainants', label: 'tileComplainants', kinds: ['suspicious-complainant', 'spoofed-notice'] },
  { id: 'follow-sellers', label: 'tileFollowSellers', kinds: ['follow-seller'] },
];
