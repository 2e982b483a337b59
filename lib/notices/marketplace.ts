import type { LinkLike } from './links';
import { MARKETPLACE_DOMAINS, marketplaceOfDomain } from '../marketplaces';
import { amazonHostOf } from './sender';

/**
 * The marketplace a notice is about, when the source does not say: the country of the sender's
 * Amazon domain (notice@amazon.fr -> FR), else of a country Seller Central link
 * (sellercentral.amazon.de -> DE, sellercentral-japan.amazon.com -> JP), else of an "Amazon.co.jp"
 * written in the text. amazon.com and sellercentral.amazon.com say nothing: notices for every
 * marketplace link to the .com help pages (an Indian seller's notice links there too).
 * Codes and domains from the marketplace table (lib/marketplaces.ts).
 */
export function inferMarketplace(sender: string | null, links: readonly LinkLike[], text: string): string | null {
  const fromSender = sender ? countryOf(sender) : null;
  if (fromSender) return fromSender;
  for (const link of links.slice(0, 200)) {
    const country = countryOf(link.href);
    if (country) return country;
  }
  // "Amazon.co.jp", "Amazon.de" in a sign-off or a sentence.
  const written = WRITTEN_DOMAIN.exec(text.slice(0, 50_000));
  return written ? marketplaceOfDomain(written[1]!.toLowerCase()) : null;
}

/** A country Amazon domain written as a word (amazon.com says nothing, as above). */
const WRITTEN_DOMAIN = new RegExp(
  `(?<![\\w.-])(${MARKETPLACE_DOMAINS.filter((domain) => domain !== 'amazon.com')
    .map((domain) => domain.replaceAll('.', '\\.'))
    .join('|')})(?![\\w-])`,
  'i',
);

function countryOf(urlHostOrAddress: string): string | null {
  const amazon = amazonHostOf(urlHostOrAddress);
  if (!amazon) return null;
  if (amazon.domain === 'amazon.com') return amazon.host === 'sellercentral-japan.amazon.com' ? 'JP' : null;
  return marketplaceOfDomain(amazon.domain);
}
