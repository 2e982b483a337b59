import type { SellerAccount } from '../lib/model/account';
import type { MessageKey } from '../lib/i18n';
import { useI18n } from './i18n';

/** An account as the seller knows it: its store name, else its merchant token. */
export const accountLabel = (account: Pick<SellerAccount, 'id' | 'name'>): string => account.name ?? account.id;

/**
 * Which selling account to show (or to file a capture under). Shown only once Brand Sentry knows
 * an account: a seller with one account never sees it. `none` names the choice of no account.
 */
export function AccountSwitcher({
  accounts,
  value,
  onChange,
  label = 'accountFilter',
  none = 'allAccounts',
}: {
  accounts: readonly SellerAccount[];
  value: string | null;
  onChange: (value: string | null) => void;
  label?: MessageKey;
  none?: MessageKey;
}) {
  const { t } = useI18n();
  if (accounts.length === 0) return null;
  return (
    <label class="account-switcher">
      <span>{t(label)}</span>
      <select value={value ?? ''} onChange={(event) => onChange(event.currentTarget.value || null)}>
        <option value="">{t(none)}</option>
        {accounts.map((account) => (
          <option key={account.id} value={account.id}>
            {accountLabel(account)}
          </option>
        ))}
      </select>
    </label>
  );
}
