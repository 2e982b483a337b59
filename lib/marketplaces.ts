/**
 * The marketplace table: each Amazon marketplace's code, its public marketplace id (the
 * `marketplaceID` of Seller Central URLs, as in Amazon's SP-API marketplace table) and its
 * Amazon domain. Seller Central hosts, notice-dispute addresses, store names, product page URLs
 * and the country of an Amazon address are all derived from it: a marketplace is added here once.
 */
const TABLE: readonly (readonly [code: string, id: string, domain: string])[] = [
  ['US', 'ATVPDKIKX0DER', 'amazon.com'],
  ['CA', 'A2EUQ1WTGCTBG2', 'amazon.ca'],
  ['MX', 'A1AM78C64UM0Y8', 'amazon.com.mx'],
  ['BR', 'A2Q3Y263D00KWC', 'amazon.com.br'],
  ['UK', 'A1F83G8C2ARO7P', 'amazon.co.uk'],
  ['DE', 'A1PA6795UKMFR9', 'amazon.de'],
  ['FR', 'A13V1IB3VIYZZH', 'amazon.fr'],
  ['IT', 'APJ6JRA9NG5V4', 'amazon.it'],
  ['ES', 'A1RKKUPIHCS9HS', 'amazon.es'],
  ['NL', 'A1805IZSGTT6HS', 'amazon.nl'],
  ['SE', 'A2NODRKZP88ZB9', 'amazon.se'],
  ['PL', 'A1C3SOZRARQ6R3', 'amazon.pl'],
  ['BE', 'AMEN7PMS3EDWL', 'amazon.com.be'],
  ['TR', 'A33AVAJ2PDY3EV', 'amazon.com.tr'],
  ['AE', 'A2VIGQ35RCS4UG', 'amazon.ae'],
  ['SA', 'A17E79C6D8DWNP', 'amazon.sa'],
  ['EG', 'ARBP9OOSHTCHU', 'amazon.eg'],
  ['IN', 'A21TJRUUN4KGV', 'amazon.in'],
  ['JP', 'A1VC38T7YXB528', 'amazon.co.jp'],
  ['AU', 'A39IBJ37TRP1C6', 'amazon.com.au'],
  ['SG', 'A19VAU5U5O7RUS', 'amazon.sg'],
];

export const MARKETPLACES: readonly string[] = TABLE.map(([code]) => code);

/** Every marketplace's Amazon domain (amazon.com, amazon.co.uk...). */
export const MARKETPLACE_DOMAINS: readonly string[] = TABLE.map(([, , domain]) => domain);

/** sellercentral.<domain> for each marketplace, and the two regional hosts that serve several. */
export const MARKETPLACE_SELLER_CENTRAL_HOSTS: readonly string[] = [
  'sellercentral.amazon.com',
  'sellercentral-europe.amazon.com',
  'sellercentral-japan.amazon.com',
  ...MARKETPLACE_DOMAINS.filter((domain) => domain !== 'amazon.com').map((domain) => `sellercentral.${domain}`),
];

/** The marketplace of a `marketplaceID` value, or null. */
export function marketplaceOfId(id: string): string | null {
  return TABLE.find((row) => row[1] === id)?.[0] ?? null;
}

/**
 * The country marketplace of an Amazon domain (amazon.fr -> FR). amazon.com is null: notices for
 * every marketplace come from and link to .com.
 */
export function marketplaceOfDomain(domain: string): string | null {
  if (domain === 'amazon.com') return null;
  return TABLE.find((row) => row[2] === domain)?.[0] ?? null;
}

/**
 * Marketplace code from a Seller Central URL: the `marketplaceID` query parameter wins (the
 * listing editor and many reports carry it), else the country of the host;
 * sellercentral-europe serves several countries, so it says nothing.
 */
export function marketplaceFromUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  for (const [key, value] of parsed.searchParams) {
    const fromId = key.toLowerCase() === 'marketplaceid' ? marketplaceOfId(value) : null;
    if (fromId) return fromId;
  }
  const host = parsed.hostname.toLowerCase();
  if (host === 'sellercentral-japan.amazon.com' || host.endsWith('.sellercentral-japan.amazon.com')) return 'JP';
  if (host === 'sellercentral.amazon.com' || host.endsWith('.sellercentral.amazon.com')) return 'US';
  // The US retail site; amazon.com itself serves every country's notices, so only this host says US.
  if (host === 'www.amazon.com') return 'US';
  for (const [code, , domain] of TABLE) if (code !== 'US' && (host === domain || host.endsWith(`.${domain}`))) return code;
  return null;
}

export function amazonDomain(marketplace: string | null): string | null {
  if (!marketplace) return null;
  const code = marketplace.toUpperCase();
  return TABLE.find((row) => row[0] === code)?.[2] ?? null;
}

/** `Amazon.co.uk (UK)`, or a placeholder the seller fills. */
export function storeName(marketplace: string | null): string {
  const domain = amazonDomain(marketplace);
  if (!domain) return '[Amazon marketplace]';
  return `${domain.charAt(0).toUpperCase()}${domain.slice(1)} (${marketplace!.toUpperCase()})`;
}

/**
 * `notice-dispute@<domain>`: seen on genuine notices for .com, .de and .fr (reference README,
 * "Genuine senders"); the other country domains follow the same pattern.
 */
export function noticeDisputeAddress(marketplace: string | null): string {
  const domain = amazonDomain(marketplace);
  return domain ? `notice-dispute@${domain}` : '[notice-dispute address of your marketplace, e.g. notice-dispute@amazon.com]';
}

/** Where a rights owner sends a retraction (newer notices name this address). */
export const RETRACTION_ADDRESS = 'notice-retraction@amazon.com';

export function detailPageUrl(asin: string, marketplace: string | null): string {
  const domain = amazonDomain(marketplace);
  return domain ? `https://www.${domain}/dp/${asin}` : `[product page URL of ${asin}]`;
}
