import { isRetraction, isTrusted, noticeTime } from '../notices/complaints';
import type { Notice } from '../model/notice';

/** The four kinds of notice a seller counts when a campaign hits them. */
export const NOTICE_KINDS = ['takedown', 'complaint', 'warning', 'retraction'] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

const WEEK_MS = 7 * 86_400_000;
/** A longer history would make every bar a hairline; the chart shows the latest weeks. */
export const MAX_WEEKS = 26;
/** Notices with no marketplace (a pasted text, an e-mail that never says) are counted under this. */
export const UNKNOWN_MARKETPLACE = '?';

/**
 * What kind of notice this is for the chart, or null for one that is not about listings (a
 * Brand Registry message, an "other" text). A notice from a sender that is not Amazon's is left
 * out: it is a fake, shown as a spoofed-notice flag, and no part of what Amazon did.
 */
export function noticeKind(notice: Pick<Notice, 'category' | 'action' | 'senderIsAmazon'>): NoticeKind | null {
  if (!isTrusted(notice)) return null;
  if (isRetraction(notice)) return 'retraction';
  if (notice.action === 'listing-removed' || notice.action === 'account-deactivated') return 'takedown';
  if (notice.category === 'ip-complaint' || notice.category === 'counterfeit') return notice.action === 'warning' ? 'warning' : 'complaint';
  if (notice.category === 'policy-warning' || notice.action === 'warning') return 'warning';
  return null;
}

/** An Account Health row and its Performance Notification are a few days apart at most. */
const ECHO_WINDOW_MS = 4 * 86_400_000;

/**
 * Notices that repeat another one: an Account Health row carries no complaint ID, so it is a
 * record of its own beside the Performance Notification of the same takedown. A notice without
 * complaint IDs whose every ASIN has a notice with complaint IDs of the same kind and marketplace
 * within a few days is that same event; the chart counts it once.
 */
function sameEventsSeenTwice(notices: readonly Notice[]): Set<Notice> {
  const identified = new Map<string, number[]>();
  const keyOf = (asin: string, kind: NoticeKind, marketplace: string | null) => `${asin}|${kind}|${marketplace ?? UNKNOWN_MARKETPLACE}`;
  for (const notice of notices) {
    const kind = noticeKind(notice);
    if (kind === null || notice.complaintIds.length === 0) continue;
    for (const asin of notice.asins) {
      const key = keyOf(asin, kind, notice.marketplace);
      const dates = identified.get(key);
      if (dates) dates.push(noticeTime(notice));
      else identified.set(key, [noticeTime(notice)]);
    }
  }
  const echoes = new Set<Notice>();
  for (const notice of notices) {
    const kind = noticeKind(notice);
    if (kind === null || notice.complaintIds.length > 0 || notice.asins.length === 0) continue;
    const at = noticeTime(notice);
    const covered = notice.asins.every((asin) => identified.get(keyOf(asin, kind, notice.marketplace))?.some((other) => Math.abs(other - at) <= ECHO_WINDOW_MS));
    if (covered) echoes.add(notice);
  }
  return echoes;
}

/** Monday 00:00 UTC of the week holding `timestamp` (ISO weeks; 1 Jan 1970 was a Thursday). */
export function weekStart(timestamp: number): number {
  const days = Math.floor(timestamp / 86_400_000);
  const sinceMonday = (((days + 3) % 7) + 7) % 7;
  return (days - sinceMonday) * 86_400_000;
}

export interface WeekCounts {
  /** Monday 00:00 UTC. */
  week: number;
  byKind: Record<NoticeKind, number>;
  total: number;
}

export interface MarketplaceSeries {
  marketplace: string;
  weeks: WeekCounts[];
  total: number;
}

export interface WeeklyNotices {
  /** The weeks shown, oldest first, every week in between included (an empty week is a fact too). */
  weeks: number[];
  /** One series per marketplace, the busiest first; every series has one entry per week. */
  series: MarketplaceSeries[];
  /** The week with the most notices over all marketplaces (the spike), null when there are none. */
  busiestWeek: number | null;
  /** The most notices one marketplace had in one week: the chart's scale. */
  maxInWeek: number;
  /** Notices counted, and notices left out (not about listings, fake senders, older than the weeks shown). */
  counted: number;
  leftOut: number;
  /** Notices counted once with another record of the same event (an Account Health row and its notification). */
  sameEvent: number;
}

const emptyKinds = (): Record<NoticeKind, number> => ({ takedown: 0, complaint: 0, warning: 0, retraction: 0 });

/**
 * Notices per week by kind and marketplace: the picture in which a campaign of complaints shows
 * as a spike. Pure, so the dashboard's chart, the evidence report and the tests draw the same numbers.
 */
export function weeklyNotices(notices: readonly Notice[], maxWeeks = MAX_WEEKS): WeeklyNotices {
  const dated: Array<{ week: number; kind: NoticeKind; marketplace: string }> = [];
  const echoes = sameEventsSeenTwice(notices);
  let leftOut = 0;
  for (const notice of notices) {
    const kind = noticeKind(notice);
    if (kind === null) {
      leftOut++;
      continue;
    }
    if (echoes.has(notice)) continue; // counted once, as the notice with its complaint ID
    dated.push({ week: weekStart(noticeTime(notice)), kind, marketplace: notice.marketplace ?? UNKNOWN_MARKETPLACE });
  }
  if (dated.length === 0) return { weeks: [], series: [], busiestWeek: null, maxInWeek: 0, counted: 0, leftOut, sameEvent: echoes.size };

  const last = Math.max(...dated.map((entry) => entry.week));
  const first = Math.max(Math.min(...dated.map((entry) => entry.week)), last - (maxWeeks - 1) * WEEK_MS);
  const weeks: number[] = [];
  for (let week = first; week <= last; week += WEEK_MS) weeks.push(week);

  const byMarketplace = new Map<string, WeekCounts[]>();
  let counted = 0;
  for (const entry of dated) {
    if (entry.week < first) {
      leftOut++;
      continue;
    }
    let series = byMarketplace.get(entry.marketplace);
    if (!series) {
      series = weeks.map((week) => ({ week, byKind: emptyKinds(), total: 0 }));
      byMarketplace.set(entry.marketplace, series);
    }
    const cell = series[Math.round((entry.week - first) / WEEK_MS)]!;
    cell.byKind[entry.kind]++;
    cell.total++;
    counted++;
  }

  const series = [...byMarketplace.entries()]
    .map(([marketplace, counts]) => ({ marketplace, weeks: counts, total: counts.reduce((sum, cell) => sum + cell.total, 0) }))
    .sort((a, b) => b.total - a.total || a.marketplace.localeCompare(b.marketplace));
  const perWeek = weeks.map((_, i) => series.reduce((sum, s) => sum + s.weeks[i]!.total, 0));
  const busiest = perWeek.reduce((best, count, i) => (count > perWeek[best]! ? i : best), 0);
  const maxInWeek = Math.max(...series.flatMap((s) => s.weeks.map((cell) => cell.total)));
  return { weeks, series, busiestWeek: weeks[busiest]!, maxInWeek, counted, leftOut, sameEvent: echoes.size };
}
