import { useI18n } from './i18n';

/** Shown only when flags or captures came from more than one marketplace. */
export function MarketplaceSwitcher({ marketplaces, value, onChange }: { marketplaces: readonly string[]; value: string | null; onChange: (value: string | null) => void }) {
  const { t } = useI18n();
  if (marketplaces.length < 2) return null;
  return (
    <label class="marketplace-switcher">
      <span>{t('marketplaceFilter')}</span>
      <select value={value ?? ''} onChange={(event) => onChange(event.currentTarget.value || null)}>
        <option value="">{t('allMarketplaces')}</option>
        {marketplaces.map((marketplace) => (
          <option key={marketplace} value={marketplace}>
            {marketplace}
          </option>
        ))}
      </select>
    </label>
  );
}
