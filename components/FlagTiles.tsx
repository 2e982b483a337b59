import type { Flag } from '../lib/model/flag';
import { TILES, worstSeverity } from './flag-groups';
import { useI18n } from './i18n';

/** Three tiles: how many open flags of each family, and how bad the worst one is. */
export function FlagTiles({ open }: { open: readonly Flag[] }) {
  const { t } = useI18n();
  return (
    <ul class="tiles" aria-label={t('openFlags')}>
      {TILES.map((tile) => {
        const flags = open.filter((flag) => tile.kinds.includes(flag.kind));
        const worst = worstSeverity(flags);
        return (
          <li key={tile.id} class={`tile ${worst ? `severity-${worst}` : 'clear'}`} data-tile={tile.id}>
            <span class="tile-count">{flags.length}</span>
            <span class="tile-label">{t(tile.label)}</span>
            <span class="tile-severity">{worst ? t(`severity.${worst}`) : t('tileNone')}</span>
          </li>
        );
      })}
    </ul>
  );
}
