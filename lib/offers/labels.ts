/**
 * Words of the retail pages in the marketplaces' languages, for what the readers leave as the
 * page words it: the "Sold by" label before a seller's name, and "Fulfilled by Amazon". Labels as
 * Amazon's retail pages print them (the public scrapers' label lists, e.g. a 2025 offers scraper
 * with "Ships from|Spedito da|Expédié par|Enviado por|Versand durch", and the product pages of
 * each marketplace).
 */
export const SOLD_BY_LABELS: readonly string[] = [
  'ships from and sold by',
  'dispatched from and sold by',
  'sold by',
  'verkauf und versand durch',
  'verkauf durch',
  'verkäufer',
  'vendido y enviado por',
  'vendido por',
  'vendu et expédié par',
  'vendu par',
  'vendeur',
  'venduto e spedito da',
  'venduto da',
  'verkocht door',
  'sprzedawca',
  'säljs av',
  'satıcı',
  '販売元',
  '出荷元・販売元',
];

/** "Fulfilled by Amazon" as the buy box says it when no "Ships from" line is shown. */
export const FULFILLED_BY_AMAZON: readonly string[] = [
  'fulfilled by amazon',
  'versand durch amazon',
  'expédié par amazon',
  'enviado por amazon',
  'gestionado por amazon',
  'spedito da amazon',
  'amazon から発送',
  'amazonが発送',
  'verzonden door amazon',
  'wysyłka przez amazon',
];

/**
 * Amazon's own retail merchant IDs (the `smid` / `seller` of offers Amazon itself sells; the
 * list a public Amazon seller-filter extension and a Keepa-style price extension carry). Amazon
 * selling the seller's product is not a follow-seller.
 */
export const AMAZON_RETAIL_SELLER_IDS: ReadonlySet<string> = new Set([
  'ATVPDKIKX0DER', // amazon.com
  'A3DWYIK6Y9EEQB', // amazon.ca
  'A3P5ROKL5A1OLE', // amazon.co.uk
  'AVDBXBAVVSXLQ', // amazon.com.mx
  'A1ZZFT5FULY4LN', // amazon.com.br
  'A1X6FK5RDHNB96', // amazon.fr
  'A3JWKAKR8XB7XF', // amazon.de
  'A11IL2PNWYJU7H', // amazon.it
  'A1AT7YVPFBWXBL', // amazon.es
  'AN1VRQENFRJN5', // amazon.co.jp
]);

/** The currency each marketplace prices in (what a bare "$" or "kr" means there). */
export const MARKETPLACE_CURRENCY: Readonly<Record<string, string>> = {
  US: 'USD', CA: 'CAD', MX: 'MXN', BR: 'BRL', UK: 'GBP', DE: 'EUR', FR: 'EUR', IT: 'EUR', ES: 'EUR', NL: 'EUR', BE: 'EUR',
  SE: 'SEK', PL: 'PLN', TR: 'TRY', AE: 'AED', SA: 'SAR', EG: 'EGP', IN: 'INR', JP: 'JPY', AU: 'AUD', SG: 'SGD',
};
