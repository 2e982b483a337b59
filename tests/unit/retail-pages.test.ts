// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { PageRead } from '../../lib/model/page-read';
import { offersFromRead, retailPageState } from '../../lib/offers/from-read';
import { readPage } from '../../lib/pages/read-page';
import { findPageKind } from '../../lib/pages/registry';
import { fixture } from '../helpers/fixtures';

function read(name: string, url: string) {
  document.open();
  document.write(fixture(`retail/${name}`));
  document.close();
  const parsed = new URL(url);
  return PageRead.parse(readPage(document, parsed, findPageKind(parsed)));
}

const offer = (o: Record<string, unknown>) => ({ sellerName: null, price: null, currency: null, featured: false, fulfilledByAmazon: null, shipsFrom: null, condition: null, ...o });

describe('retail page readers', () => {
  it('amazon.com product page: ASIN, title, byline and the featured offer held by another seller', () => {
    const page = read('us-product-hijacked.html', 'https://www.amazon.com/Lumora-Ceramic-Pour-Over-Coffee/dp/B0CLMR7X2Q');
    expect(page.pageKind).toBe('retail-product');
    expect(page.marketplace).toBe('US');
    expect(offersFromRead(page)).toEqual({
      asin: 'B0CLMR7X2Q',
      marketplace: 'US',
      title: 'Lumora Ceramic Pour-Over Coffee Set, 600 ml',
      byline: 'Visit the Lumora Store',
      complete: false, // a product page shows the featured offer only
      declaredCount: null,
      offers: [offer({ sellerId: 'A1QUICKDEALS77', sellerName: 'QuickDeals Store', price: 19.99, currency: 'USD', featured: true, fulfilledByAmazon: false, shipsFrom: 'QuickDeals Store' })],
    });
  });

  it('amazon.com all-offers display: every offer, the pinned one featured, complete by its own count', () => {
    const page = read('us-aod-offers.html', 'https://www.amazon.com/gp/aod/ajax/ref=dp_aod_NEW_mbc?asin=B0CLMR7X2Q&pc=dp');
    expect(page.pageKind).toBe('retail-offers');
    const observed = offersFromRead(page)!;
    expect(observed.complete).toBe(true);
    expect(observed.declaredCount).toBe(4);
    expect(observed.offers).toEqual([
      offer({ sellerId: 'A1QUICKDEALS77', sellerName: 'QuickDeals Store', price: 19.99, currency: 'USD', featured: true, fulfilledByAmazon: false, shipsFrom: 'QuickDeals Store', condition: 'New' }),
      offer({ sellerId: 'A2LUMORA0DIRECT', sellerName: 'Lumora Direct', price: 26.99, currency: 'USD', fulfilledByAmazon: true, shipsFrom: 'Amazon.com', condition: 'New' }),
      offer({ sellerId: 'A3BARGAINHUB9Z', sellerName: 'Bargain Hub', price: 21.5, currency: 'USD', fulfilledByAmazon: false, shipsFrom: 'Bargain Hub', condition: 'New' }),
      offer({ sellerId: 'A7TRUSTEDRESELL', sellerName: 'Trusted Kitchen Resale', price: 27.49, currency: 'USD', fulfilledByAmazon: true, shipsFrom: 'Amazon.com', condition: 'New' }),
    ]);
  });

  it('amazon.de in German with the panel open: euro prices with comma decimals and dot thousands', () => {
    const observed = offersFromRead(read('de-product-aod-open.html', 'https://www.amazon.de/-/de/dp/B0CLMR7X2Q?th=1'))!;
    expect(observed.marketplace).toBe('DE');
    expect(observed.byline).toBe('Besuche den Lumora-Store');
    expect(observed.complete).toBe(true);
    expect(observed.offers.map((o) => [o.sellerId, o.price, o.currency, o.featured, o.fulfilledByAmazon, o.condition])).toEqual([
      ['A2LUMORA0DIRECT', 24.99, 'EUR', true, true, 'Neu'],
      ['A4SCHNAEPPCHEN', 19.9, 'EUR', false, false, 'Neu'],
      ['A5RESTPOSTEN24', 1019, 'EUR', false, true, 'Gebraucht - Wie neu'],
    ]);
  });

  it('amazon.es legacy offer listing in Spanish: Amazon\'s own offer by its merchant input, no further page', () => {
    const observed = offersFromRead(read('es-offer-listing.html', 'https://www.amazon.es/gp/offer-listing/B0CLMR7X2Q/ref=olp_f_new?ie=UTF8'))!;
    expect(observed.asin).toBe('B0CLMR7X2Q');
    expect(observed.complete).toBe(true);
    expect(observed.offers).toEqual([
      offer({ sellerId: 'A6OFERTASYA33', sellerName: 'Ofertas Ya', price: 22.95, currency: 'EUR', fulfilledByAmazon: false, shipsFrom: 'España.', condition: 'Nuevo' }),
      offer({ sellerId: 'A1AT7YVPFBWXBL', sellerName: 'Amazon.es', price: 29.99, currency: 'EUR', fulfilledByAmazon: true, shipsFrom: 'Gestionado por Amazon', condition: 'Nuevo' }),
    ]);
  });

  it('amazon.fr in French: the older merchant-info line, "expédié par Amazon" is FBA', () => {
    const observed = offersFromRead(read('fr-product-merchant-info.html', 'https://www.amazon.fr/Lumora-Set-caf%C3%A9-c%C3%A9ramique/dp/B0CLMR7X2Q'))!;
    expect(observed.byline).toBe('Visitez la boutique Lumora');
    expect(observed.offers).toEqual([offer({ sellerId: 'A8PRIXMALIN42', sellerName: 'Prix Malin', price: 21, currency: 'EUR', featured: true, fulfilledByAmazon: true })]);
  });

  it('amazon.co.jp in Japanese: the tabular buy box (販売元 / 出荷元) and yen without decimals', () => {
    const observed = offersFromRead(read('jp-product-tabular.html', 'https://www.amazon.co.jp/dp/B0CLMR7X2Q'))!;
    expect(observed.marketplace).toBe('JP');
    expect(observed.byline).toBe('ブランド: Lumora');
    expect(observed.offers).toEqual([offer({ sellerId: 'A9SAKURASHOP1', sellerName: 'さくらショップ', price: 2480, currency: 'JPY', featured: true, fulfilledByAmazon: true, shipsFrom: 'Amazon' })]);
  });

  it('a robot check is recognised as such and gives no offers', () => {
    const page = read('robot-check.html', 'https://www.amazon.com/gp/aod/ajax?asin=B0CLMR7X2Q&pc=dp');
    expect(retailPageState(page)).toBe('robot-check');
    expect(offersFromRead(page)?.offers ?? []).toEqual([]);
  });

  it('the same page served from another host is no retail page and gives no offers', () => {
    const page = read('us-product-hijacked.html', 'https://www.amazon.com.evil.example/dp/B0CLMR7X2Q');
    expect(page.pageKind).toBe('unknown');
    expect(offersFromRead({ ...page, pageKind: 'retail-product' })).toBeNull();
  });
});
