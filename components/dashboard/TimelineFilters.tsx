import type { TimelineEntry, TimelineFilter } from '../../lib/evidence/timeline';
import { useI18n } from '../i18n';

export interface FilterForm {
  brand: string;
  asin: string;
  domain: string;
  marketplace: string;
  /** `YYYY-MM-DD` from the date inputs, or ''. */
  from: string;
  to: string;
}

export const EMPTY_FILTER: FilterForm = { brand: '', asin: '', domain: '', marketplace: '', from: '', to: '' };

/** The form's values as a filter; dates are the seller's local days, `to` inclusive. */
export function toFilter(form: FilterForm): TimelineFilter {
  const day = (value: string, time: string) => (value ? new Date(`${value}T${time}`).getTime() : undefined);
  return {
    brand: form.brand || undefined,
    asin: form.asin || undefined,
    domain: form.domain || undefined,
    marketplace: form.marketplace || undefined,
    from: day(form.from, '00:00:00'),
    to: day(form.to, '23:59:59.999'),
  };
}

/** Filters by brand, ASIN, complainant, marketplace and period; the choices are those in the records. */
export function TimelineFilters({ entries, value, onChange }: { entries: readonly TimelineEntry[]; value: FilterForm; onChange: (patch: Partial<FilterForm>) => void }) {
  const { t } = useI18n();
  const options = (pick: (entry: TimelineEntry) => readonly (string | null)[]) => [...new Set(entries.flatMap(pick).filter((v): v is string => !!v))].sort();
  const select = (name: 'brand' | 'asin' | 'domain' | 'marketplace', label: string, choices: string[]) => (
    <label class="filter">
      <span>{label}</span>
      <select name={name} value={value[name]} onChange={(event) => onChange({ [name]: event.currentTarget.value })}>
        <option value="">{t('filterAll')}</option>
        {choices.map((choice) => (
          <option key={choice} value={choice}>
            {choice}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <form class="filters" aria-label={t('filtersLabel')} onSubmit={(event) => event.preventDefault()}>
      {select('brand', t('filterBrand'), options((e) => e.brands))}
      {select('asin', t('filterAsin'), options((e) => e.asins))}
      {select('domain', t('filterComplainant'), options((e) => e.domains))}
      {select('marketplace', t('filterMarketplace'), options((e) => [e.marketplace]))}
      <label class="filter">
        <span>{t('filterFrom')}</span>
        <input type="date" name="from" value={value.from} onChange={(event) => onChange({ from: event.currentTarget.value })} />
      </label>
      <label class="filter">
        <span>{t('filterTo')}</span>
        <input type="date" name="to" value={value.to} onChange={(event) => onChange({ to: event.currentTarget.value })} />
      </label>
      <button type="button" class="secondary" onClick={() => onChange(EMPTY_FILTER)}>
        {t('filterClear')}
      </button>
    </form>
  );
}
