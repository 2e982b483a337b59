import { amazonDomain, MARKETPLACE_SELLER_CENTRAL_HOSTS, MARKETPLACES } from './marketplaces';

/**
 * The Seller Central and Brand Registry hosts Brand Sentry reads automatically.
 * One list serves the manifest (content script matches, host permissions), the
 * page detection and the tests that pin the manifest. Seller Central's hosts come from the
 * marketplace table (lib/marketplaces.ts).
 */
export const SELLER_CENTRAL_HOSTS: readonly string[] = MARKETPLACE_SELLER_CENTRAL_HOSTS;

export const BRAND_REGISTRY_HOSTS = ['brandregistry.amazon.com'] as const;

export const WATCHED_HOSTS: readonly string[] = [...SELLER_CENTRAL_HOSTS, ...BRAND_REGISTRY_HOSTS];

/** Match patterns for the manifest: https only, exact hosts, no wildcards. */
export const WATCHED_MATCH_PATTERNS: string[] = WATCHED_HOSTS.map((host) => `https://${host}/*`);

export function isWatchedHost(hostname: string): boolean {
  return WATCHED_HOSTS.includes(hostname.toLowerCase());
}

/**
 * Webmail hosts: Brand Sentry reads an open message there only when the seller clicks "Capture
 * this page" (activeTab), and the phishing-link check ignores links to them (the mailbox's own
 * toolbar). outlook.cloud.microsoft is Microsoft 365's current host for Outlook on the web.
 */
export const WEBMAIL_HOSTS: readonly string[] = [
  'mail.google.com',
  'outlook.live.com',
  'outlook.office.com',
  'outlook.office365.com',
  'outlook.cloud.microsoft',
];

/**
 * (Marked pure: the Seller Central content script imports this module for its own hosts, and an
 * unused derived table must not ride along in its 8 kB.)
 * Amazon's retail sites by marketplace (www.<domain> of the marketplace table), where
 * follow-sellers show: OPTIONAL host permissions, asked for at the seller's click per marketplace
 * ("Watch offers on my listings in US"), never at install.
 */
export const RETAIL_HOSTS: Readonly<Record<string, string>> = /* @__PURE__ */ Object.fromEntries(/* @__PURE__ */ MARKETPLACES.map((code) => [code, `www.${amazonDomain(code)!}`]));

/** The marketplace of a retail host, or null for any other host (a look-alike is not Amazon). */
export function retailMarketplace(hostname: string): string | null {
  const host = hostname.toLowerCase();
  for (const [marketplace, retail] of Object.entries(RETAIL_HOSTS)) if (retail === host) return marketplace;
  return null;
}

export const retailMatchPattern = (marketplace: string): string | null => (RETAIL_HOSTS[marketplace] ? `https://${RETAIL_HOSTS[marketplace]}/*` : null);

/** Every retail site's match pattern, for the manifest's optional host permissions. */
export const RETAIL_MATCH_PATTERNS: string[] = /* @__PURE__ */ Object.values(RETAIL_HOSTS).map((host) => `https://${host}/*`);
