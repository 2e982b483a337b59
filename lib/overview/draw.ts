import type { Translate } from '../i18n';
import type { ComplainantLine, DateEvent, DateEventKind } from './date-lines';
import { type Drawing, type SvgNode, textWidth } from './svg';
import { NOTICE_KINDS, type NoticeKind, type WeeklyNotices } from './weekly';

/** Colours with at least 3:1 contrast on white; the legend and the table name every kind too. */
export const KIND_COLOURS: Record<NoticeKind, string> = {
  takedown: '#b42318',
  complaint: '#c25e00',
  warning: '#8a6d00',
  retraction: '#1e7a3a',
};

const EVENT_COLOURS: Record<DateEventKind, string> = {
  'first-sale': '#1e7a3a',
  'listing-first-seen': '#1e7a3a',
  'domain-registered': '#6b2fb3',
  'first-complaint': '#b42318',
  complaint: '#c25e00',
  retraction: '#0b5cad',
};

export interface DrawText {
  t: Translate;
  /** A short day in the reader's locale: "16 Nov" / "11月16日". */
  shortDay: (timestamp: number) => string;
  /** A full day: "16 Nov 2026" / "2026年11月16日". */
  day: (timestamp: number) => string;
  /** A count in the reader's locale. */
  count: (value: number) => string;
}

/** An ISO day for data attributes (what the tests compare with the records). */
const iso = (timestamp: number) => new Date(timestamp).toISOString().slice(0, 10);

const CHART_WIDTH = 720;
const LEFT = 34;
const RIGHT = 12;
const PANEL_HEIGHT = 96;
const PANEL_TOP = 26; // room for the marketplace's name and the tallest bar's count
const AXIS = 22;

/**
 * Stacked bars of notices per week, one panel per marketplace on one scale, so a campaign shows
 * as a spike and a quiet marketplace as a quiet panel. Every bar segment carries its week, kind,
 * marketplace and count as data attributes.
 */
export function drawWeeklyChart(data: WeeklyNotices, text: DrawText): Drawing {
  const { t } = text;
  const plotWidth = CHART_WIDTH - LEFT - RIGHT;
  const step = plotWidth / Math.max(1, data.weeks.length);
  const barWidth = Math.max(2, Math.min(28, step * 0.7));
  const scale = data.maxInWeek ? (PANEL_HEIGHT - 14) / data.maxInWeek : 0;
  const labelEvery = Math.max(1, Math.ceil((textWidth(text.shortDay(data.weeks[0] ?? 0), 11) + 8) / step));
  const nodes: SvgNode[] = [];
  const busiestIndex = data.busiestWeek === null ? -1 : data.weeks.indexOf(data.busiestWeek);

  data.series.forEach((series, row) => {
    const top = row * (PANEL_TOP + PANEL_HEIGHT + AXIS);
    const base = top + PANEL_TOP + PANEL_HEIGHT;
    const panel: SvgNode[] = [
      { tag: 'text', attrs: { x: LEFT, y: top + 14, class: 'panel-label', 'font-size': 13, 'font-weight': 600, fill: '#1d1f23' }, text: t('overviewPanel', { marketplace: marketplaceName(series.marketplace, t), count: text.count(series.total) }) },
      { tag: 'line', attrs: { x1: LEFT, x2: CHART_WIDTH - RIGHT, y1: base, y2: base, stroke: '#8d949e' } },
      { tag: 'text', attrs: { x: LEFT - 6, y: base - data.maxInWeek * scale + 4, 'text-anchor': 'end', 'font-size': 11, fill: '#5b616b' }, text: text.count(data.maxInWeek) },
      { tag: 'text', attrs: { x: LEFT - 6, y: base + 4, 'text-anchor': 'end', 'font-size': 11, fill: '#5b616b' }, text: text.count(0) },
    ];
    series.weeks.forEach((cell, i) => {
      const x = LEFT + i * step + (step - barWidth) / 2;
      let y = base;
      for (const kind of NOTICE_KINDS) {
        const count = cell.byKind[kind];
        if (!count) continue;
        const height = count * scale;
        y -= height;
        panel.push({
          tag: 'rect',
          attrs: { x: round(x), y: round(y), width: round(barWidth), height: round(height), fill: KIND_COLOURS[kind], class: `bar kind-${kind}`, 'data-week': iso(cell.week), 'data-kind': kind, 'data-marketplace': series.marketplace, 'data-count': count },
          title: `${t('overviewWeekOf', { day: text.day(cell.week) })}: ${t(`noticeKind.${kind}`)} ${text.count(count)}`,
        });
      }
      if (cell.total) {
        const busiest = i === busiestIndex;
        panel.push({ tag: 'text', attrs: { x: round(x + barWidth / 2), y: round(y - 3), 'text-anchor': 'middle', 'font-size': busiest ? 12 : 10, 'font-weight': busiest ? 700 : 400, fill: '#1d1f23', class: busiest ? 'bar-total busiest' : 'bar-total' }, text: text.count(cell.total) });
      }
      if (i % labelEvery === 0 || i === busiestIndex) {
        panel.push({ tag: 'text', attrs: { x: round(LEFT + i * step + step / 2), y: base + 15, 'text-anchor': 'middle', 'font-size': 11, fill: i === busiestIndex ? '#1d1f23' : '#5b616b', 'font-weight': i === busiestIndex ? 700 : 400 }, text: text.shortDay(cell.week) });
      }
    });
    nodes.push({ tag: 'g', attrs: { class: 'panel', 'data-marketplace': series.marketplace }, children: panel });
  });

  const height = Math.max(1, data.series.length * (PANEL_TOP + PANEL_HEIGHT + AXIS));
  const summary = data.busiestWeek === null
    ? t('overviewChartEmpty')
    : data.weeks.length === 1
      ? t('overviewChartSummaryOneWeek', { count: text.count(data.counted), week: text.day(data.busiestWeek) })
      : t('overviewChartSummary', { count: text.count(data.counted), weeks: text.count(data.weeks.length), week: text.day(data.busiestWeek), busiest: text.count(data.series.reduce((sum, s) => sum + s.weeks[busiestIndex]!.total, 0)) });
  return { width: CHART_WIDTH, height, summary, nodes };
}

export function marketplaceName(marketplace: string, t: Translate): string {
  return marketplace === '?' ? t('overviewMarketplaceUnknown') : marketplace;
}

const LINE_WIDTH = 720;
const LINE_PAD = 70;
const LANE_HEIGHT = 30;

/**
 * One complainant's date line: a time axis with a marker per event and its label above or
 * below, moved to an outer lane when it would overlap its neighbour. When the domain's
 * registration is known, a bracket from your first date to it says how many days apart they are.
 */
export function drawDateLine(line: ComplainantLine, text: DrawText): Drawing {
  const { t } = text;
  if (line.events.length === 0) return { width: LINE_WIDTH, height: 1, summary: t('dateLineEmpty', { complainant: line.complainant }), nodes: [] };
  const first = line.events[0]!.at;
  const last = line.events[line.events.length - 1]!.at;
  const axis = compressedAxis(line.events.map((event) => event.at), LINE_PAD, LINE_WIDTH - LINE_PAD);
  const xOf = axis.x;

  // Events on the same day share a marker; the label counts them.
  const groups: Array<{ x: number; events: DateEvent[] }> = [];
  for (const event of line.events) {
    const x = xOf(event.at);
    const previous = groups[groups.length - 1];
    if (previous && iso(previous.events[0]!.at) === iso(event.at) && previous.events[0]!.kind === event.kind) previous.events.push(event);
    else groups.push({ x, events: [event] });
  }

  // Lanes alternate above and below the axis, each further out: 0 above, 1 below, 2 further
  // above... A label takes the first lane where it does not overlap the lane's last label.
  const laneEnds: number[] = [];
  const placed = groups.map((group) => {
    const event = group.events[0]!;
    const name = group.events.length > 1 ? t('dateEventMany', { what: t(`dateEvent.${event.kind}`), count: text.count(group.events.length) }) : t(`dateEvent.${event.kind}`);
    const date = text.day(event.at);
    const width = Math.max(textWidth(name, 11), textWidth(date, 11)) + 10;
    const centre = Math.min(Math.max(group.x, width / 2), LINE_WIDTH - width / 2);
    let lane = laneEnds.findIndex((end) => end < centre - width / 2);
    if (lane === -1) lane = laneEnds.length;
    laneEnds[lane] = centre + width / 2;
    return { group, event, name, date, centre, lane };
  });
  const lanesAbove = Math.ceil(laneEnds.length / 2);
  const lanesBelow = Math.floor(laneEnds.length / 2);
  const bracketRoom = 28;
  const axisY = 12 + lanesAbove * LANE_HEIGHT + bracketRoom;
  const nodes: SvgNode[] = [{ tag: 'line', attrs: { x1: LINE_PAD - 20, x2: LINE_WIDTH - LINE_PAD + 20, y1: axisY, y2: axisY, stroke: '#8d949e', 'stroke-width': 2 } }];
  for (const x of axis.breaks) {
    nodes.push({
      tag: 'g',
      attrs: { class: 'axis-break' },
      children: [
        { tag: 'rect', attrs: { x: round(x - 4), y: axisY - 3, width: 8, height: 6, fill: '#fff' } },
        { tag: 'path', attrs: { d: `M${round(x - 6)} ${axisY + 6} L${round(x - 2)} ${axisY - 6} M${round(x + 2)} ${axisY + 6} L${round(x + 6)} ${axisY - 6}`, stroke: '#5b616b', 'stroke-width': 1.5, fill: 'none' } },
      ],
    });
  }

  const ours = line.events.find((e) => e.kind === 'first-sale' || e.kind === 'listing-first-seen');
  const registered = line.events.find((e) => e.kind === 'domain-registered');
  if (ours && registered && line.daysOursBeforeDomain !== null) {
    const x1 = xOf(Math.min(ours.at, registered.at));
    const x2 = xOf(Math.max(ours.at, registered.at));
    const y = axisY - 10;
    const label = line.daysOursBeforeDomain > 0 ? t('dateLineYouFirst', { days: text.count(line.daysOursBeforeDomain) }) : t('dateLineDomainFirst', { days: text.count(-line.daysOursBeforeDomain) });
    nodes.push({
      tag: 'g',
      attrs: { class: 'bracket', 'data-days': line.daysOursBeforeDomain },
      children: [
        { tag: 'path', attrs: { d: `M${round(x1)} ${y + 6} V${y} H${round(x2)} V${y + 6}`, fill: 'none', stroke: line.daysOursBeforeDomain > 0 ? '#1e7a3a' : '#8a5200', 'stroke-width': 1.5 } },
        { tag: 'text', attrs: { x: round(Math.min(Math.max((x1 + x2) / 2, textWidth(label, 11) / 2), LINE_WIDTH - textWidth(label, 11) / 2)), y: y - 4, 'text-anchor': 'middle', 'font-size': 11, 'font-weight': 700, fill: line.daysOursBeforeDomain > 0 ? '#1e6b34' : '#8a5200' }, text: label },
      ],
    });
  }

  for (const { group, event, name, date, centre, lane } of placed) {
    const above = lane % 2 === 0;
    const depth = Math.floor(lane / 2);
    const labelY = above ? axisY - bracketRoom - 2 - depth * LANE_HEIGHT : axisY + 22 + depth * LANE_HEIGHT;
    const tipY = above ? labelY + 12 : labelY - 12;
    nodes.push({
      tag: 'g',
      attrs: { class: `event event-${event.kind}`, 'data-kind': event.kind, 'data-day': iso(event.at), 'data-count': group.events.length },
      children: [
        { tag: 'line', attrs: { x1: round(group.x), x2: round(centre), y1: axisY, y2: round(tipY), stroke: '#c9ced6' } },
        { tag: 'circle', attrs: { cx: round(group.x), cy: axisY, r: 6, fill: EVENT_COLOURS[event.kind], stroke: '#fff', 'stroke-width': 1.5 }, title: group.events.map((e) => [t(`dateEvent.${e.kind}`), text.day(e.at), e.detail].filter(Boolean).join(' · ')).join('\n') },
        { tag: 'text', attrs: { x: round(centre), y: round(above ? labelY - 12 : labelY), 'text-anchor': 'middle', 'font-size': 11, 'font-weight': 600, fill: '#1d1f23', ...HALO }, text: name },
        { tag: 'text', attrs: { x: round(centre), y: round(above ? labelY : labelY + 12), 'text-anchor': 'middle', 'font-size': 11, fill: '#4a5058', ...HALO }, text: date },
      ],
    });
  }
  const height = axisY + 12 + Math.max(1, lanesBelow) * LANE_HEIGHT;
  const summary = line.daysOursBeforeDomain === null
    ? t('dateLineSummary', { complainant: line.complainant, count: text.count(line.complaints), first: text.day(first), last: text.day(last) })
    : `${t('dateLineSummary', { complainant: line.complainant, count: text.count(line.complaints), first: text.day(first), last: text.day(last) })} ${line.daysOursBeforeDomain > 0 ? t('dateLineYouFirstSentence', { days: text.count(line.daysOursBeforeDomain) }) : t('dateLineDomainFirstSentence', { days: text.count(-line.daysOursBeforeDomain) })}`.replace(/([。！？]) /g, '$1');
  return { width: LINE_WIDTH, height, summary, nodes, note: axis.breaks.length ? t('dateLineCompressed') : undefined };
}

/** A white outline under label text, so a connector line that crosses it does not cut through the letters. */
const HALO = { stroke: '#fff', 'stroke-width': 3, 'paint-order': 'stroke', 'stroke-linejoin': 'round' } as const;

const DAY_MS = 86_400_000;
/** A quiet stretch longer than this is drawn shortened, with a break on the axis. */
const BREAK_DAYS = 60;

/**
 * Where each day sits on the line. Years between a first sale and a campaign would squeeze the
 * campaign's weeks into a few pixels, so each gap between event days gets room by the logarithm
 * of its length: order and nearness stay true, a long gap is shortened and marked as a break.
 */
export function compressedAxis(times: readonly number[], from: number, to: number): { x: (at: number) => number; breaks: number[] } {
  const days = [...new Set(times.map((at) => Math.floor(at / DAY_MS)))].sort((a, b) => a - b);
  const weights = days.slice(1).map((day, i) => Math.log1p(day - days[i]!));
  const total = weights.reduce((sum, w) => sum + w, 0);
  const positions = new Map<number, number>();
  const breaks: number[] = [];
  let x = days.length > 1 ? from : (from + to) / 2;
  days.forEach((day, i) => {
    if (i > 0) {
      const step = (weights[i - 1]! / total) * (to - from);
      if (day - days[i - 1]! > BREAK_DAYS) breaks.push(x + step / 2);
      x += step;
    }
    positions.set(day, x);
  });
  return { x: (at) => positions.get(Math.floor(at / DAY_MS)) ?? from, breaks };
}

const round = (value: number) => Math.round(value * 10) / 10;
