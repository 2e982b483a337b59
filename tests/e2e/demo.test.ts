import { strFromU8, unzipSync } from 'fflate';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPLAINANT, COMPLAINANT_FLAG, FOLLOW_SELLER_FLAG, runTour, startTour } from '../../scripts/demo/tour';
import { axeViolations, describeViolations } from './axe';
import { extensionUrl, screenshot, storedRows, type Session } from './harness';
import { retractionCloses } from '../../lib/analyze/retraction';
import type { Notice } from '../../lib/model/notice';

const DAY = 86_400_000;
const iso = (at: number) => new Date(at).toISOString().slice(0, 10);
/** Monday of the week, UTC: counted here on its own, not with lib/overview. */
const monday = (at: number) => {
  const day = new Date(at);
  day.setUTCHours(0, 0, 0, 0);
  return iso(day.getTime() - ((day.getUTCDay() + 6) % 7) * DAY);
};

/**
 * `npm start`'s story (scripts/demo/tour.ts) in real Chromium, then the overview read back: every
 * bar of the chart and every marker of the complainant's date line must match the records the
 * extension stored, and the evidence report must draw the same.
 */
describe('the demo story, and the overview drawn from its records', () => {
  let session: Session;
  let probe: Page;

  beforeAll(async () => {
    const tour = await startTour();
    ({ session, probe } = tour);
    await runTour(tour);
  }, 180_000);
  afterAll(async () => session?.close());

  it('raises the flags of the story', async () => {
    const flags = await storedRows(probe, 'flags');
    const open = flags.filter((flag) => flag.state === 'open').map((flag) => flag.kind);
    expect(open.filter((kind) => kind === 'listing-takedown')).toHaveLength(4);
    expect(open).toEqual(expect.arrayContaining(['hijacked-brand-control', 'suspicious-complainant', 'spoofed-notice']));
    // The follow-seller on the product page, and the second one its offer list shows; the authorized reseller is not one.
    expect(flags.filter((flag) => flag.kind === 'follow-seller' && flag.state === 'open').map((flag) => flag.key).sort()).toEqual([FOLLOW_SELLER_FLAG, 'follow-seller:B0CLMR7X2Q@US;seller=A3BARGAINHUB9Z']);
    expect(flags.find((flag) => flag.key === 'listing-takedown:B0CLMR7X2Q@US')!.state).toBe('resolved');
  });

  it('the popup at its real width, every flag of the story shown, in English and Chinese: no text runs past its edge or is cut off', async () => {
    const popup = await session.context.newPage();
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.goto(extensionUrl(session, 'popup.html'));
    await popup.locator('.flag .next-step').first().waitFor();
    for (const [label, language] of [['Language', 'zh'], ['语言', 'en']] as const) {
      const problems = await popup.evaluate(() => {
        const width = document.documentElement.clientWidth;
        const found: string[] = [];
        if (document.documentElement.scrollWidth > width) found.push(`the page scrolls sideways: ${document.documentElement.scrollWidth}px in ${width}px`);
        for (const element of document.body.querySelectorAll<HTMLElement>('*')) {
          const box = element.getBoundingClientRect();
          // Screen-reader-only text is clipped to 1px on purpose.
          if (box.width <= 1 || !element.checkVisibility() || element.closest('.visually-hidden')) continue;
          const style = getComputedStyle(element);
          const name = `${element.tagName.toLowerCase()}.${element.className} "${(element.textContent ?? '').trim().slice(0, 30)}"`;
          if (box.right > width + 0.5) found.push(`${name} ends at ${Math.round(box.right)}px`);
          if ((style.overflowX !== 'visible' || style.textOverflow === 'ellipsis') && element.scrollWidth > element.clientWidth + 1) found.push(`${name} is cut off`);
        }
        return found;
      });
      expect(problems, `in ${label === 'Language' ? 'English' : 'Chinese'}`).toEqual([]);
      await popup.getByLabel(label).selectOption(language);
      await popup.waitForTimeout(300);
    }
    expect(await popup.getByLabel('Language').inputValue()).toBe('en'); // back in English: the loop saw both
  });

  it('the chart: one bar segment per week, kind and marketplace, as many as the stored notices say', async () => {
    const notices = await storedRows(probe, 'notices');
    const dashboard = await session.context.newPage();
    await dashboard.setViewportSize({ width: 1100, height: 900 });
    await dashboard.goto(extensionUrl(session, 'dashboard.html#/'));
    await dashboard.locator('svg.chart rect.bar').first().waitFor();
    const bars = await dashboard.locator('svg.chart rect.bar').evaluateAll((rects) =>
      rects.map((rect) => ({ key: `${rect.getAttribute('data-week')}|${rect.getAttribute('data-kind')}|${rect.getAttribute('data-marketplace')}`, count: Number(rect.getAttribute('data-count')), height: Number(rect.getAttribute('height')) })),
    );

    // From the records: Amazon's notices by week and kind; an Account Health row (no complaint
    // ID) that repeats a notification of the same listing within days is the same takedown.
    const kindOf = (n: Record<string, any>) => (n.category === 'retraction' ? 'retraction' : n.action === 'listing-removed' ? 'takedown' : n.action === 'warning' || n.category === 'policy-warning' ? 'warning' : n.category === 'ip-complaint' || n.category === 'counterfeit' ? 'complaint' : null);
    const when = (n: Record<string, any>) => n.receivedAt ?? n.firstCapturedAt;
    const withIds = notices.filter((n) => n.complaintIds.length > 0 && n.senderIsAmazon !== false);
    const expected = new Map<string, number>();
    for (const n of notices) {
      const kind = kindOf(n);
      if (!kind || n.senderIsAmazon === false) continue;
      const repeat = n.complaintIds.length === 0 && n.asins.length > 0 && n.asins.every((asin: string) => withIds.some((o) => kindOf(o) === kind && o.asins.includes(asin) && Math.abs(when(o) - when(n)) <= 4 * DAY));
      if (repeat) continue;
      const key = `${monday(when(n))}|${kind}|${n.marketplace ?? '?'}`;
      expected.set(key, (expected.get(key) ?? 0) + 1);
    }
    expect(new Map(bars.map((bar) => [bar.key, bar.count]))).toEqual(expected);
    // The campaign is the spike: five takedowns in the week of 16 November.
    expect(expected.get('2026-11-16|takedown|US')).toBe(5);
    const unit = bars[0]!.height / bars[0]!.count;
    for (const bar of bars) expect(bar.height).toBeCloseTo(bar.count * unit, 0);
    await screenshot(dashboard, 'demo-overview');
  });

  it('the date line: the first sale, the domain\'s registration, each complaint of the complainant and the retraction', async () => {
    const notices = await storedRows(probe, 'notices');
    const [age] = (await storedRows(probe, 'domainAges')).filter((row) => row.domain === COMPLAINANT);
    const [profile] = await storedRows(probe, 'profile');
    const complaints = notices.filter((n) => n.complainantDomain === COMPLAINANT && n.category !== 'retraction' && n.senderIsAmazon !== false);
    // The retractions the one retraction rule lets close these complaints (lib/analyze/retraction.ts).
    const retractions = notices.filter((n) => n.category === 'retraction' && complaints.some((c) => retractionCloses(n as Notice, c as Notice)));
    const expected = [
      ['first-sale', profile!.profile.brands[0].firstSaleDate],
      ['domain-registered', iso(age!.createdAt)],
      ...complaints.map((n) => n.receivedAt).sort().map((at: number, i: number) => [i === 0 ? 'first-complaint' : 'complaint', iso(at)]),
      ...retractions.map((n) => ['retraction', iso(n.receivedAt)]),
    ];
    expect(expected.map(([, day]) => day)).toEqual(['2024-03-01', '2026-10-02', '2026-11-16', '2026-11-20', '2026-11-23']);

    const dashboard = await session.context.newPage();
    await dashboard.goto(extensionUrl(session, 'dashboard.html#/'));
    const line = dashboard.locator(`.complainant[data-complainant="${COMPLAINANT}"] svg.line`);
    await line.waitFor();
    const drawn = await line.locator('g.event').evaluateAll((groups) => groups.map((g) => [g.getAttribute('data-kind'), g.getAttribute('data-day')]));
    expect(drawn).toEqual(expected);
    expect(await line.locator('.bracket').getAttribute('data-days')).toBe('945');
  });

  it('the follow-sellers: each seller\'s first-seen day, their price and yours, as the stored offer reads say', async () => {
    const reads = (await storedRows(probe, 'offerSnapshots')).sort((a, b) => a.capturedAt - b.capturedAt);
    const [profile] = await storedRows(probe, 'profile');
    const own = new Set<string>(profile!.profile.sellerIds);
    // From the records: the sellers of the open follow-seller flags, in the order they first showed.
    const flagged = (await storedRows(probe, 'flags')).filter((flag) => flag.kind === 'follow-seller' && flag.state === 'open').map((flag) => flag.subject.sellerId as string);
    const expected = flagged
      .map((seller) => {
        const showing = reads.filter((read) => read.offers.some((o: any) => o.sellerId === seller));
        const last = showing[showing.length - 1]!;
        const price = last.offers.find((o: any) => o.sellerId === seller).price as number;
        const yours = last.offers.find((o: any) => own.has(o.sellerId))?.price ?? reads.flatMap((r) => r.offers).reverse().find((o: any) => own.has(o.sellerId)).price;
        return { at: showing[0]!.capturedAt, row: [seller, iso(showing[0]!.capturedAt), String(price), String(yours), String(Math.round((1 - price / yours) * 100))] };
      })
      .sort((a, b) => a.at - b.at || a.row[0]!.localeCompare(b.row[0]!))
      .map((entry) => entry.row);
    expect(expected).toEqual([
      ['A1QUICKDEALS77', expect.any(String), '19.99', '26.99', '26'],
      ['A3BARGAINHUB9Z', expect.any(String), '21.5', '26.99', '20'],
    ]);

    const dashboard = await session.context.newPage();
    await dashboard.setViewportSize({ width: 1100, height: 900 });
    await dashboard.goto(extensionUrl(session, 'dashboard.html#/'));
    const picture = dashboard.locator('article.listing-offers[data-listing="B0CLMR7X2Q@US"] svg.offers');
    await picture.waitFor();
    const drawn = await picture.locator('g.seller').evaluateAll((groups) =>
      groups.map((g) => ({
        row: ['data-seller-id', 'data-first-seen', 'data-price', 'data-your-price', 'data-percent-under'].map((name) => g.getAttribute(name)),
        cx: Number(g.querySelector('circle.price')!.getAttribute('cx')),
      })),
    );
    expect(drawn.map((d) => d.row)).toEqual(expected);
    const yourX = Number(await picture.locator('g.your-price line').getAttribute('x1'));
    const unit = (yourX - drawn[0]!.cx) / (26.99 - 19.99);
    expect(unit).toBeGreaterThan(0);
    expect(yourX - drawn[1]!.cx).toBeCloseTo((26.99 - 21.5) * unit, 0);
    expect(await picture.getAttribute('aria-label')).toContain('QuickDeals Store (A1QUICKDEALS77) holds the featured offer');
    // The whole overview, every table open: axe-clean.
    for (const summary of await dashboard.locator('details.chart-table summary').all()) await summary.click();
    expect(describeViolations(await axeViolations(dashboard))).toEqual([]);
  });

  it('the follow-seller flag\'s evidence report draws the same sellers, axe-clean', async () => {
    const page = await session.context.newPage();
    await page.goto(extensionUrl(session, `dashboard.html#/flag/${encodeURIComponent(FOLLOW_SELLER_FLAG)}`));
    await page.locator('.pack button').waitFor();
    expect(describeViolations(await axeViolations(page)), 'the flag page').toEqual([]);
    const download = page.waitForEvent('download');
    await page.locator('.pack button').click();
    const report = strFromU8(unzipSync(new Uint8Array(await readFile((await (await download).path())!)))['report.html']!);
    const shown = await session.context.newPage();
    await shown.setContent(report);
    const rows = await shown.locator('#pictures svg.offers g.seller').evaluateAll((groups) => groups.map((g) => `${g.getAttribute('data-seller-id')} ${g.getAttribute('data-price')} ${g.getAttribute('data-your-price')}`));
    expect(rows).toEqual(['A1QUICKDEALS77 19.99 26.99', 'A3BARGAINHUB9Z 21.5 26.99']);
    expect(describeViolations(await axeViolations(shown)), 'report.html').toEqual([]);
  });

  it('the evidence report draws the same chart and date line', async () => {
    const page = await session.context.newPage();
    await page.goto(extensionUrl(session, `dashboard.html#/flag/${encodeURIComponent(COMPLAINANT_FLAG)}`));
    await page.locator('.pack button').waitFor();
    const download = page.waitForEvent('download');
    await page.locator('.pack button').click();
    const report = strFromU8(unzipSync(new Uint8Array(await readFile((await (await download).path())!)))['report.html']!);
    await page.setContent(report);
    const events = await page.locator('#pictures svg.line g.event').evaluateAll((groups) => groups.map((g) => `${g.getAttribute('data-kind')} ${g.getAttribute('data-day')}`));
    expect(events).toEqual(['first-sale 2024-03-01', 'domain-registered 2026-10-02', 'first-complaint 2026-11-16', 'complaint 2026-11-20', 'retraction 2026-11-23']);
    const takedowns = await page.locator('#pictures svg.chart rect.kind-takedown').evaluateAll((rects) => rects.map((r) => `${r.getAttribute('data-week')} ${r.getAttribute('data-count')}`));
    expect(takedowns).toEqual(['2026-11-16 2']); // the pack holds this complainant's two takedowns
  });
});
