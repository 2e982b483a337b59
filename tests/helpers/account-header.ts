/**
 * Seller Central's header account switcher, as the tests put it on a fixture page to say whose
 * account the page belongs to. Written in our own words after the shapes public Seller Central
 * scrapers and user scripts on GitHub read (2026-12): `#partner-switcher` with the selected
 * merchant in `data-merchant_selection` (`amzn1.merchant.o.<token>`), the Vue header's
 * `.dropdown-account-switcher-header-label-global` (store name) and
 * `.dropdown-account-switcher-header-label-regional` (region), and the older
 * `button.partner-dropdown-button > span > b` (store name). Tokens and names are invented.
 */
export interface HeaderAccount {
  token: string | null;
  name: string | null;
  region?: string;
  /** The older header: the store name in bold, no merchant attribute. */
  old?: boolean;
}

export function accountHeader({ token, name, region = 'United States', old = false }: HeaderAccount): string {
  if (old) return `<div id="navbar"><button class="partner-dropdown-button"><span><b>${name ?? ''}</b></span></button></div>`;
  const selection = token ? ` data-merchant_selection="amzn1.merchant.o.${token}"` : '';
  const label = name
    ? `<div class="dropdown-account-switcher-header-label"><span class="dropdown-account-switcher-header-label-global">${name}</span><span class="dropdown-account-switcher-header-label-regional">${region}</span></div>`
    : '';
  return `<div id="navbar"><div id="partner-switcher"${selection}><button class="dropdown-account-switcher-header">${label}</button></div></div>`;
}

/** The page with the header as the first thing in its body. */
export function withAccountHeader(html: string, account: HeaderAccount): string {
  const at = html.search(/<body[^>]*>/i);
  if (at === -1) throw new Error('fixture without <body>');
  const end = html.indexOf('>', at) + 1;
  return `${html.slice(0, end)}${accountHeader(account)}${html.slice(end)}`;
}

export const LUMORA_DIRECT = { token: 'A2LUMORA0DIRECT', name: 'Lumora Direct', region: 'United States' } as const;
export const NORTHWIND = { token: 'A3NORTHWIND0EU', name: 'Northwind Goods', region: 'Europe' } as const;
