import type { FeaturedOfferSignal } from '../../lib/model/seller-signals';
import { isFeaturedOfferLoss } from '../../lib/model/seller-signals';
import { formatDateTime } from '../format';
import { useI18n } from '../i18n';

const money = (price: number | null, currency: string | null) => (price === null ? '–' : `${price.toFixed(Number.isInteger(price) ? 0 : 2)}${currency ? ` ${currency}` : ''}`);

/**
 * A follow-seller flag's page part: what the seller's own Seller Central pages said about the
 * listing's featured offer (Manage Inventory's prices and alert, Business Reports' share of page
 * views), newest first. Seller Central never says who holds it; the offer reads do.
 */
export function FeaturedOfferSignals({ signals }: { signals: readonly FeaturedOfferSignal[] }) {
  const { t, language } = useI18n();
  if (signals.length === 0) return null;
  const rows = [...signals].sort((a, b) => b.capturedAt - a.capturedAt);
  return (
    <section aria-labelledby="featured-signals-heading" class="featured-signals">
      <h3 id="featured-signals-heading">{t('featuredSignalsTitle')}</h3>
      <p class="muted">{t('featuredSignalsHelp')}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('offerLastSeen')}</th>
            <th scope="col">{t('featuredSignalsSource')}</th>
            <th scope="col">{t('featuredSignalsYourPrice')}</th>
            <th scope="col">{t('featuredSignalsFeaturedPrice')}</th>
            <th scope="col">{t('featuredSignalsPercentage')}</th>
            <th scope="col">{t('featuredSignalsLost')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((signal) => (
            <tr key={signal.id}>
              <td>{formatDateTime(signal.capturedAt, language)}</td>
              <td>{t(`featuredSource.${signal.source}`)}</td>
              <td>{money(signal.yourPrice, signal.currency)}</td>
              <td>{money(signal.featuredPrice, signal.currency)}</td>
              <td>{signal.percentage === null ? '–' : `${signal.percentage}%`}</td>
              <td>{isFeaturedOfferLoss(signal) ? t('offerYes') : signal.lost === false ? t('offerNo') : '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
