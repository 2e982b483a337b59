// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { database } from '../../lib/db';
import type { Flag } from '../../lib/model/flag';
import { BrandProfile } from '../../lib/model/profile';
import { complainantLine } from '../../lib/overview/date-lines';
import { compressedAxis } from '../../lib/overview/draw';
import { weekStart, weeklyNotices } from '../../lib/overview/weekly';
import { DAY, LUMORA, notice, T0 } from '../helpers/records';
import { listingState } from './evidence-fixture';
import { mountDashboard, unmount, until } from './dashboard-helpers';

const MONDAY = Date.UTC(2026, 10, 16); // Monday 16 Nov 2026
const iso = (at: number) => new Date(at).toISOString().slice(0, 10);

/** A campaign: one warning weeks before, five takedowns in one week (US and UK), a retraction after. */
function campaign() {
  return [
    notice({ id: 'complaint:1000000001', complaintIds: ['1000000001'], action: 'warning', category: 'policy-warning', receivedAt: MONDAY - 21 * DAY + 5 * 3_600_000 }),
    ...[0, 1, 1, 2].map((day, i) => notice({ id: `complaint:100000001${i}`, complaintIds: [`100000001${i}`], receivedAt: MONDAY + day * DAY + 3_600_000 })),
    notice({ id: 'complaint:1000000020', complaintIds: ['1000000020'], marketplace: 'UK', receivedAt: MONDAY + 6 * DAY + 23 * 3_600_000 }),
    notice({ id: 'complaint:1000000030', complaintIds: ['1000000030'], action: 'images-removed', receivedAt: MONDAY + 8 * DAY }),
    notice({ id: 'complaint:1000000040', complaintIds: ['1000000010'], category: 'retraction', action: 'reinstated', complainantDomain: null, receivedAt: MONDAY + 9 * DAY }),
    notice({ id: 'text:fake', complaintIds: [], senderIsAmazon: false, receivedAt: MONDAY + DAY }),
    notice({ id: 'text:registry', complaintIds: [], category: 'brand-registry', action: 'none', receivedAt: MONDAY + DAY }),
  ];
}

describe('weekly notices (pure)', () => {
  it('weeks start on Monday, UTC', () => {
    expect(iso(weekStart(MONDAY + 6 * DAY + 23 * 3_600_000))).toBe('2026-11-16');
    expect(iso(weekStart(MONDAY - 1))).toBe('2026-11-09');
    expect(iso(weekStart(MONDAY))).toBe('2026-11-16');
  });

  it('counts by week, kind and marketplace, fills the quiet weeks and finds the spike', () => {
    const data = weeklyNotices(campaign());
    expect(data.weeks.map(iso)).toEqual(['2026-10-26', '2026-11-02', '2026-11-09', '2026-11-16', '2026-11-23']);
    expect(data.series.map((s) => [s.marketplace, s.total])).toEqual([['US', 7], ['UK', 1]]);
    const us = data.series[0]!.weeks;
    expect(us[0]!.byKind).toEqual({ takedown: 0, complaint: 0, warning: 1, retraction: 0 });
    expect(us[3]!.byKind).toEqual({ takedown: 4, complaint: 0, warning: 0, retraction: 0 });
    expect(us[4]!.byKind).toEqual({ takedown: 0, complaint: 1, warning: 0, retraction: 1 });
    expect(iso(data.busiestWeek!)).toBe('2026-11-16');
    expect(data.maxInWeek).toBe(4);
    expect([data.counted, data.leftOut]).toEqual([8, 2]);
  });

  it('keeps only the latest weeks of a long history and says how many it left out', () => {
    const data = weeklyNotices([notice({ receivedAt: T0 }), notice({ id: 'complaint:2', complaintIds: ['2000000000'], receivedAt: T0 + 70 * DAY })], 4);
    expect(data.weeks).toHaveLength(4);
    expect([data.counted, data.leftOut]).toEqual([1, 1]);
  });
});

describe('a complainant\'s date line (pure)', () => {
  it('puts the first sale, the listing first seen, the registration, each complaint and the retraction in order', () => {
    const line = complainantLine(
      { complainant: 'lumora-official.co.uk', domain: 'lumora-official.co.uk', evidence: [] },
      {
        notices: campaign(),
        listingStates: [listingState],
        domainAges: [{ domain: 'lumora-official.co.uk', status: 'known', createdAt: Date.UTC(2026, 9, 2), registrar: null, reason: null, server: null, checkedAt: 1 }],
        profile: BrandProfile.parse(LUMORA),
      },
    );
    expect(line.events.map((e) => [e.kind, iso(e.at)])).toEqual([
      ['listing-first-seen', '2024-01-15'], // older than the first sale (2024-03-01), so it alone stands for you
      ['domain-registered', '2026-10-02'],
      ['first-complaint', '2026-10-26'],
      ...['2026-11-16', '2026-11-17', '2026-11-17', '2026-11-18', '2026-11-22', '2026-11-24'].map((day) => ['complaint', day]),
      ['retraction', '2026-11-25'],
    ]);
    expect(line.complaints).toBe(7);
    expect(line.daysOursBeforeDomain).toBe(991);
  });
});

function complainantFlag(): Flag {
  return {
    key: 'suspicious-complainant:lumora-official.co.uk', kind: 'suspicious-complainant', severity: 'high', subject: { domain: 'lumora-official.co.uk' }, marketplace: null, account: null,
    reasons: ['brand-named-domain'], findings: [], evidence: ['capture-notice'], firstSeen: MONDAY, lastSeen: MONDAY, resolvedBy: null,
    state: 'open', stateChangedAt: MONDAY, acknowledgedLastSeen: null,
  };
}

describe('the overview page draws what the records say', () => {
  beforeEach(async () => {
    await database().delete();
    await database().open();
  });
  afterEach(unmount);

  it('each bar segment is as tall as its count, on one scale, and the table says the same', async () => {
    const notices = campaign();
    const db = database();
    await db.notices.bulkPut(notices);
    await db.flags.put(complainantFlag());
    await db.profile.put({ id: 'me', account: null, profile: BrandProfile.parse(LUMORA), updatedAt: 1 });
    const root = mountDashboard('#/');
    await until(() => !!root.querySelector('svg.chart rect.bar'), 'the chart');

    const bars = [...root.querySelectorAll<SVGRectElement>('svg.chart rect.bar')].map((rect) => ({
      week: rect.getAttribute('data-week')!, kind: rect.getAttribute('data-kind')!, marketplace: rect.getAttribute('data-marketplace')!,
      count: Number(rect.getAttribute('data-count')), height: Number(rect.getAttribute('height')),
    }));
    // Counted again here from the records, independently of lib/overview.
    const expected = new Map<string, number>();
    const kindOf = (n: (typeof notices)[number]) => (n.category === 'retraction' ? 'retraction' : n.action === 'listing-removed' ? 'takedown' : n.action === 'warning' ? 'warning' : 'complaint');
    for (const n of notices.filter((n) => n.senderIsAmazon && n.category !== 'brand-registry')) {
      const key = `${iso(weekStart(n.receivedAt!))}|${kindOf(n)}|${n.marketplace}`;
      expected.set(key, (expected.get(key) ?? 0) + 1);
    }
    expect(new Map(bars.map((bar) => [`${bar.week}|${bar.kind}|${bar.marketplace}`, bar.count]))).toEqual(expected);
    const unit = bars[0]!.height / bars[0]!.count;
    for (const bar of bars) expect(bar.height).toBeCloseTo(bar.count * unit, 0);
    expect(bars.find((b) => b.week === '2026-11-16' && b.marketplace === 'US')!.height).toBeCloseTo(4 * unit, 0);
    expect(root.querySelector('.busiest')!.textContent).toBe('4');

    const rows = [...root.querySelectorAll('.weekly-chart tbody tr')].map((tr) => [tr.getAttribute('data-week'), tr.getAttribute('data-marketplace'), tr.querySelector('td:last-child')!.textContent]);
    expect(rows).toContainEqual(['2026-11-16', 'US', '4']);
    expect(rows).toContainEqual(['2026-11-16', 'UK', '1']);
    expect(root.querySelector('svg.chart')!.getAttribute('aria-label')).toMatch(/8 notices over 5 weeks/);
    expect(root.querySelector('[data-tile="complainants"] .open-count')!.textContent).toBe('1');
  });

  it('draws a marker per complaint day on the complainant\'s line, and asks for the domain\'s age when it is unknown', async () => {
    const db = database();
    await db.notices.bulkPut(campaign());
    await db.flags.put(complainantFlag());
    const root = mountDashboard('#/');
    await until(() => !!root.querySelector('svg.line'), 'the date line');
    const events = [...root.querySelectorAll('svg.line g.event')].map((g) => [g.getAttribute('data-kind'), g.getAttribute('data-day'), g.getAttribute('data-count')]);
    expect(events).toEqual([
      ['first-complaint', '2026-10-26', '1'],
      ['complaint', '2026-11-16', '1'],
      ['complaint', '2026-11-17', '2'],
      ['complaint', '2026-11-18', '1'],
      ['complaint', '2026-11-22', '1'],
      ['complaint', '2026-11-24', '1'],
      ['retraction', '2026-11-25', '1'],
    ]);
    expect(root.querySelector('.next-step-hint')).not.toBeNull();
  });
});

describe('the same pictures in the evidence report', () => {
  it('draws the pack\'s notices per week and the complainant\'s date line, with their tables, as inline SVG', async () => {
    const { buildEvidencePack } = await import('../../lib/evidence');
    const { evidenceInput, DOMAIN, RECEIVED_AT, DOMAIN_CREATED, LISTING_FIRST_SEEN } = await import('./evidence-fixture');
    const report = new TextDecoder().decode(buildEvidencePack(evidenceInput()).files['report.html']);
    const doc = new DOMParser().parseFromString(report, 'text/html');
    const bars = [...doc.querySelectorAll('#pictures svg.chart rect.bar')].map((rect) => [rect.getAttribute('data-week'), rect.getAttribute('data-kind'), rect.getAttribute('data-count')]);
    expect(bars).toEqual([[iso(weekStart(RECEIVED_AT)), 'takedown', '1']]);
    const events = [...doc.querySelectorAll('#pictures svg.line g.event')].map((g) => [g.getAttribute('data-kind'), g.getAttribute('data-day')]);
    expect(events).toEqual([
      ['listing-first-seen', iso(LISTING_FIRST_SEEN)],
      ['domain-registered', iso(DOMAIN_CREATED)],
      ['first-complaint', iso(RECEIVED_AT)],
    ]);
    expect(doc.querySelector('#pictures svg.line .bracket')!.getAttribute('data-days')).toBe('604');
    expect(doc.querySelector('#pictures h3:last-of-type')!.textContent).toContain(DOMAIN);
    expect(doc.querySelectorAll('#pictures table')).toHaveLength(2);
    expect(doc.querySelector('#pictures svg')!.getAttribute('role')).toBe('img');
  });
});

describe('one event, two records', () => {
  it('counts an Account Health row once when its notification (with the complaint ID) says the same within days', () => {
    const notification = notice({ receivedAt: MONDAY + 2 * DAY });
    const row = notice({ id: 'text:row', complaintIds: [], receivedAt: MONDAY, rightsOwnerName: null, complainantDomain: null });
    const otherListing = notice({ id: 'text:row2', complaintIds: [], asins: ['B0OTHER001'], receivedAt: MONDAY });
    const longBefore = notice({ id: 'text:row3', complaintIds: [], receivedAt: MONDAY - 30 * DAY });
    const data = weeklyNotices([notification, row, otherListing, longBefore]);
    expect([data.counted, data.sameEvent]).toEqual([3, 1]);
  });
});

describe('the date line\'s axis', () => {
  it('keeps the order of days, gives a long gap less room than its length and marks it as a break', () => {
    const days = [Date.UTC(2024, 2, 1), Date.UTC(2026, 9, 2), Date.UTC(2026, 10, 16), Date.UTC(2026, 10, 20)];
    const axis = compressedAxis(days, 0, 1000);
    const xs = days.map(axis.x);
    expect(xs[0]).toBe(0);
    expect(xs[3]).toBeCloseTo(1000);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    expect(xs[1]! - xs[0]!).toBeLessThan(0.9 * 1000); // 945 of 994 days, drawn in well under 95% of the width
    expect(xs[3]! - xs[2]!).toBeGreaterThan(50); // four days stay visible
    expect(axis.breaks).toHaveLength(1); // only the 945-day gap is longer than 60 days
    expect(axis.x(Date.UTC(2026, 10, 20, 23, 59))).toBe(xs[3]); // a day is one place
  });
});

describe('dates and numbers in the seller\'s locale', () => {
  it('takes the browser\'s own tag when it speaks the UI\'s language, else the language\'s usual one', async () => {
    const { displayLocale } = await import('../../components/format');
    expect(displayLocale('en', ['en-US', 'de'])).toBe('en-US');
    expect(displayLocale('en', ['de-DE', 'en-AU'])).toBe('en-AU');
    expect(displayLocale('en', ['de-DE'])).toBe('en-GB');
    expect(displayLocale('zh', ['zh-TW', 'en'])).toBe('zh-TW');
    expect(displayLocale('zh', ['en-US'])).toBe('zh-CN');
  });
});
