/**
 * Amazon's retail domain per marketplace code (lib/marketplaces.ts codes). The notice-dispute
 * address is `notice-dispute@<domain>`: seen on genuine notices for .com, .de and .fr
 * (reference README, "Genuine senders"); the other country domains follow the same pattern.
 */
const AMAZON_DOMAINS: Record<string, string> = {
  US: 'amazon.com',
  CA: 'amazon.ca',
  MX: 'amazon.com.mx',
  BR: 'amazon.com.br',
  UK: 'amazon.co.uk',
  DE: 'amazon.de',
  FR: 'amazon.fr',
  IT: 'amazon.it',
  ES: 'amazon.es',
  NL: 'amazon.nl',
  SE: 'amazon.se',
  PL: 'amazon.pl',
  BE: 'amazon.com.be',
  TR: 'amazon.com.tr',
  AE: 'amazon.ae',
  SA: 'amazon.sa',
  EG: 'amazon.eg',
  IN: 'amazon.in',
  JP: 'amazon.co.jp',
  AU: 'amazon.com.au',
  SG: 'amazon.sg',
};

export function amazonDomain(marketplace: string | null): string | null {
  return marketplace ? (AMAZON_DOMAINS[marketplace.toUpperCase()] ?? null) : null;
}

/** `Amazon.co.uk (UK)`, or a placeholder the seller fills. */
export function storeName(marketplace: string | null): string {
  const domain = amazonDomain(marketplace);
  if (!domain) return '[Amazon marketplace]';
  return `${domain.charAt(0).toUpperCase()}${domain.slice(1)} (${marketplace!.toUpperCase()})`;
}

export function noticeDisputeAddress(marketplace: string | null): string {
  const domain = amazonDomain(marketplace);
  return domain ? `notice-dispute@${domain}` : '[notice-dispute address of your marketplace, e.g. notice-dispute@amazon.com]';
}

export function detailPageUrl(asin: string, marketplace: string | null): string {
  const domain = amazonDomain(marketplace);
  return domain ? `https://www.${domain}/dp/${asin}` : `[product page URL of ${asin}]`;
}

/** Where a rights owner sends a retraction (digest 03: newer notices name this address). */
export const RETRACTION_ADDRESS = 'notice-retraction@amazon.com';
