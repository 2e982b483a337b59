/**
 * Marketplace codes from a Seller Central URL: the `marketplaceID` query parameter wins
 * (the listing editor and many reports carry it), else the country of the host.
 * IDs are the public Amazon marketplace ids (seen in ../shared/reference digest 49 and
 * in Amazon's SP-API marketplace table).
 */
export const MARKETPLACE_IDS: Record<string, string> = {
  ATVPDKIKX0DER: 'US',
  A2EUQ1WTGCTBG2: 'CA',
  A1AM78C64UM0Y8: 'MX',
  A2Q3Y263D00KWC: 'BR',
  A1F83G8C2ARO7P: 'UK',
  A1PA6795UKMFR9: 'DE',
  A13V1IB3VIYZZH: 'FR',
  APJ6JRA9NG5V4: 'IT',
  A1RKKUPIHCS9HS: 'ES',
  A1805IZSGTT6HS: 'NL',
  A2NODRKZP88ZB9: 'SE',
  A1C3SOZRARQ6R3: 'PL',
  AMEN7PMS3EDWL: 'BE',
  A33AVAJ2PDY3EV: 'TR',
  A2VIGQ35RCS4UG: 'AE',
  A17E79C6D8DWNP: 'SA',
  ARBP9OOSHTCHU: 'EG',
  A21TJRUUN4KGV: 'IN',
  A1VC38T7YXB528: 'JP',
  A39IBJ37TRP1C6: 'AU',
  A19VAU5U5O7RUS: 'SG',
};

/** Country by the host's last labels; sellercentral-europe serves several, so it says nothing. */
const HOST_SUFFIX_MARKETPLACE: [suffix: string, marketplace: string][] = [
  ['sellercentral-japan.amazon.com', 'JP'],
  ['amazon.com.au', 'AU'],
  ['amazon.com.be', 'BE'],
  ['amazon.com.br', 'BR'],
  ['amazon.com.mx', 'MX'],
  ['amazon.com.tr', 'TR'],
  ['amazon.co.uk', 'UK'],
  ['amazon.co.jp', 'JP'],
  ['amazon.de', 'DE'],
  ['amazon.fr', 'FR'],
  ['amazon.it', 'IT'],
  ['amazon.es', 'ES'],
  ['amazon.nl', 'NL'],
  ['amazon.se', 'SE'],
  ['amazon.pl', 'PL'],
  ['amazon.ae', 'AE'],
  ['amazon.sa', 'SA'],
  ['amazon.eg', 'EG'],
  ['amazon.in', 'IN'],
  ['amazon.sg', 'SG'],
  ['amazon.ca', 'CA'],
  ['sellercentral.amazon.com', 'US'],
];

export const MARKETPLACES: readonly string[] = [...new Set(Object.values(MARKETPLACE_IDS))];

export function marketplaceFromUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  for (const [key, value] of parsed.searchParams) {
    if (key.toLowerCase() === 'marketplaceid' && MARKETPLACE_IDS[value]) return MARKETPLACE_IDS[value];
  }
  const host = parsed.hostname.toLowerCase();
  for (const [suffix, marketplace] of HOST_SUFFIX_MARKETPLACE) {
    if (host === suffix || host.endsWith(`.${suffix}`)) return marketplace;
  }
  return null;
}
