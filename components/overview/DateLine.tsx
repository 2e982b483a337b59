import { useMemo } from 'preact/hooks';
import type { ComplainantLine } from '../../lib/overview/date-lines';
import { drawDateLine } from '../../lib/overview/draw';
import { useI18n } from '../i18n';
import { DrawingSvg } from './Drawing';
import { drawText } from './text';

/** One complainant's dates as a line, with the same events as a table. */
export function DateLine({ line }: { line: ComplainantLine }) {
  const { t, language } = useI18n();
  const text = useMemo(() => drawText(t, language), [t, language]);
  const drawing = useMemo(() => drawDateLine(line, text), [line, text]);
  if (line.events.length === 0) return <p class="muted">{drawing.summary}</p>;
  return (
    <figure class="date-line">
      <DrawingSvg drawing={drawing} className="line" />
      {drawing.note && <figcaption>{drawing.note}</figcaption>}
      <details class="chart-table">
        <summary>{t('overviewShowTable')}</summary>
        <table>
          <caption class="visually-hidden">{drawing.summary}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dateEventDate')}</th>
              <th scope="col">{t('dateEventWhat')}</th>
              <th scope="col">{t('dateEventDetail')}</th>
            </tr>
          </thead>
          <tbody>
            {line.events.map((event, i) => (
              <tr key={i} data-kind={event.kind}>
                <td>{text.day(event.at)}</td>
                <td>{t(`dateEvent.${event.kind}`)}</td>
                <td>{event.detail ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
