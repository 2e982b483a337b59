import { storeName } from '../marketplaces';
import type { Notice } from '../model/notice';
import { isoDay } from '../dates';
import { html, type SafeHtml } from './escape';
import { noticeTime } from '../notices/complaints';
import type { KeyFacts, PriorityFact } from '../dispute/facts';
import { heading, pair, plural, table } from './report-parts';

/** The facts that win disputes, first in the report: who came first, whose mark, which complaints. */
export function keyFactsSection(facts: KeyFacts): SafeHtml {
  return html`<section id="key-facts">
${heading(2, 'Key facts', '关键事实')}
${heading(3, 'Who came first', '谁在先')}
${facts.priority.length ? facts.priority.map(priorityBlock) : pair(
    "The complainant domain's registration date is not known yet. On the flag page, check the domain's age, then export again.",
    '尚不知道投诉方域名的注册日期。请在提醒页面查询域名注册时间，然后重新导出。',
    'muted',
  )}
${heading(3, 'Trademarks', '商标')}
${table(
    [['Your trademarks', '您的商标'], ['Office', '商标局'], ['Brand', '品牌']],
    facts.ownTrademarks.map((mark) => [mark.number, mark.office, mark.brand]),
  )}
${table(
    [['Mark cited by the complaint', '投诉引用的商标'], ['Office', '商标局'], ['Complaint ID', '投诉编号', 'id'], ['Note', '说明']],
    facts.citedMarks.map((mark) => [
      mark.number,
      mark.office ?? 'not determined / 未确定',
      mark.complaintIds.join(', '),
      mark.ownMark ? 'This is YOUR OWN mark. / 这是您自己的商标。' : '',
    ]),
  )}
${heading(3, 'Complaints', '投诉')}
${complaintsTable(facts.complaints)}
</section>`;
}

function priorityBlock(fact: PriorityFact): SafeHtml {
  const [en, zh] = prioritySentence(fact);
  const tone = fact.daysBefore !== null && fact.daysBefore > 0 ? 'winning' : 'against';
  const ours = fact.ours;
  return html`<div class="${tone}">
${pair(en, zh, 'fact')}
</div>
${table(
    [['Fact', '事实'], ['Date (UTC)', '日期（UTC）', 'id'], ['Detail', '详情']],
    [
      ours
        ? [
            ours.source === 'first-sale-date' ? "Your brand's first sale / 您的品牌首次销售" : 'Your listing first seen / 您的商品首次记录',
            isoDay(ours.at),
            [ours.brand, ours.asin, ours.marketplace ? storeName(ours.marketplace) : null].filter(Boolean).join(' · '),
          ]
        : ['Your listing first seen / 您的商品首次记录', null, 'unknown / 未知'],
      ["Complainant's domain registered / 投诉方域名注册", isoDay(fact.domainCreatedAt), [fact.domain, fact.registrar].filter(Boolean).join(' · ')],
      ['Difference / 相差', fact.daysBefore === null ? null : plural(fact.daysBefore, 'day', 'days'), null],
    ],
  )}
${ours?.source === 'listing-first-seen'
    ? pair(
        '"First seen" is the first time Brand Sentry captured the listing; your listing may be older. Its creation date in Seller Central or your first orders prove more.',
        '“首次记录”是 Brand Sentry 第一次读取到该商品的时间，您的商品可能更早上架。卖家平台中的创建日期或最早的订单更有说服力。',
        'muted',
      )
    : ''}`;
}

/** "your listing was first seen N days before the complainant's domain was registered", both languages. */
export function prioritySentence(fact: PriorityFact): [en: string, zh: string] {
  const ours = fact.ours;
  if (!ours || fact.daysBefore === null) {
    return [
      `Brand Sentry has no first-seen date for your listing and no first-sale date in your brand profile to compare with ${fact.domain} (registered ${isoDay(fact.domainCreatedAt)}).`,
      `Brand Sentry 没有您商品的首次记录日期，品牌资料中也没有首次销售日期，无法与 ${fact.domain}（注册于 ${isoDay(fact.domainCreatedAt)}）比较。`,
    ];
  }
  const n = Math.abs(fact.daysBefore);
  const name = (ours.source === 'first-sale-date' ? ours.brand : ours.asin) ?? '';
  const what = ours.source === 'first-sale-date' ? `your brand${name && ` ${name}`} made its first sale` : `your listing${name && ` ${name}`} was first seen`;
  const whatZh = ours.source === 'first-sale-date' ? `您的品牌${name && ` ${name} `}首次销售` : `您的商品${name && ` ${name} `}首次被记录`;
  if (fact.daysBefore > 0) {
    return [
      `${capitalise(what)} ${plural(n, 'day', 'days')} before the complainant's domain ${fact.domain} was registered.`,
      `${whatZh}的日期比投诉方域名 ${fact.domain} 的注册日期早 ${n} 天。`,
    ];
  }
  if (fact.daysBefore === 0) {
    return [`${capitalise(what)} on the day the complainant's domain ${fact.domain} was registered.`, `${whatZh}与投诉方域名 ${fact.domain} 注册是同一天。`];
  }
  return [
    `The complainant's domain ${fact.domain} was registered ${plural(n, 'day', 'days')} before ${what}. Add older proof (creation date in Seller Central, first orders, your first-sale date).`,
    `投诉方域名 ${fact.domain} 的注册比${whatZh}早 ${n} 天。请补充更早的证据（卖家平台中的创建日期、最早订单、首次销售日期）。`,
  ];
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function complaintsTable(notices: readonly Notice[]): SafeHtml {
  return table(
    [['Complaint ID', '投诉编号', 'id'], ['Date (UTC)', '日期（UTC）', 'id'], ['ASIN', 'ASIN', 'id'], ['Marketplace', '站点'], ['Type', '类型'], ['Rights owner', '权利所有者'], ['Sender', '发件人']],
    notices.map((notice) => [
      notice.complaintIds.join(', ') || null,
      isoDay(noticeTime(notice)),
      notice.asins.join(', ') || null,
      notice.marketplace,
      [notice.category, notice.ipType].filter(Boolean).join(' / '),
      [notice.rightsOwnerName, notice.rightsOwnerEmail, notice.complainantDomain].filter(Boolean).join(' · ') || null,
      `${notice.sender ?? 'page / 页面'}${notice.senderIsAmazon === false ? ' (NOT Amazon / 非亚马逊)' : notice.senderIsAmazon ? ' (Amazon)' : ''}`,
    ]),
  );
}
