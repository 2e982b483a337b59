/**
 * Pages no extension may script (browser pages, other extensions, the add-on stores). One-click
 * capture says so plainly instead of failing with the browser's own error.
 */
const FORBIDDEN_SCHEMES = /^(chrome|edge|brave|opera|vivaldi|about|chrome-extension|moz-extension|extension|view-source|devtools|chrome-search|data|javascript|blob|file):/i;
const STORE_PAGES = [
  /^https:\/\/chrome\.google\.com\/webstore/i,
  /^https:\/\/chromewebstore\.google\.com/i,
  /^https:\/\/microsoftedge\.microsoft\.com\/addons/i,
  /^https:\/\/addons\.mozilla\.org/i,
];

export function isForbiddenPage(url: string | undefined): boolean {
  if (!url) return false; // unknown until the browser tells; executeScript decides
  return FORBIDDEN_SCHEMES.test(url) || STORE_PAGES.some((pattern) => pattern.test(url));
}
