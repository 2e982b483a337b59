import type { PageAccount } from '../model/page-read';

/**
 * Which selling account a Seller Central or Brand Registry page belongs to, as the page itself
 * says it: the header's account switcher and the merchant id in the page's URL. Nothing here
 * guesses; a page that says nothing gives null, and an id without a name (or the reverse) keeps
 * the missing half null.
 *
 * Where these shapes were seen (public Seller Central scrapers and user scripts on GitHub, read
 * 2026-12; every selector has been in use by more than one of them):
 * - `#partner-switcher`: the header's account switcher (user scripts wait for
 *   `#partner-switcher > button`); its `data-merchant_selection` holds the selected merchant
 *   (`amzn1.merchant.o.<merchant token>`).
 * - `.dropdown-account-switcher-header-label-global`: the store (account) name in the header
 *   (Vue switcher, 2023 onwards); `...-label-regional`: the region or marketplace under it.
 * - `.partner-dropdown-button b`: the store name in the older header; `.sc-mkt-picker-switcher-txt`
 *   in the classic one (with `#sc-mkt-picker-switcher-select`, the marketplace picker).
 * - URLs: `/merchant-picker/change-merchant?url=%2F&marketplaceId=<id>&merchantId=<token>` and
 *   `/home?mons_sel_mcid=amzn1.merchant.o.<token>&mons_sel_mkid=<marketplace id>` (links of the
 *   account switcher and of bookmarked account pages).
 */
const ACCOUNT_ID_ATTRIBUTE = ['#partner-switcher', 'data-merchant_selection'] as const;
/** Query parameters that name the selected merchant, in the order they are trusted. */
const ACCOUNT_ID_PARAMS = ['mons_sel_mcid', 'merchantId'] as const;
const ACCOUNT_NAME_SELECTORS = [
  '.dropdown-account-switcher-header-label-global', // seen 2023-2026, Vue header
  '#partner-switcher .partner-label', // seen in a 2025 scraper beside the one above
  '.partner-dropdown-button b', // older header (store name in bold)
  '.sc-mkt-picker-switcher-txt', // classic header; TODO(2027-06): drop when no page shows it
];
const REGION_SELECTORS = ['.dropdown-account-switcher-header-label-regional'];

/** A merchant token as Seller Central writes it (`A2XXXXXXXXXXXX`), with or without its `amzn1.merchant.o.` prefix. */
const MERCHANT = /^(?:amzn1\.merchant\.o\.)?([A-Z0-9]{8,24})$/;

/**
 * The account id in one form whatever wrote it: the merchant token alone, so that the header's
 * `amzn1.merchant.o.A2X...`, a URL's `merchantId=A2X...` and the seller IDs a profile holds agree.
 * Anything else (a directed `amzn1.merchant.d...` id, a stray value) is not an id we can tie to
 * the others and is dropped.
 */
export function merchantToken(value: string | null | undefined): string | null {
  const match = MERCHANT.exec((value ?? '').trim());
  return match ? match[1]! : null;
}

function firstText(doc: Document, selectors: readonly string[]): string | null {
  for (const selector of selectors) {
    const text = (doc.querySelector(selector)?.textContent ?? '').slice(0, 1_000).replace(/\s+/g, ' ').trim();
    if (text) return text.slice(0, 200);
  }
  return null;
}

/** The account a page shows, or null when it shows none. */
export function readAccount(doc: Document, url: URL): PageAccount | null {
  let id = merchantToken(doc.querySelector(ACCOUNT_ID_ATTRIBUTE[0])?.getAttribute(ACCOUNT_ID_ATTRIBUTE[1]));
  for (const param of ACCOUNT_ID_PARAMS) id ??= merchantToken(url.searchParams.get(param));
  const name = firstText(doc, ACCOUNT_NAME_SELECTORS);
  const region = firstText(doc, REGION_SELECTORS);
  return id || name ? { id, name, region } : null;
}
