/**
 * A generated amazon.com product page with the all-offers panel open and `offers` offers in it,
 * shaped like tests/fixtures/retail/us-aod-offers.html and us-product-hijacked.html (same ids and
 * sources), with a product page's bulk around it (bullets, description, reviews). For the bench.
 */
export function retailProductPage({ offers = 50, reviews = 300 }: { offers?: number; reviews?: number } = {}): { html: string; offers: number } {
  const id = (i: number) => `A${String(i).padStart(3, '0')}SELLERX${String(i * 7919).padStart(5, '0')}`.slice(0, 14);
  const offer = (i: number) => `
    <div id="${i === 0 ? 'aod-pinned-offer' : 'aod-offer'}">
      <div id="aod-offer-heading"><h5>${i % 5 === 4 ? 'Used - Very Good' : 'New'}</h5></div>
      <div id="aod-offer-price"><span class="a-price"><span class="a-offscreen">$${(19 + i * 0.37).toFixed(2)}</span><span aria-hidden="true">$${(19 + i * 0.37).toFixed(2)}</span></span></div>
      <div id="aod-offer-shipsFrom"><span class="a-size-small a-color-tertiary">Ships from</span><span class="a-size-small a-color-base">${i % 3 ? `Seller Store ${i}` : 'Amazon.com'}</span></div>
      <div id="aod-offer-soldBy"><span class="a-size-small a-color-tertiary">Sold by</span><a class="a-size-small a-link-normal" href="/gp/aag/main?ie=UTF8&amp;seller=${id(i)}&amp;isAmazonFulfilled=${i % 3 ? 0 : 1}&amp;asin=B0CLMR7X2Q">Seller Store ${i}</a>
        <div class="a-row"><i class="a-icon a-icon-star-mini"></i><span>${80 + (i % 20)}% positive over last 12 months (${100 + i} ratings)</span></div></div>
      <div class="aod-delivery"><span>FREE delivery <b>Friday, December ${(i % 20) + 5}</b> on orders shipped by Amazon over $35</span></div>
      <form method="post" action="/cart/add-to-cart/ref=aod_dpdsk_new_${i}"><input type="hidden" name="items[0.base][asin]" value="B0CLMR7X2Q"><input type="submit" value="Add to Cart"></form>
    </div>`;
  const review = (i: number) => `
    <div class="review a-section" id="R${i}XYZ"><span class="a-profile-name">Customer ${i}</span>
      <a class="review-title"><span>${i % 2 ? 'Lovely pour-over set' : 'Good value, slow drip'}</span></a>
      <span class="review-date">Reviewed in the United States on November ${(i % 28) + 1}, 2026</span>
      <div class="review-text"><span>${'The dripper is well made and the carafe keeps coffee warm for a while. '.repeat(3)}</span></div></div>`;
  const html = `<!doctype html><html lang="en-us"><head><meta charset="utf-8"><title>Amazon.com: Lumora Ceramic Pour-Over Coffee Set</title></head><body>
  <div id="dp"><div id="centerCol">
    <span id="productTitle">Lumora Ceramic Pour-Over Coffee Set, 600 ml</span>
    <a id="bylineInfo" href="/stores/Lumora/page/1F2E3D4C">Visit the Lumora Store</a>
    <div id="feature-bullets"><ul>${Array.from({ length: 8 }, (_, i) => `<li><span class="a-list-item">Feature ${i}: hand-glazed ceramic, dishwasher safe, gift boxed.</span></li>`).join('')}</ul></div>
    <div id="productDescription"><p>${'Brew a clean, bright cup with the Lumora pour-over set. '.repeat(40)}</p></div>
  </div>
  <div id="rightCol"><div id="desktop_qualifiedBuyBox"><input type="hidden" id="ASIN" name="ASIN" value="B0CLMR7X2Q"><input type="hidden" id="merchantID" name="merchantID" value="${id(0)}">
    <div id="corePrice_feature_div"><span class="a-price"><span class="a-offscreen">$19.00</span></span></div>
    <div offer-display-feature-name="desktop-merchant-info"><span>Sold by</span> <a id="sellerProfileTriggerId" href="/gp/help/seller/at-a-glance.html?seller=${id(0)}">Seller Store 0</a></div></div></div>
  <div id="aod-container"><input type="hidden" id="aod-total-offer-count" value="${offers}"><div id="aod-filter-offer-count-string">${offers} options</div>
    ${offer(0)}<div id="aod-offer-list">${Array.from({ length: offers - 1 }, (_, i) => offer(i + 1)).join('')}</div></div>
  <div id="reviewsMedley">${Array.from({ length: reviews }, (_, i) => review(i)).join('')}</div>
  </div></body></html>`;
  return { html, offers };
}
