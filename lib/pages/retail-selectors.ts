/**
 * Every selector the retail page readers use, in one place, with where each was seen. Amazon's
 * retail pages are AUI markup whose ids are named, not hashed, and have stayed for years; the
 * alternatives are tried in order, first hit wins. Seen in public scrapers and extensions:
 * - jssellars/soldby (userscript/soldby.user.js, 2025): `#sellerProfileTriggerId`,
 *   `#merchant-info a:first-of-type`, `#tabular-buybox .tabular-buybox-text`,
 *   `[offer-display-feature-name="desktop-merchant-info"]`, seller ID from the link's `seller=`.
 * - webapis/amazon-offers (page-scrapers/offerPageScraper.js): `#aod-offer`, `#aod-offer-list`,
 *   `#aod-offer-soldBy a`, `.a-price .a-offscreen`, offer list at `/gp/offer-listing/<ASIN>`.
 * - DimplyBarkha/gajendra-profecialinks (amazon UK/NL offers): `#olpOfferList`, `.olpOffer`,
 *   `/gp/offer-listing/{id}`.
 * - Amazon's own product pages (2024-2026, as saved by sellers): `#productTitle`, `#bylineInfo`,
 *   `input#ASIN`, `input[name="merchantID"]` in the add-to-cart form, `#aod-pinned-offer`,
 *   `#aod-offer-shipsFrom`, `#aod-offer-heading`, `#aod-total-offer-count`.
 */
export const RETAIL = {
  asinInput: 'input#ASIN, input[name="ASIN"]',
  title: '#productTitle',
  byline: '#bylineInfo',
  buyBox: '#desktop_qualifiedBuyBox, #exports_desktop_qualifiedBuybox, #buybox, #newAccordionRow, #qualifiedBuybox',
  /** The featured offer's seller link: `seller=` in its href. */
  buyBoxSellerLink: '#sellerProfileTriggerId, #merchant-info a[href*="seller="], [offer-display-feature-name="desktop-merchant-info"] a[href*="seller="], #tabular-buybox a[href*="seller="]',
  /** The add-to-cart form's merchant: Amazon itself has no seller link, but has this. */
  buyBoxMerchantInput: 'input#merchantID, input[name="merchantID"]',
  /** "Sold by ..." of the featured offer (its label in the page's language). */
  buyBoxSoldBy: '[offer-display-feature-name="desktop-merchant-info"], #merchant-info, #tabular-buybox .tabular-buybox-text[tabular-attribute-name="Sold by"]',
  /** "Ships from ...": the newer offer display, then the tabular buy box. */
  buyBoxShipsFrom:
    '[offer-display-feature-name="desktop-fulfiller-info"] .offer-display-feature-text, [offer-display-feature-name="desktop-fulfiller-info"], #tabular-buybox .tabular-buybox-text[tabular-attribute-name="Ships from"]',
  buyBoxPrice:
    '#corePrice_feature_div .a-price .a-offscreen, #corePriceDisplay_desktop_feature_div .a-price .a-offscreen, #price_inside_buybox, #priceblock_ourprice, #buybox .a-price .a-offscreen',
  /** The all-offers display (AOD): a panel on the product page, or the fragment the panel loads. */
  aodPinned: '#aod-pinned-offer',
  aodOffer: '#aod-offer',
  aodSoldBy: '#aod-offer-soldBy',
  aodShipsFrom: '#aod-offer-shipsFrom',
  aodCondition: '#aod-offer-heading',
  aodPrice: '.a-price .a-offscreen, #aod-offer-price .a-offscreen',
  aodTotalCount: '#aod-total-offer-count',
  aodCountText: '#aod-filter-offer-count-string',
  /** The legacy offer-listing page (`/gp/offer-listing/<ASIN>`). */
  olpOffer: '#olpOfferList .olpOffer',
  olpSellerName: '.olpSellerName',
  olpPrice: '.olpOfferPrice',
  olpCondition: '.olpCondition',
  olpDelivery: '.olpDeliveryColumn',
  olpNextPage: 'ul.a-pagination li.a-last:not(.a-disabled) a',
  /** Pages that are not the product: robot check, sign-in. */
  captchaForm: 'form[action*="validateCaptcha"], input#captchacharacters',
  signInForm: 'form[name="signIn"], input#ap_email',
} as const;
