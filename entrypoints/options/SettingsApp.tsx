import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useI18n } from '../../components/i18n';
import { LanguageSwitcher } from '../../components/LanguageSwitcher';
import { BrandForm } from '../../components/settings/BrandForm';
import { OfferWatch } from '../../components/settings/OfferWatch';
import { SelfCheck } from '../../components/settings/SelfCheck';
import { useLiveQuery } from '../../components/use-live-query';
import { database } from '../../lib/db';
import { knownAccounts } from '../../lib/db/queries';
import { profileRowId } from '../../lib/profiles';
import { AccountSwitcher } from '../../components/AccountSwitcher';
import { type BrandForm as Form, emptyBrandForm, fromForm, profileFrom, sellerIdsOf, toForm } from '../../lib/profile-form';
import { profileSuggestions, sellerIdSuggestions } from '../../lib/profile-suggestions';
import { sendToBackground } from '../../lib/send';
import { failure } from '../../components/said';

/** The seller's brand profile, suggestions from Brand Registry, and the notification opt-in. */
export function SettingsApp() {
  const { t } = useI18n();
  // Whose profile is edited: one account's own, or (null) the one for all accounts.
  const [account, setAccount] = useState<string | null>(null);
  const accounts = useLiveQuery(() => knownAccounts(database()), []);
  // Tagged with its account: after a switch, the previous account's row must not fill the form.
  const loaded = useLiveQuery(async () => ({ account, row: (await database().profile.get(profileRowId(account))) ?? null }), [account]);
  const stored = loaded && loaded.account === account ? loaded.row : undefined;
  const roles = useLiveQuery(() => database().brandRoles.toArray(), []);
  const notify = useLiveQuery(async () => (await database().settings.get('notifyHighFlags'))?.value === 'on', []);
  const [forms, setForms] = useState<Form[] | null>(null);
  const [sellerIds, setSellerIds] = useState('');
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    if (stored !== undefined && forms === null) {
      setForms(stored ? stored.profile.brands.map(toForm) : [emptyBrandForm()]);
      setSellerIds(stored?.profile.sellerIds.join('\n') ?? '');
    }
  }, [stored, forms]);
  const chooseAccount = (next: string | null) => {
    setAccount(next);
    setForms(null); // read again from the chosen account's profile
    setMessage(null);
  };
  if (forms === null || roles === undefined || notify === undefined || accounts === undefined) return <p class="muted">{t('loading')}</p>;

  const suggestions = profileSuggestions(roles, stored?.profile ?? { brands: [], sellerIds: [] });
  const seenIds = sellerIdSuggestions(accounts, account, sellerIdsOf(sellerIds));
  const save = async (next: Form[]) => {
    const brands = [];
    for (const form of next.filter((entry) => entry.name.trim())) {
      const result = fromForm(form);
      if ('error' in result) return setMessage(t('profileError', { error: `${form.name}: ${result.error}` }));
      brands.push(result.brand);
    }
    const reply = await sendToBackground({ type: 'UItoBG.saveProfile', profile: profileFrom(brands, sellerIdsOf(sellerIds)), account });
    setMessage(reply.ok ? t('profileSaved') : t('profileError', { error: failure(reply, t) }));
  };
  const toggleNotifications = async (on: boolean) => {
    // Asked for here, on the seller's click: the permission is optional and off by default.
    const granted = on ? await browser.permissions.request({ permissions: ['notifications'] }) : true;
    if (on && !granted) return setMessage(t('notificationsDenied'));
    await sendToBackground({ type: 'UItoBG.setSetting', key: 'notifyHighFlags', value: on ? 'on' : 'off' });
  };

  return (
    <div class="settings">
      <header class="popup-header">
        <h1>{t('settingsTitle')}</h1>
        <LanguageSwitcher />
      </header>
      <section aria-labelledby="profile-title">
        <h2 id="profile-title">{t('profileTitle')}</h2>
        <p class="muted">{t('profileHelp')}</p>
        <AccountSwitcher accounts={accounts} value={account} onChange={chooseAccount} label="profileAccount" none="profileAccountAll" />
        {suggestions.length > 0 && (
          <div class="suggestion-box">
            <h3>{t('suggestionsTitle')}</h3>
            <p class="muted">{t('suggestionsHelp')}</p>
            <ul class="suggestions">
              {suggestions.map((brand) => (
                <li key={brand}>
                  <button type="button" class="secondary" onClick={() => setForms([...forms.filter((f) => f.name.trim()), emptyBrandForm(brand)])}>
                    {t('addSuggestion', { brand })}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        )}
        {forms.map((form, index) => (
          <BrandForm
            key={index}
            form={form}
            index={index}
            onChange={(next) => setForms(forms.map((entry, i) => (i === index ? next : entry)))}
            onRemove={() => setForms(forms.filter((_, i) => i !== index))}
          />
        ))}
        <fieldset class="brand-form">
          <legend>{t('sellerIdsTitle')}</legend>
          <p class="muted">{t('sellerIdsHelp')}</p>
          <div class="field">
            <label for="seller-ids">{t('sellerIdsLabel')}</label>
            <textarea id="seller-ids" rows={2} value={sellerIds} onInput={(event) => setSellerIds(event.currentTarget.value)} />
          </div>
          {seenIds.length > 0 && (
            <div class="suggestion-box seller-id-suggestions">
              <h3>{t('sellerIdsSuggestedTitle')}</h3>
              <p class="muted">{t('sellerIdsSuggestedHelp')}</p>
              <ul class="suggestions">
                {seenIds.map((seen) => (
                  <li key={seen.id}>
                    <button type="button" class="secondary" onClick={() => setSellerIds([...sellerIdsOf(sellerIds), seen.id].join('\n'))}>
                      {t('sellerIdsAdd', { sellerId: seen.name ? `${seen.id} (${seen.name})` : seen.id })}
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          )}
        </fieldset>
        <div class="actions">
          <button type="button" class="secondary" onClick={() => setForms([...forms, emptyBrandForm()])}>
            {t('addBrand')}
          </button>
          <button type="button" class="primary" onClick={() => void save(forms)}>
            {t('saveProfile')}
          </button>
          {message && <span role="status">{message}</span>}
        </div>
      </section>
      {(stored?.profile.brands ?? []).map((brand) => (
        <SelfCheck key={brand.name} brand={brand} />
      ))}
      <OfferWatch />
      <section aria-labelledby="notify-title">
        <h2 id="notify-title">{t('notificationsTitle')}</h2>
        <p class="muted">{t('notificationsHelp')}</p>
        <label>
          <input type="checkbox" checked={notify} onChange={(event) => void toggleNotifications(event.currentTarget.checked)} /> {t('notificationsOn')}
        </label>
      </section>
    </div>
  );
}
