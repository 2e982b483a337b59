import { useMemo } from 'preact/hooks';
import { drawFollowSellers, money, priceAgainstYours } from '../../lib/overview/draw-offers';
import type { FollowSellerListing } from '../../lib/overview/follow-sellers';
import { useI18n } from '../i18n';
import { DrawingSvg } from './Drawing';
import { drawText } from './text';

/**
 * One listing's follow-sellers as a picture (when each appeared, their price against yours), with
 * the same rows as a table whose seller names lead to each flag's page.
 */
export function FollowSellers({ listing, hrefOf }: { listing: FollowSellerListing; hrefOf: (sellerKey: string) => string | null }) {
  const { t, language } = useI18n();
  const text = useMemo(() => drawText(t, language), [t, language]);
  const drawing = useMemo(() => drawFollowSellers(listing, text), [listing, text]);
  return (
    <figure class="follow-sellers">
      <DrawingSvg drawing={drawing} className="offers" />
      <figcaption>{drawing.summary}</figcaption>
      <details class="chart-table">
        <summary>{t('overviewShowTable')}</summary>
        <table>
          <caption class="visually-hidden">{drawing.summary}</caption>
          <thead>
            <tr>
              <th scope="col">{t('offerSeller')}</th>
              <th scope="col">{t('offerFirstSeen')}</th>
              <th scope="col">{t('offerLastSeen')}</th>
              <th scope="col">{t('followTheirPrice')}</th>
              <th scope="col">{t('followYourPriceColumn')}</th>
              <th scope="col">{t('followAgainstYours')}</th>
              <th scope="col">{t('offerFeatured')}</th>
            </tr>
          </thead>
          <tbody>
            {listing.sellers.map((row) => {
              const href = hrefOf(row.key);
              const name = `${row.sellerName ?? row.sellerId} (${row.sellerId})`;
              return (
                <tr key={row.key} data-seller-id={row.sellerId}>
                  <th scope="row">{href ? <a href={href}>{name}</a> : name}</th>
                  <td>{text.day(row.firstSeenAt)}</td>
                  <td>{text.day(row.lastSeenAt)}</td>
                  <td class="number">{row.price === null ? t('followPriceUnknown') : money(row.price, row.currency)}</td>
                  <td class="number">{row.yourPrice === null ? '–' : money(row.yourPrice, row.currency)}</td>
                  <td>{priceAgainstYours(row, text) ?? '–'}</td>
                  <td>{row.featured ? t('offerYes') : t('offerNo')}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
