import { translator } from '../i18n';
import { complainantLine, type ComplainantLine, type ComplainantSource } from '../overview/date-lines';
import { type DrawText, drawDateLine, drawWeeklyChart, KIND_COLOURS } from '../overview/draw';
import { drawingMarkup } from '../overview/svg';
import { followSellerFlags } from '../analyze/follow-sellers';
import { drawFollowSellers, money, priceAgainstYours } from '../overview/draw-offers';
import { followSellerKey, followSellerListings, type FollowSellerListing } from '../overview/follow-sellers';
import { isComplaint, isTrusted } from '../notices/complaints';
import { NOTICE_KINDS, weeklyNotices } from '../overview/weekly';
import { isoDay } from '../dates';
import { html, SafeHtml } from './escape';
import { heading, pair, table } from './report-parts';
import type { EvidenceRecords } from './types';

const ZH_KIND = { takedown: '下架', complaint: '投诉', warning: '警告', retraction: '撤诉' } as const;
const ZH_EVENT = { 'first-sale': '您首次销售', 'listing-first-seen': '商品首次记录', 'domain-registered': '域名注册', 'first-complaint': '首次投诉', complaint: '投诉', retraction: '撤诉' } as const;

/** The report is read by Amazon first: the pictures speak English with UTC days, the tables both languages. */
const REPORT_TEXT: DrawText = {
  t: translator('en'),
  shortDay: (at) => new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(at),
  day: isoDay,
  count: (value) => new Intl.NumberFormat('en-GB').format(value),
};

/** The complainants of this pack's complaints: each domain, and each rights owner who gave none. */
export function packComplainants(records: EvidenceRecords): ComplainantSource[] {
  const complaints = records.notices.filter((notice) => isComplaint(notice) && isTrusted(notice));
  const byDomain = new Map<string, ComplainantSource>();
  if (records.subject.kind === 'domain') byDomain.set(records.subject.domain, { complainant: records.subject.domain, domain: records.subject.domain, evidence: [] });
  const byOwner = new Map<string, string[]>();
  for (const notice of complaints) {
    if (notice.complainantDomain) {
      if (!byDomain.has(notice.complainantDomain)) byDomain.set(notice.complainantDomain, { complainant: notice.complainantDomain, domain: notice.complainantDomain, evidence: [] });
    } else if (notice.rightsOwnerName) {
      byOwner.set(notice.rightsOwnerName, [...(byOwner.get(notice.rightsOwnerName) ?? []), ...notice.captureIds]);
    }
  }
  return [...byDomain.values(), ...[...byOwner].map(([owner, evidence]) => ({ complainant: owner, domain: null, evidence }))];
}

/**
 * The follow-sellers of a follow-seller flag's listing, as the overview draws them: the sellers
 * the follow-seller rule flags on the pack's records and does not see gone.
 */
export function packFollowSellers(records: EvidenceRecords, now: number): FollowSellerListing[] {
  if (records.offerSellers.length === 0) return [];
  const drafts = followSellerFlags({ offerSellers: records.offerSellers, offerSnapshots: records.offerSnapshots, profile: records.profile, now });
  const chosen = new Set(drafts.filter((draft) => draft.resolvedBy === null).map((draft) => followSellerKey(draft.subject)).filter((key): key is string => key !== null));
  return followSellerListings(chosen, { offerSellers: records.offerSellers, offerSnapshots: records.offerSnapshots, profileOf: () => records.profile });
}

/** The overview's pictures for this pack: notices per week, each complainant's date line and a listing's follow-sellers, each with its table. */
export function picturesSection(records: EvidenceRecords, now: number): SafeHtml {
  const weekly = weeklyNotices(records.notices);
  const lines = packComplainants(records).map((source) => complainantLine(source, records));
  const offers = packFollowSellers(records, now);
  if (weekly.weeks.length === 0 && lines.length === 0 && offers.length === 0) return html``;
  const chart = drawWeeklyChart(weekly, REPORT_TEXT);
  return html`<section id="pictures">
${heading(2, 'At a glance', '一览')}
${weekly.weeks.length ? html`${heading(3, 'Notices per week', '每周通知数')}
${pair('Each bar is one week (Monday to Sunday, UTC), by kind of notice. A campaign of complaints shows as a spike.', '每根柱子代表一周（周一至周日，UTC），按通知类型区分。集中投诉会显示为高峰。', 'muted')}
<p class="legend">${NOTICE_KINDS.map((kind) => html`<span><span class="swatch" style="background:${KIND_COLOURS[kind]}"></span>${REPORT_TEXT.t(`noticeKind.${kind}`)} <span lang="zh-CN">${ZH_KIND[kind]}</span></span> `)}</p>
<figure class="picture">${new SafeHtml(drawingMarkup(chart, 'chart'))}<figcaption>${chart.summary}</figcaption></figure>
${table(
    [['Week starting (UTC)', '周起始日（UTC）', 'id'], ['Marketplace', '站点'], ...NOTICE_KINDS.map((kind) => [REPORT_TEXT.t(`noticeKind.${kind}`), ZH_KIND[kind]] as const), ['Total', '合计']],
    weekly.weeks.flatMap((week, i) =>
      weekly.series.filter((series) => series.weeks[i]!.total > 0).map((series) => {
        const cell = series.weeks[i]!;
        return [isoDay(week), series.marketplace, ...NOTICE_KINDS.map((kind) => cell.byKind[kind]), cell.total];
      }),
    ),
  )}` : ''}
${lines.map(lineBlock)}
${offers.map(followSellersBlock)}
</section>`;
}

function lineBlock(line: ComplainantLine): SafeHtml {
  const drawing = drawDateLine(line, REPORT_TEXT);
  return html`${heading(3, `Dates: ${line.complainant}`, `时间线：${line.complainant}`)}
${line.events.length ? html`<figure class="picture">${new SafeHtml(drawingMarkup(drawing, 'line'))}<figcaption>${drawing.summary}${drawing.note ? ` ${drawing.note}` : ''}</figcaption></figure>` : ''}
${table(
    [['Date (UTC)', '日期（UTC）', 'id'], ['Event', '事件'], ['Detail', '详情']],
    line.events.map((event) => [isoDay(event.at), `${REPORT_TEXT.t(`dateEvent.${event.kind}`)} / ${ZH_EVENT[event.kind]}`, event.detail]),
  )}`;
}

function followSellersBlock(listing: FollowSellerListing): SafeHtml {
  const drawing = drawFollowSellers(listing, REPORT_TEXT);
  return html`${heading(3, `Follow-sellers: ${listing.asin} · ${listing.marketplace}`, `跟卖：${listing.asin} · ${listing.marketplace}`)}
${pair('Each seller on the listing who is neither the brand owner nor a reseller they authorized: the day Brand Sentry first saw them, and their price against the brand owner\'s.', '在该商品上销售、既不是品牌所有者也不是其授权经销商的卖家：Brand Sentry 首次发现他们的日期，以及他们的价格与品牌所有者价格的对比。', 'muted')}
<figure class="picture">${new SafeHtml(drawingMarkup(drawing, 'offers'))}<figcaption>${drawing.summary}</figcaption></figure>
${table(
    [['Seller', '卖家'], ['First seen (UTC)', '首次发现（UTC）', 'id'], ['Last seen (UTC)', '最近发现（UTC）', 'id'], ['Their price', '对方价格'], ['Brand owner\'s price', '品牌所有者价格'], ['Against it', '相比'], ['Featured offer', '购物车（推荐报价）']],
    listing.sellers.map((row) => [
      `${row.sellerName ?? row.sellerId} (${row.sellerId})`,
      isoDay(row.firstSeenAt),
      isoDay(row.lastSeenAt),
      row.price === null ? null : money(row.price, row.currency),
      row.yourPrice === null ? null : money(row.yourPrice, row.currency),
      priceAgainstYours(row, REPORT_TEXT),
      row.featured ? 'yes / 是' : 'no / 否',
    ]),
  )}`;
}
