import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { BrandProfile } from '../lib/model/profile';
import { sendToBackground } from '../lib/send';
import { useI18n } from './i18n';

/**
 * The popup's first question while the seller has no brand profile: which brand is theirs, with
 * the brands Brand Registry showed them owning as one-click answers. A saved brand is only a name;
 * settings take the trademarks, domains and first-sale date.
 */
export function BrandSetup({ profile, suggestions }: { profile: BrandProfile; suggestions: readonly string[] }) {
  const { t } = useI18n();
  const [saved, setSaved] = useState<string | null>(null);
  const settingsUrl = browser.runtime.getURL('/options.html');
  const protect = async (brand: string) => {
    const reply = await sendToBackground({ type: 'UItoBG.saveProfile', profile: { brands: [...profile.brands, { name: brand }] } });
    if (reply.ok) setSaved(brand);
  };
  if (saved) {
    return (
      <section class="setup" aria-labelledby="setup-title" role="status">
        <h2 id="setup-title">{t('setupSaved', { brand: saved })}</h2>
        <p>
          <a href={settingsUrl} target="_blank" rel="noreferrer">
            {t('setupMore')}
          </a>
        </p>
      </section>
    );
  }
  return (
    <section class="setup" aria-labelledby="setup-title">
      <h2 id="setup-title">{t('setupTitle')}</h2>
      <p>{t('setupBody')}</p>
      {suggestions.length > 0 ? (
        <>
          <p>{t('setupSuggested')}</p>
          <ul class="suggestions">
            {suggestions.map((brand) => (
              <li key={brand}>
                <button type="button" onClick={() => void protect(brand)}>
                  {t('setupUse', { brand })}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t('setupNoSuggestion')}</p>
      )}
      <p>
        <a href={settingsUrl} target="_blank" rel="noreferrer">
          {t('setupSettings')}
        </a>
      </p>
    </section>
  );
}
