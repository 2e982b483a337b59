import { type OfferSeller, type OfferSnapshot, offerSellerKey } from '../model/offer';

/**
 * Every seller of one listing, rebuilt from that listing's snapshots (oldest first): first and
 * last seen, its name as last shown, and its price and featured-offer history as changes. Offers
 * without a seller ID cannot be followed and are left out.
 */
export function rebuildOfferSellers(snapshots: readonly OfferSnapshot[]): OfferSeller[] {
  const sellers = new Map<string, OfferSeller>();
  const ordered = [...snapshots].sort((a, b) => a.capturedAt - b.capturedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const snapshot of ordered) {
    for (const offer of snapshot.offers) {
      if (!offer.sellerId) continue;
      const key = offerSellerKey(snapshot.asin, snapshot.marketplace, offer.sellerId);
      let seller = sellers.get(key);
      if (!seller) {
        seller = {
          key,
          listingKey: snapshot.listingKey,
          asin: snapshot.asin,
          marketplace: snapshot.marketplace,
          sellerId: offer.sellerId,
          sellerName: offer.sellerName,
          account: snapshot.account,
          firstSeenAt: snapshot.capturedAt,
          lastSeenAt: snapshot.capturedAt,
          firstCaptureId: snapshot.captureId,
          lastCaptureId: snapshot.captureId,
          lastPrice: null,
          currency: null,
          featured: false,
          fulfilledByAmazon: offer.fulfilledByAmazon,
          prices: [],
          featuredHistory: [],
        };
        sellers.set(key, seller);
      }
      seller.lastSeenAt = snapshot.capturedAt;
      seller.lastCaptureId = snapshot.captureId;
      seller.sellerName = offer.sellerName ?? seller.sellerName;
      seller.fulfilledByAmazon = offer.fulfilledByAmazon ?? seller.fulfilledByAmazon;
      seller.account = snapshot.account ?? seller.account;
      if (offer.price !== null) {
        const last = seller.prices[seller.prices.length - 1];
        if (!last || last.price !== offer.price || last.currency !== offer.currency) {
          seller.prices.push({ at: snapshot.capturedAt, price: offer.price, currency: offer.currency, captureId: snapshot.captureId });
        }
        seller.lastPrice = offer.price;
        seller.currency = offer.currency;
      }
      const lastFeatured = seller.featuredHistory[seller.featuredHistory.length - 1];
      if (!lastFeatured || lastFeatured.featured !== offer.featured) {
        seller.featuredHistory.push({ at: snapshot.capturedAt, featured: offer.featured, captureId: snapshot.captureId });
      }
      seller.featured = offer.featured;
    }
  }
  return [...sellers.values()];
}
