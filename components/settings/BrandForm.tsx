import type { BrandForm as Form } from '../../lib/profile-form';
import type { MessageKey } from '../../lib/i18n';
import { useI18n } from '../i18n';

const FIELDS: ReadonlyArray<{ field: keyof Form; label: MessageKey; multiline: boolean; type?: 'date' }> = [
  { field: 'name', label: 'brandName', multiline: false },
  { field: 'aliases', label: 'brandAliases', multiline: true },
  { field: 'officialDomains', label: 'officialDomains', multiline: true },
  { field: 'trademarks', label: 'trademarks', multiline: true },
  { field: 'marketplaces', label: 'brandMarketplaces', multiline: false },
  { field: 'firstSaleDate', label: 'firstSaleDate', multiline: false, type: 'date' as const },
  { field: 'authorizedSellers', label: 'authorizedSellers', multiline: true },
];

/** One brand of the profile, every field labelled. */
export function BrandForm({ form, index, onChange, onRemove }: { form: Form; index: number; onChange: (form: Form) => void; onRemove: () => void }) {
  const { t } = useI18n();
  return (
    <fieldset class="brand-form">
      <legend>{form.name || t('brandName')}</legend>
      {FIELDS.map(({ field, label, multiline, type }) => {
        const id = `brand-${index}-${field}`;
        const update = (value: string) => onChange({ ...form, [field]: value });
        return (
          <div class="field" key={field}>
            <label for={id}>{t(label)}</label>
            {multiline ? (
              <textarea id={id} rows={2} value={form[field]} onInput={(event) => update(event.currentTarget.value)} />
            ) : type === 'date' ? (
              <input id={id} type="date" value={form[field]} onInput={(event) => update(event.currentTarget.value)} />
            ) : (
              <input id={id} type="text" value={form[field]} onInput={(event) => update(event.currentTarget.value)} />
            )}
          </div>
        );
      })}
      <button type="button" class="secondary" onClick={onRemove}>
        {t('removeBrand')}
      </button>
    </fieldset>
  );
}
