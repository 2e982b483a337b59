import { database } from '../../lib/db';
import { keyOr } from '../../lib/i18n';
import type { BrandEntry } from '../../lib/model/profile';
import { selfCheckItems, selfCheckLinks } from '../../lib/domains/self-check';
import { sendToBackground } from '../../lib/send';
import { parseStringList } from '../../lib/string-list';
import { useI18n } from '../i18n';
import { useLiveQuery } from '../use-live-query';

/**
 * The check sellers are told to do for each brand: search the trademark offices for marks of
 * the same name, and whether a foreign one is filed in Brand Registry. Links open the offices'
 * public searches; the ticks are the seller's own notes, kept in settings.
 */
export function SelfCheck({ brand }: { brand: BrandEntry }) {
  const { t } = useI18n();
  const key = `selfCheck:${brand.name}`;
  const stored = useLiveQuery(async () => (await database().settings.get(key))?.value ?? '[]', [key]);
  if (stored === undefined) return null;
  const ticked = new Set<string>(parseStringList(stored));
  const toggle = (item: string) => {
    const next = ticked.has(item) ? [...ticked].filter((i) => i !== item) : [...ticked, item];
    void sendToBackground({ type: 'UItoBG.setSetting', key, value: JSON.stringify(next) });
  };
  const items = selfCheckItems(brand);
  return (
    <section class="self-check" aria-label={t('selfCheckTitle', { brand: brand.name })}>
      <h3>{t('selfCheckTitle', { brand: brand.name })}</h3>
      <p class="muted">{t('selfCheckHelp', { brand: brand.name })}</p>
      <ul class="self-check-links">
        {selfCheckLinks(brand.name).map((link) => (
          <li key={link.office}>
            <a href={link.url} target="_blank" rel="noreferrer">
              {link.label}
            </a>
            {!link.deepLink && <span class="muted"> {t('selfCheckSearchPage')}</span>}
          </li>
        ))}
      </ul>
      <ul class="self-check-items">
        {items.map((item) => (
          <li key={item}>
            <label>
              <input
                type="checkbox"
                checked={ticked.has(item)}
                onChange={() => toggle(item)}
              />{' '}
              {t(keyOr(`check.${item}`, 'loading'))}
            </label>
          </li>
        ))}
      </ul>
    </section>
  );
}

