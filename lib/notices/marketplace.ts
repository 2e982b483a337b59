import type { LinkLike } from './links';
import { amazonHostOf } from './sender';

/**
 * The marketplace a notice is about, when the source does not say: the country of the sender's
 * Amazon domain (notice@amazon.fr -> FR), else of a country Seller Central link
 * (sellercentral.amazon.de -> DE, sellercentral-japan.amazon.com -> JP), else of an "Amazon.co.jp"
 * written in the text. amazon.com and sellercentral.amazon.com say nothing: notices for every
 * marketplace link to the .com help pages (digest 05 is an Indian seller's notice).
 * Codes as in lib/marketplaces.ts.
 */
const COUNTRY_OF_DOMAIN: Record<string, string> = {
  'amazon.co.uk': 'UK', 'amazon.de': 'DE', 'amazon.fr': 'FR', 'amazon.it': 'IT', 'amazon.es': 'ES', 'amazon.nl': 'NL',
  'amazon.se': 'SE', 'amazon.pl': 'PL', 'amazon.com.be': 'BE', 'amazon.com.tr': 'TR', 'amazon.ae': 'AE', 'amazon.sa': 'SA',
  'amazon.eg': 'EG', 'amazon.in': 'IN', 'amazon.co.jp': 'JP', 'amazon.com.au': 'AU', 'amazon.sg': 'SG', 'amazon.ca': 'CA',
  'amazon.com.mx': 'MX', 'amazon.com.br': 'BR',
};

export function inferMarketplace(sender: string | null, links: readonly LinkLike[], text: string): string | null {
  const fromSender = sender ? countryOf(sender) : null;
  if (fromSender) return fromSender;
  for (const link of links.slice(0, 200)) {
    const country = countryOf(link.href);
    if (country) return country;
  }
  // "Amazon.co.jp", "Amazon.de" in a sign-off or a sentence.
  const written = /(?<![\w.-])amazon\.(co\.uk|co\.jp|com\.(?:au|mx|br|be|tr)|de|fr|it|es|nl|se|pl|ae|sa|eg|in|sg|ca)(?![\w-])/i.exec(text.slice(0, 50_000));
  return written ? COUNTRY_OF_DOMAIN[`amazon.${written[1]!.toLowerCase()}`] ?? null : null;
}

function countryOf(urlHostOrAddress: string): string | null {
  const amazon = amazonHostOf(urlHostOrAddress);
  if (!amazon) return null;
  if (amazon.domain === 'amazon.com') return amazon.host === 'sellercentral-japan.amazon.com' ? 'JP' : null;
  return COUNTRY_OF_DOMAIN[amazon.domain] ?? null;
}
