import { useMemo } from 'preact/hooks';
import { drawWeeklyChart, KIND_COLOURS, marketplaceName } from '../../lib/overview/draw';
import { NOTICE_KINDS, type WeeklyNotices } from '../../lib/overview/weekly';
import { useI18n } from '../i18n';
import { DrawingSvg } from './Drawing';
import { drawText } from './text';

/** Notices per week by kind and marketplace, with its legend and the same numbers as a table. */
export function WeeklyChart({ data }: { data: WeeklyNotices }) {
  const { t, language } = useI18n();
  const text = useMemo(() => drawText(t, language), [t, language]);
  const drawing = useMemo(() => drawWeeklyChart(data, text), [data, text]);
  if (data.weeks.length === 0) {
    return (
      <p class="muted">
        {t('overviewChartEmpty')} <strong>{t('emptyNextPage')}</strong>
      </p>
    );
  }
  return (
    <figure class="weekly-chart">
      <ul class="legend" aria-label={t('overviewLegend')}>
        {NOTICE_KINDS.map((kind) => (
          <li key={kind}>
            <span class="swatch" style={{ background: KIND_COLOURS[kind] }} aria-hidden="true" />
            {t(`noticeKind.${kind}`)}
          </li>
        ))}
      </ul>
      <DrawingSvg drawing={drawing} className="chart" />
      <figcaption>
        {drawing.summary}
        {/* Chinese sentences follow each other without a space. */}
        {data.leftOut > 0 && `${language === 'zh' ? '' : ' '}${t('overviewLeftOut', { count: text.count(data.leftOut) })}`}
      </figcaption>
      <details class="chart-table">
        <summary>{t('overviewShowTable')}</summary>
        <table>
          <caption class="visually-hidden">{t('overviewChartHeading')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('overviewWeek')}</th>
              <th scope="col">{t('overviewMarketplace')}</th>
              {NOTICE_KINDS.map((kind) => (
                <th key={kind} scope="col">
                  {t(`noticeKind.${kind}`)}
                </th>
              ))}
              <th scope="col">{t('overviewTotal')}</th>
            </tr>
          </thead>
          <tbody>
            {data.weeks.flatMap((week, i) =>
              data.series
                .filter((series) => series.weeks[i]!.total > 0)
                .map((series) => {
                  const cell = series.weeks[i]!;
                  return (
                    <tr key={`${week}:${series.marketplace}`} data-week={new Date(week).toISOString().slice(0, 10)} data-marketplace={series.marketplace}>
                      <th scope="row">{text.day(week)}</th>
                      <td>{marketplaceName(series.marketplace, t)}</td>
                      {NOTICE_KINDS.map((kind) => (
                        <td key={kind} class="number">
                          {text.count(cell.byKind[kind])}
                        </td>
                      ))}
                      <td class="number">{text.count(cell.total)}</td>
                    </tr>
                  );
                }),
            )}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
