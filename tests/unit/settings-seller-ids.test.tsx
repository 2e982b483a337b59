// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '../../components/i18n';
import { SettingsApp } from '../../entrypoints/options/SettingsApp';
import { database } from '../../lib/db';
import { sellerIdSuggestions } from '../../lib/profile-suggestions';
import type { SellerAccount } from '../../lib/model/account';
import { until } from '../helpers/until';

const T = Date.UTC(2026, 10, 20);
const account = (id: string, name: string | null): SellerAccount => ({ id, account: id, name, region: 'United States', firstSeenAt: T, lastSeenAt: T });
const DIRECT = account('A2LUMORA0DIRECT', 'Lumora Direct');
const NORTHWIND = account('A3NORTHWIND0EU', 'Northwind EU');

describe('seller IDs from Seller Central, offered in settings', () => {
  it('offers the merchant token of each account seen, the chosen account\'s only, never one already listed', () => {
    expect(sellerIdSuggestions([DIRECT, NORTHWIND], null, []).map((a) => a.id)).toEqual(['A2LUMORA0DIRECT', 'A3NORTHWIND0EU']);
    expect(sellerIdSuggestions([DIRECT, NORTHWIND], 'A3NORTHWIND0EU', []).map((a) => a.id)).toEqual(['A3NORTHWIND0EU']);
    expect(sellerIdSuggestions([DIRECT, NORTHWIND], null, ['a2lumora0direct']).map((a) => a.id)).toEqual(['A3NORTHWIND0EU']);
  });

  describe('the settings page', () => {
    beforeEach(async () => {
      await database().delete();
      await database().open();
      await database().accounts.bulkPut([DIRECT, NORTHWIND]);
    });
    afterEach(() => {
      for (const child of [...document.body.children]) render(null, child);
      document.body.innerHTML = '';
    });

    it('adds a seen ID to the seller IDs only at the seller\'s click, and stores it only when saved', async () => {
      const root = document.body.appendChild(document.createElement('div'));
      render(<I18nProvider><SettingsApp /></I18nProvider>, root);
      await until(() => !!root.querySelector('.seller-id-suggestions button'), 'seller ID suggestions');
      const buttons = [...root.querySelectorAll<HTMLButtonElement>('.seller-id-suggestions button')];
      expect(buttons.map((b) => b.textContent)).toEqual(['Add A2LUMORA0DIRECT (Lumora Direct)', 'Add A3NORTHWIND0EU (Northwind EU)']);
      const textarea = root.querySelector<HTMLTextAreaElement>('#seller-ids')!;
      expect(textarea.value).toBe('');
      buttons[0]!.click();
      await until(() => textarea.value === 'A2LUMORA0DIRECT', 'the ID in the seller IDs field');
      await until(() => root.querySelectorAll('.seller-id-suggestions button').length === 1, 'the added ID no longer offered');
      // Not trusted silently: nothing is stored until the seller saves the profile.
      expect(await database().profile.count()).toBe(0);
    });
  });
});
