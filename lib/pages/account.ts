import type { PageAccountInput } from '../model/page-read';

/**
 * What a Seller Central or Brand Registry page shows of the selling account it belongs to: the
 * header account switcher's selected merchant and its store name and region, as the page writes
 * them. Raw: the background makes the merchant token of it (lib/accounts/identity.ts), with the
 * merchant IDs of the page's URL; this runs on every Seller Central page, so it stays this small.
 *
 * Where these shapes were seen (public Seller Central scrapers and user scripts on GitHub, read
 * 2026-12; every selector was in use by more than one of them):
 * - `#partner-switcher`: the header's account switcher (user scripts wait for
 *   `#partner-switcher > button`); its `data-merchant_selection` holds the selected merchant
 *   (`amzn1.merchant.o.<merchant token>`).
 * - `.dropdown-account-switcher-header-label-global`: the store (account) name in the header
 *   (Vue switcher, 2023 onwards). Its neighbour `...-label-regional` names the region; the
 *   marketplace is known from the host and URL already, so it is not read here (budget).
 * - `.partner-dropdown-button b`: the store name in the older header.
 */
const NAME = '.dropdown-account-switcher-header-label-global,.partner-dropdown-button b';

/** The account the page's header shows, or null when it shows none. */
export function readAccount(doc: Document): PageAccountInput | null {
  const selection = doc.querySelector('#partner-switcher')?.getAttribute('data-merchant_selection')?.slice(0, 200) || null;
  // A label's text: one linear pass, then cut to the schema's bound (the background trims it).
  const name = doc.querySelector(NAME)?.textContent?.replace(/\s+/g, ' ').slice(0, 200) || null;
  return selection || name ? { selection, name } : null;
}
