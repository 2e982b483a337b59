/**
 * One sentence per finding, in English or Simplified Chinese, built from its facts. The facts
 * each reason carries (written by lib/domains and lib/analyze; missing ones are left out of the
 * sentence rather than shown empty):
 *
 * | reason                         | facts                                                        |
 * | ------------------------------ | ------------------------------------------------------------ |
 * | notice-removed-listing         | asin, category?, complaintId?, marketplace?                  |
 * | account-health-listing-removed | asin, status?, marketplace?                                  |
 * | inventory-detail-page-removed  | asin, status?, marketplace?                                  |
 * | brand-changed                  | asin, before + after (a change seen) or brand + expected     |
 * | brand-conflict-error           | asin?, code?, merchant?, amazon?, attribute?                 |
 * | locked-attribute               | asin, attributes                                             |
 * | brand-role-lost                | brand, role                                                  |
 * | content-changed                | asin, field, before?, after?                                 |
 * | brand-named-domain             | domain, brand, name?, punycode?                              |
 * | lookalike-domain               | domain, official, fuzzer, brand?, punycode?                  |
 * | freemail-domain                | domain, kind (freemail or disposable)                        |
 * | young-domain                   | domain, created (YYYY-MM-DD), listingFirstSeen? (YYYY-MM-DD: first seen or first sale) |
 * | foreign-trademark              | number, office, marketplace                                  |
 * | own-trademark-asserted         | number, brand, domain?                                       |
 * | repeat-complainant             | complainant, count, asins, brands?, days                     |
 * | non-amazon-sender              | sender?, domain?                                             |
 * | non-amazon-login-link          | link?, domain?                                               |
 * | unauthorized-seller            | asin, sellerId, seller?, marketplace?, price?, firstSeen?   |
 * | holds-featured-offer           | asin, sellerId, seller?, price?                              |
 * | below-your-price               | sellerId, seller?, price, yourPrice, percent                 |
 * | new-seller                     | sellerId, seller?, firstSeen (YYYY-MM-DD)                    |
 */
import type { FlagFinding, FlagReason } from '../model/flag';

export type Language = 'en' | 'zh';
type Facts = Readonly<Record<string, string>>;
type Sentence = (f: Facts, has: (key: string) => boolean) => string;

const FUZZER: Readonly<Record<string, { en: string; zh: string }>> = {
  'tld-swap': { en: 'same name, other ending', zh: '同名换后缀' },
  subdomain: { en: 'name split by a dot', zh: '用点拆开名称' },
  homoglyph: { en: 'look-alike characters', zh: '形近字符' },
  transposition: { en: 'two letters swapped', zh: '两个字母互换' },
  'vowel-swap': { en: 'a vowel changed', zh: '元音被替换' },
  repetition: { en: 'a letter doubled', zh: '字母重复' },
  hyphenation: { en: 'a hyphen added', zh: '加了连字符' },
  omission: { en: 'a letter left out', zh: '少了一个字母' },
  addition: { en: 'a letter added at the end', zh: '末尾多了一个字符' },
  insertion: { en: 'a neighbouring key added', zh: '多打了相邻键' },
  replacement: { en: 'a neighbouring key typed', zh: '换成了相邻键' },
  bitsquatting: { en: 'one bit flipped', zh: '一个比特被翻转' },
  distance: { en: 'a near spelling', zh: '拼写相近' },
};

const OFFICE_ZH: Readonly<Record<string, string>> = {
  USPTO: '美国专利商标局', UKIPO: '英国知识产权局', EUIPO: '欧盟知识产权局', DPMA: '德国专利商标局', INPI: '法国工业产权局',
  UIBM: '意大利专利商标局', OEPM: '西班牙专利商标局', JPO: '日本特许厅', CNIPA: '中国国家知识产权局', WIPO: '世界知识产权组织（马德里）',
  CIPO: '加拿大知识产权局', IPAU: '澳大利亚知识产权局', INDIA: '印度专利局',
};
const MARKETPLACE_ZH: Readonly<Record<string, string>> = {
  US: '美国站', CA: '加拿大站', MX: '墨西哥站', BR: '巴西站', UK: '英国站', DE: '德国站', FR: '法国站', IT: '意大利站', ES: '西班牙站',
  NL: '荷兰站', SE: '瑞典站', PL: '波兰站', BE: '比利时站', IE: '爱尔兰站', TR: '土耳其站', AE: '阿联酋站', SA: '沙特站', EG: '埃及站',
  IN: '印度站', JP: '日本站', AU: '澳大利亚站', SG: '新加坡站',
};

const OFFICE_EN: Readonly<Record<string, string>> = {
  USPTO: 'the USPTO (United States)', UKIPO: 'the UK IPO', EUIPO: 'the EUIPO (European Union)', DPMA: 'the DPMA (Germany)', INPI: 'INPI (France)',
  UIBM: 'UIBM (Italy)', OEPM: 'OEPM (Spain)', JPO: 'the Japan Patent Office', CNIPA: 'CNIPA (China)', WIPO: 'WIPO (Madrid system)',
  CIPO: 'CIPO (Canada)', IPAU: 'IP Australia', INDIA: 'the Indian trade marks registry',
};
const CATEGORY_ZH: Readonly<Record<string, string>> = {
  trademark: '商标', copyright: '版权', patent: '专利', design: '外观设计', counterfeit: '假冒', 'ip-complaint': '知识产权投诉', other: '其他',
};
const FIELD_ZH: Readonly<Record<string, string>> = {
  title: '商品名称', item_name: '商品名称', brand: '品牌', bullets: '五点描述', bullet_point: '五点描述', description: '商品描述',
  product_description: '商品描述', images: '图片', main_image: '主图', manufacturer: '制造商',
};
const ROLE_ZH: Readonly<Record<string, string>> = {
  administrator: '管理员', 'rights owner': '权利所有者', 'registered agent': '注册代理人',
};
const inMarketplace = (f: Facts, has: (key: string) => boolean) => (has('marketplace') ? ` in the ${f.marketplace} marketplace` : '');
/** A status that only repeats "removed" adds nothing to the sentence. */
const showStatus = (f: Facts, has: (key: string) => boolean) => has('status') && !/^removed$/i.test(f.status!.trim());

const en = (f: Facts) => (key: string, fallback = '') => f[key] || fallback;
/** A seller as a sentence names it: "QuickDeals Store (A1QUICKDEALS77)", or the ID alone. */
const who = (f: Facts, has: (key: string) => boolean) => (has('seller') ? `${f.seller} (${en(f)('sellerId', '?')})` : `Seller ${en(f)('sellerId', '?')}`);
const whoZh = (f: Facts, has: (key: string) => boolean) => (has('seller') ? `卖家 ${f.seller}（${en(f)('sellerId', '?')}）` : `卖家 ${en(f)('sellerId', '?')} `);

const EN: Record<FlagReason, Sentence> = {
  'notice-removed-listing': (f, has) =>
    `A notice says listing ${en(f)('asin', '(ASIN unknown)')}${inMarketplace(f, has)} was removed${has('category') ? ` (${f.category})` : ''}${has('complaintId') ? `, complaint ID ${f.complaintId}` : ''}.`,
  'account-health-listing-removed': (f, has) =>
    `Account Health shows ${en(f)('asin', 'a listing')}${inMarketplace(f, has)} as removed${showStatus(f, has) ? ` (${f.status})` : ''}.`,
  'inventory-detail-page-removed': (f, has) =>
    `Manage Inventory shows ${en(f)('asin', 'a listing')}${inMarketplace(f, has)} as ${en(f)('status', 'Detail Page Removed')}.`,
  'brand-changed': (f, has) =>
    has('before') || has('after')
      ? `The brand of ${en(f)('asin', 'a listing')} changed from ${en(f)('before', '(empty)')} to ${en(f)('after', '(empty)')}.`
      : `${en(f)('asin', 'A listing')} shows brand ${en(f)('brand', '(unknown)')}, not yours${has('expected') ? ` (${f.expected})` : ''}.`,
  'brand-conflict-error': (f, has) =>
    `The listing editor reports a brand conflict${has('code') ? ` (error ${f.code})` : ''}${has('asin') ? ` on ${f.asin}` : ''}${has('merchant') || has('amazon') ? `: you entered ${en(f)('merchant', '?')}, Amazon has ${en(f)('amazon', '?')}` : ''}.`,
  'locked-attribute': (f) => `On ${en(f)('asin', 'a listing')} these fields became locked and you can no longer edit them: ${en(f)('attributes', '(not named)')}.`,
  'brand-role-lost': (f) => `Brand Registry no longer shows your ${en(f)('role', 'role')} role for ${en(f)('brand', 'your brand')}.`,
  'content-changed': (f, has) =>
    `The ${en(f)('field', 'content')} of ${en(f)('asin', 'a listing')} changed${has('before') && has('after') ? ` from “${f.before}” to “${f.after}”` : ''}.`,
  'brand-named-domain': (f, has) =>
    `${en(f)('domain')}${has('punycode') ? ` (${f.punycode})` : ''} contains your brand name ${en(f)('brand')} and is not one of your domains.`,
  'lookalike-domain': (f, has) =>
    `${en(f)('domain')}${has('punycode') ? ` (${f.punycode})` : ''} imitates your domain ${en(f)('official')} (${FUZZER[f.fuzzer ?? '']?.en ?? f.fuzzer ?? 'near miss'}).`,
  'freemail-domain': (f) =>
    f.kind === 'disposable'
      ? `The complainant writes from ${en(f)('domain')}, a throwaway mail service.`
      : `The complainant writes from ${en(f)('domain')}, a free webmail address, not a company domain.`,
  'young-domain': (f, has) =>
    `${en(f)('domain')} was registered on ${en(f)('created', '?')}${has('listingFirstSeen') ? `, after your listing was first seen or sold (${f.listingFirstSeen})` : ', only recently'}.`,
  'foreign-trademark': (f) =>
    `Trademark ${en(f)('number')} is registered with ${OFFICE_EN[f.office ?? ''] ?? en(f)('office')}, which does not cover the ${en(f)('marketplace')} marketplace.`,
  'own-trademark-asserted': (f, has) =>
    `The complaint cites your own trademark ${en(f)('number')} (${en(f)('brand')})${has('domain') ? ` from ${f.domain}, which is not one of your domains` : ', and the sender is not you'}.`,
  'repeat-complainant': (f) =>
    `${en(f)('complainant', 'The same complainant')} filed ${en(f)('count', 'several')} complaints against ${en(f)('asins', 'your listings')} within ${en(f)('days', '?')} days.`,
  'non-amazon-sender': (f, has) =>
    `This “Amazon” notice was sent from ${en(f)('sender', en(f)('domain', 'an unknown address'))}${has('domain') && has('sender') ? ` (${f.domain})` : ''}, which is not an Amazon address.`,
  'unauthorized-seller': (f, has) =>
    `${who(f, has)} sells on your listing ${en(f)('asin')}${inMarketplace(f, has)}${has('price') ? ` at ${f.price}` : ''} and is neither you nor an authorized reseller${has('firstSeen') ? ` (first seen ${f.firstSeen})` : ''}.`,
  'holds-featured-offer': (f, has) => `${who(f, has)} holds the featured offer (Buy Box) of ${en(f)('asin')}${has('price') ? ` at ${f.price}` : ''}.`,
  'below-your-price': (f, has) => `${who(f, has)} sells at ${en(f)('price')}, ${en(f)('percent')}% below your ${en(f)('yourPrice')}.`,
  'new-seller': (f, has) => `${who(f, has)} appeared on your listing recently (first seen ${en(f)('firstSeen')}).`,
  'non-amazon-login-link': (f, has) =>
    `The notice links to ${en(f)('domain', en(f)('link', 'a page'))} for signing in, which is not Amazon${has('link') && has('domain') ? ` (${f.link})` : ''}.`,
};

const ZH: Record<FlagReason, Sentence> = {
  'notice-removed-listing': (f, has) =>
    `绩效通知显示${has('marketplace') ? `${MARKETPLACE_ZH[f.marketplace!] ?? f.marketplace}的` : ''}商品 ${en(f)('asin', '（ASIN 未知）')} 已被移除${has('category') ? `（${CATEGORY_ZH[f.category!] ?? f.category}）` : ''}${has('complaintId') ? `，投诉 ID ${f.complaintId}` : ''}。`,
  'account-health-listing-removed': (f, has) =>
    `账户状况页面显示${has('marketplace') ? `${MARKETPLACE_ZH[f.marketplace!] ?? f.marketplace}的` : ''}商品 ${en(f)('asin', '')} 已被移除${showStatus(f, has) ? `（${f.status}）` : ''}。`,
  'inventory-detail-page-removed': (f, has) =>
    `管理库存显示${has('marketplace') ? `${MARKETPLACE_ZH[f.marketplace!] ?? f.marketplace}的` : ''}商品 ${en(f)('asin', '')} 的状态为“${en(f)('status', '详情页面已删除')}”。`,
  'brand-changed': (f, has) =>
    has('before') || has('after')
      ? `商品 ${en(f)('asin', '')} 的品牌从 ${en(f)('before', '（空）')} 变成了 ${en(f)('after', '（空）')}。`
      : `商品 ${en(f)('asin', '')} 显示的品牌是 ${en(f)('brand', '（未知）')}，不是您的品牌${has('expected') ? `（${f.expected}）` : ''}。`,
  'brand-conflict-error': (f, has) =>
    `商品编辑页面报告品牌冲突${has('code') ? `（错误 ${f.code}）` : ''}${has('asin') ? `，商品 ${f.asin}` : ''}${has('merchant') || has('amazon') ? `：您填写的是 ${en(f)('merchant', '?')}，亚马逊记录的是 ${en(f)('amazon', '?')}` : ''}。`,
  'locked-attribute': (f) =>
    `商品 ${en(f)('asin', '')} 的以下字段已被锁定，您无法再编辑：${(f.attributes ?? '').split(/,\s*/).filter(Boolean).map((a) => FIELD_ZH[a] ?? a).join('、') || '（未注明）'}。`,
  'brand-role-lost': (f) => `品牌注册中已不再显示您对 ${en(f)('brand', '您的品牌')} 的 ${ROLE_ZH[(f.role ?? '').toLowerCase()] ?? en(f)('role', '')} 角色。`,
  'content-changed': (f, has) =>
    `商品 ${en(f)('asin', '')} 的${FIELD_ZH[f.field ?? ''] ?? ` ${en(f)('field', '内容')} `}发生了变化${has('before') && has('after') ? `：从“${f.before}”变为“${f.after}”` : ''}。`,
  'brand-named-domain': (f, has) =>
    `${en(f)('domain')}${has('punycode') ? `（${f.punycode}）` : ''} 包含您的品牌名 ${en(f)('brand')}，但不是您的域名。`,
  'lookalike-domain': (f, has) =>
    `${en(f)('domain')}${has('punycode') ? `（${f.punycode}）` : ''} 仿冒您的域名 ${en(f)('official')}（${FUZZER[f.fuzzer ?? '']?.zh ?? f.fuzzer ?? '拼写相近'}）。`,
  'freemail-domain': (f) =>
    f.kind === 'disposable'
      ? `投诉人使用的 ${en(f)('domain')} 是一次性临时邮箱。`
      : `投诉人使用的 ${en(f)('domain')} 是免费邮箱，不是公司域名。`,
  'young-domain': (f, has) =>
    `${en(f)('domain')} 注册于 ${en(f)('created', '?')}${has('listingFirstSeen') ? `，晚于您的商品首次出现或首次销售的日期（${f.listingFirstSeen}）` : '，是最近才注册的'}。`,
  'foreign-trademark': (f) =>
    `商标 ${en(f)('number')} 注册于${OFFICE_ZH[f.office ?? ''] ?? en(f)('office')}，不覆盖${MARKETPLACE_ZH[f.marketplace ?? ''] ?? en(f)('marketplace')}。`,
  'own-trademark-asserted': (f, has) =>
    `投诉引用的是您自己的商标 ${en(f)('number')}（${en(f)('brand')}）${has('domain') ? `，投诉人使用的 ${f.domain} 不是您的域名` : '，而投诉人不是您'}。`,
  'repeat-complainant': (f) =>
    `投诉人 ${en(f)('complainant', '')} 在 ${en(f)('days', '?')} 天内对 ${en(f)('asins', '您的商品')} 提交了 ${en(f)('count', '多')} 次投诉。`,
  'non-amazon-sender': (f, has) =>
    `这封“亚马逊”通知的发件人是 ${en(f)('sender', en(f)('domain', '未知地址'))}${has('domain') && has('sender') ? `（${f.domain}）` : ''}，不是亚马逊的地址。`,
  'unauthorized-seller': (f, has) =>
    `${whoZh(f, has)}在您${has('marketplace') ? `${MARKETPLACE_ZH[f.marketplace!] ?? f.marketplace}的` : ''}商品 ${en(f)('asin')} 上跟卖${has('price') ? `，售价 ${f.price}` : ''}，既不是您本人，也不是授权经销商${has('firstSeen') ? `（首次发现于 ${f.firstSeen}）` : ''}。`,
  'holds-featured-offer': (f, has) => `${whoZh(f, has)}占据了商品 ${en(f)('asin')} 的购物车（推荐报价）${has('price') ? `，售价 ${f.price}` : ''}。`,
  'below-your-price': (f, has) => `${whoZh(f, has)}的售价 ${en(f)('price')} 比您的 ${en(f)('yourPrice')} 低 ${en(f)('percent')}%。`,
  'new-seller': (f, has) => `${whoZh(f, has)}是最近才出现在您商品上的（首次发现于 ${en(f)('firstSeen')}）。`,
  'non-amazon-login-link': (f, has) =>
    `通知中的登录链接指向 ${en(f)('domain', en(f)('link', '某个网页'))}${has('link') && has('domain') ? `（${f.link}）` : ''}，不是亚马逊。`,
};

export function explainFinding(finding: FlagFinding, language: Language): string {
  const facts = language === 'zh' ? chineseDays(finding.facts) : finding.facts;
  const has = (key: string) => typeof facts[key] === 'string' && facts[key]!.trim() !== '';
  return (language === 'zh' ? ZH : EN)[finding.reason](facts, has).replace(/\s{2,}/g, ' ');
}

/** The facts that hold a day (YYYY-MM-DD, as the rules write them). */
const DAY_FACTS = ['created', 'listingFirstSeen', 'firstSeen'] as const;

/** Days as Chinese readers write them (2026年12月2日): an ISO day breaks at its hyphens in a narrow popup. */
function chineseDays(facts: Facts): Facts {
  const out: Record<string, string> = { ...facts };
  for (const key of DAY_FACTS) {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(facts[key] ?? '');
    if (match) out[key] = `${match[1]}年${Number(match[2])}月${Number(match[3])}日`;
  }
  return out;
}
