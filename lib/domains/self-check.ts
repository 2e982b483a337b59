/**
 * The self-check sellers are told to do: is my brand name registered by someone else in
 * another office (the UK marks named like US best sellers), and is that registration filed in
 * Brand Registry? Links open the offices' public searches; nothing is fetched by us.
 */
import type { BrandEntry } from '../model/profile';
import { inferOffice, officeCovers } from './trademark-office';

export interface SelfCheckLink {
  office: string;
  label: string;
  url: string;
  /** false: the site has no stable search URL, so this opens its search page to type the name. */
  deepLink: boolean;
}

/**
 * Public search pages, checked against each site's own links as of 2026: EUIPO eSearch and
 * TMview take the name in the URL fragment; the UK IPO, WIPO Global Brand Database and USPTO
 * search are single-page apps or forms without a documented query URL, so we link the page.
 */
export function selfCheckLinks(brandName: string): SelfCheckLink[] {
  const q = encodeURIComponent(brandName.trim());
  return [
    { office: 'UKIPO', label: 'UK IPO: search for a trade mark', url: 'https://trademarks.ipo.gov.uk/ipo-tmtext', deepLink: false },
    { office: 'EUIPO', label: 'EUIPO eSearch plus', url: `https://euipo.europa.eu/eSearch/#basic/1+1+1+1/100+100+100+100/${q}`, deepLink: true },
    { office: 'TMview', label: 'TMview (EU and national offices, UK included)', url: `https://www.tmdn.org/tmview/#/tmview/results?page=1&pageSize=30&criteria=C&basicSearch=${q}`, deepLink: true },
    { office: 'WIPO', label: 'WIPO Global Brand Database (Madrid and many national offices)', url: 'https://branddb.wipo.int/en/quicksearch', deepLink: false },
    { office: 'USPTO', label: 'USPTO trademark search', url: 'https://tmsearch.uspto.gov/', deepLink: false },
  ];
}

export type SelfCheckKey =
  | 'search-uk-register-for-brand-name'
  | 'search-eu-register-for-brand-name'
  | 'search-wipo-for-brand-name'
  | 'search-us-register-for-brand-name'
  | 'foreign-registration-filed-in-brand-registry'
  | 'own-mark-for-every-marketplace'
  | 'official-domains-recorded'
  | 'first-sale-date-recorded';

/**
 * Checklist keys for one brand (the UI translates them). The last three appear only while the
 * profile lacks what they ask for, since each is what a dispute is won with.
 */
export function selfCheckItems(brand: Pick<BrandEntry, 'name' | 'trademarks' | 'marketplaces' | 'officialDomains' | 'firstSaleDate'>): SelfCheckKey[] {
  const items: SelfCheckKey[] = [
    'search-uk-register-for-brand-name',
    'search-eu-register-for-brand-name',
    'search-wipo-for-brand-name',
    'search-us-register-for-brand-name',
    'foreign-registration-filed-in-brand-registry',
  ];
  const covered = (marketplace: string) =>
    brand.trademarks.some((mark) => {
      const office = mark.office ?? inferOffice(mark.number);
      return office !== null && officeCovers(office, marketplace) === true;
    });
  if (brand.trademarks.length === 0 || !brand.marketplaces.every(covered)) items.push('own-mark-for-every-marketplace');
  if (brand.officialDomains.length === 0) items.push('official-domains-recorded');
  if (!brand.firstSaleDate) items.push('first-sale-date-recorded');
  return items;
}
