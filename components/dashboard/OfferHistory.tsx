import { useState } from 'preact/hooks';
import type { MessageKey } from '../../lib/i18n';
import { storefrontUrl } from '../../lib/letters/follow-seller';
import type { OfferSeller } from '../../lib/model/offer';
import type { BrandProfile } from '../../lib/model/profile';
import { sendToBackground } from '../../lib/send';
import { formatDate, formatDateTime } from '../format';
import { useI18n } from '../i18n';
import { failure } from '../said';

const TEST_BUY: readonly MessageKey[] = ['testBuy.screenshot', 'testBuy.order', 'testBuy.unbox', 'testBuy.compare', 'testBuy.keep', 'testBuy.report'];
const money = (price: number | null, currency: string | null) => (price === null ? '–' : `${price.toFixed(Number.isInteger(price) ? 0 : 2)}${currency ? ` ${currency}` : ''}`);

/**
 * A follow-seller flag's page part: the seller's offer history on the listing (every price and
 * featured-offer change, first and last seen), "Mark as authorized" in one click, how to take a
 * screenshot of the offer, and the test-buy checklist. Seller names are shown as text.
 */
export function OfferHistory({ seller, profile }: { seller: OfferSeller; profile: BrandProfile }) {
  const { t, language } = useI18n();
  const [status, setStatus] = useState<string | null>(null);
  const brand = profile.brands.length === 1 ? profile.brands[0]!.name : null;
  const authorize = async () => {
    const reply = await sendToBackground({ type: 'UItoBG.markAuthorized', sellerId: seller.sellerId, brand });
    setStatus(reply.ok ? t('offerMarkedAuthorized', { seller: seller.sellerName ?? seller.sellerId, brand: brand ?? profile.brands.map((b) => b.name).join(', ') }) : failure(reply, t));
  };
  const events = [
    ...seller.prices.map((point) => ({ at: point.at, price: money(point.price, point.currency), featured: null as boolean | null })),
    ...seller.featuredHistory.map((point) => ({ at: point.at, price: null as string | null, featured: point.featured })),
  ].sort((a, b) => a.at - b.at);

  return (
    <section aria-labelledby="offer-history-heading" class="offer-history">
      <h3 id="offer-history-heading">{t('offerHistoryTitle')}</h3>
      <dl class="facts">
        <dt>{t('offerSeller')}</dt>
        <dd>
          {seller.sellerName ?? seller.sellerId} ({seller.sellerId}){' '}
          <a href={storefrontUrl(seller.sellerId, seller.marketplace)} target="_blank" rel="noreferrer">
            {t('offerStorefront')}
          </a>
        </dd>
        <dt>{t('offerFirstSeen')}</dt>
        <dd>{formatDate(seller.firstSeenAt, language)}</dd>
        <dt>{t('offerLastSeen')}</dt>
        <dd>{formatDate(seller.lastSeenAt, language)}</dd>
        <dt>{t('offerPrice')}</dt>
        <dd>{money(seller.lastPrice, seller.currency)}</dd>
        <dt>{t('offerFeatured')}</dt>
        <dd>{seller.featured ? t('offerYes') : t('offerNo')}</dd>
      </dl>
      <table class="offer-events">
        <thead>
          <tr>
            <th scope="col">{t('offerSeenAt')}</th>
            <th scope="col">{t('offerPrice')}</th>
            <th scope="col">{t('offerFeatured')}</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event, index) => (
            <tr key={index}>
              <td>{formatDateTime(event.at, language)}</td>
              <td>{event.price ?? ''}</td>
              <td>{event.featured === null ? '' : event.featured ? t('offerYes') : t('offerNo')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <button type="button" class="secondary" onClick={() => void authorize()}>
          {t('offerMarkAuthorized')}
        </button>
      </p>
      {status && <p role="status">{status}</p>}
      <p class="muted">{t('offerScreenshotHelp')}</p>
      <h4>{t('testBuyTitle')}</h4>
      <ol class="test-buy">
        {TEST_BUY.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ol>
    </section>
  );
}
