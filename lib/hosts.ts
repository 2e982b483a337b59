/**
 * The Seller Central and Brand Registry hosts Brand Sentry reads automatically.
 * One list serves the manifest (content script matches, host permissions), the
 * marketplace guess and the tests that pin the manifest. Host list from
 * ../shared/reference/README.md and Amazon's marketplace list (2026-11).
 */
export const SELLER_CENTRAL_HOSTS = [
  'sellercentral.amazon.com',
  'sellercentral-europe.amazon.com',
  'sellercentral-japan.amazon.com',
  'sellercentral.amazon.co.uk',
  'sellercentral.amazon.de',
  'sellercentral.amazon.fr',
  'sellercentral.amazon.it',
  'sellercentral.amazon.es',
  'sellercentral.amazon.nl',
  'sellercentral.amazon.se',
  'sellercentral.amazon.pl',
  'sellercentral.amazon.com.be',
  'sellercentral.amazon.com.tr',
  'sellercentral.amazon.ae',
  'sellercentral.amazon.sa',
  'sellercentral.amazon.eg',
  'sellercentral.amazon.in',
  'sellercentral.amazon.co.jp',
  'sellercentral.amazon.com.au',
  'sellercentral.amazon.sg',
  'sellercentral.amazon.ca',
  'sellercentral.amazon.com.mx',
  'sellercentral.amazon.com.br',
] as const;

export const BRAND_REGISTRY_HOSTS = ['brandregistry.amazon.com'] as const;

export const WATCHED_HOSTS: readonly string[] = [...SELLER_CENTRAL_HOSTS, ...BRAND_REGISTRY_HOSTS];

/** Match patterns for the manifest: https only, exact hosts, no wildcards. */
export const WATCHED_MATCH_PATTERNS: string[] = WATCHED_HOSTS.map((host) => `https://${host}/*`);

export function isWatchedHost(hostname: string): boolean {
  return WATCHED_HOSTS.includes(hostname.toLowerCase());
}
