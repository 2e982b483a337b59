import { TILES } from './flag-groups';
import { useI18n } from './i18n';
import type { TileCount } from '../lib/db/queries';

/** One tile per family of flags: how many open flags of each family, and how bad the worst one is. */
export function FlagTiles({ tiles }: { tiles: Record<string, TileCount> }) {
  const { t } = useI18n();
  return (
    <ul class="tiles" aria-label={t('openFlags')}>
      {TILES.map((tile) => {
        const { count, worst } = tiles[tile.id] ?? { count: 0, worst: null };
        return (
          <li key={tile.id} class={`tile ${worst ? `severity-${worst}` : 'clear'}`} data-tile={tile.id}>
            <span class="tile-count">{count}</span>
            <span class="tile-label">{t(tile.label)}</span>
            <span class="tile-severity">{worst ? t(`severity.${worst}`) : t('tileNone')}</span>
          </li>
        );
      })}
    </ul>
  );
}
