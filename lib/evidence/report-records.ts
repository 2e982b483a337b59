import { explainFinding } from '../i18n/flag-sentences';
import { type MessageKey, translator } from '../i18n';
import { type Flag, flagSubjectLabel } from '../model/flag';
import type { ListingState } from '../model/listing-state';
import { isoDateTime, isoDay } from '../dates';
import { html, type SafeHtml } from './escape';
import { heading, pair, table } from './report-parts';
import type { TimelineEntry } from './timeline';

/** The flag, the listings and the history: the context after the key facts. */

const EN = translator('en');
const ZH = translator('zh');
/** A word of the extension's own in both languages (the report's readers: Amazon, and the seller). */
const both = (key: MessageKey): string => `${EN(key)} / ${ZH(key)}`;

export function flagSection(flag: Flag): SafeHtml {
  return html`<section id="flag">
${heading(2, 'What Brand Sentry found', 'Brand Sentry 的发现')}
${table(
    [['Kind', '类型'], ['Severity', '严重程度'], ['State', '状态'], ['Subject', '对象'], ['First seen', '首次发现', 'id'], ['Last seen', '最近发现', 'id']],
    [[both(`flagKind.${flag.kind}`), both(`severity.${flag.severity}`), both(`state.${flag.state}`), flagSubjectLabel(flag.subject), isoDay(flag.firstSeen), isoDay(flag.lastSeen)]],
  )}
<ul>${flag.findings.map((finding) => html`<li>${pair(explainFinding(finding, 'en'), explainFinding(finding, 'zh'))}</li>`)}</ul>
</section>`;
}

export function listingsSection(states: readonly ListingState[]): SafeHtml {
  return html`<section id="listings">
${heading(2, 'Your listings as last seen', '您的商品（最近一次记录）')}
${table(
    [['ASIN', 'ASIN', 'id'], ['SKU', 'SKU', 'id'], ['Marketplace', '站点'], ['Brand', '品牌'], ['Title', '标题'], ['Status', '状态'], ['First seen', '首次记录', 'id'], ['Last seen', '最近记录', 'id']],
    states.map((s) => [s.asin, s.sku, s.marketplace, s.brand, s.title, s.statusText ?? s.status, isoDay(s.firstSeenAt), isoDay(s.lastSeenAt)]),
  )}
</section>`;
}

export function timelineSection(entries: readonly TimelineEntry[]): SafeHtml {
  return html`<section id="timeline">
${heading(2, 'Timeline', '时间线')}
${table(
    [['Date (UTC)', '日期（UTC）', 'id'], ['Event', '事件'], ['Detail', '详情']],
    entries.map((entry) => [isoDateTime(entry.at), ...describe(entry)]),
  )}
</section>`;
}

function describe(entry: TimelineEntry): [string, string] {
  switch (entry.kind) {
    case 'notice': {
      const n = entry.notice;
      return [`Notice / 通知: ${[n.category, n.ipType, n.action].filter(Boolean).join(', ')}`, [n.complaintIds.length ? `Complaint ID ${n.complaintIds.join(', ')}` : '', n.asins.join(', '), n.marketplace, n.complainantDomain].filter(Boolean).join(' · ')];
    }
    case 'listing-change': {
      const c = entry.change;
      return [`Listing change / 商品变更: ${c.field}`, `${c.asin ?? c.listingKey}: ${c.before ?? '-'} → ${c.after ?? '-'}`];
    }
    case 'brand-role-change': {
      const c = entry.change;
      return [`Brand Registry role ${c.change} / 品牌注册角色${c.change === 'lost' ? '丢失' : '获得'}`, `${c.brand}: ${c.role}`];
    }
    case 'domain-registered':
      return ["Complainant's domain registered / 投诉方域名注册", [entry.age.domain, entry.age.registrar].filter(Boolean).join(' · ')];
  }
}
