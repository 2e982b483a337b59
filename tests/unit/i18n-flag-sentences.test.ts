import { describe, expect, it } from 'vitest';
import { explainFinding } from '../../lib/i18n/flag-sentences';
import { selfCheckItems, selfCheckLinks } from '../../lib/domains/self-check';
import { FlagReason, type FlagFinding } from '../../lib/model/flag';

/** A finding with the facts its producer writes (the table at the top of lib/i18n/flag-sentences.ts). */
const EXAMPLES: Record<FlagReason, Record<string, string>> = {
  'notice-removed-listing': { asin: 'B0LUMORA01', category: 'trademark', complaintId: '1234567890', marketplace: 'US' },
  'account-health-listing-removed': { asin: 'B0LUMORA01', status: 'Removed', marketplace: 'UK' },
  'inventory-detail-page-removed': { asin: 'B0LUMORA01', status: 'Detail Page Removed', marketplace: 'DE' },
  'brand-changed': { asin: 'B0LUMORA01', before: 'Lumora', after: 'LUMORAA' },
  'brand-conflict-error': { asin: 'B0LUMORA01', code: '8541', merchant: 'Lumora', amazon: 'Lumorra', attribute: 'brand' },
  'locked-attribute': { asin: 'B0LUMORA01', attributes: 'brand, item_name' },
  'brand-role-lost': { brand: 'Lumora', role: 'Administrator' },
  'content-changed': { asin: 'B0LUMORA01', field: 'title', before: 'Lumora Lamp', after: 'Lamp' },
  'brand-named-domain': { domain: 'lumora-official.co.uk', brand: 'Lumora', name: 'Lumora' },
  'lookalike-domain': { domain: 'lurnora.com', official: 'lumora.com', fuzzer: 'homoglyph', brand: 'Lumora' },
  'freemail-domain': { domain: 'qq.com', kind: 'freemail' },
  'young-domain': { domain: 'lumora-official.co.uk', created: '2026-05-01', listingFirstSeen: '2024-02-10' },
  'foreign-trademark': { number: 'UK00003987412', office: 'UKIPO', marketplace: 'US' },
  'own-trademark-asserted': { number: '6123456', brand: 'Lumora', domain: 'qq.com' },
  'repeat-complainant': { complainant: 'lumora-official.co.uk', count: '4', asins: 'B0A, B0B, B0C', brands: 'Lumora', days: '6' },
  'non-amazon-sender': { sender: 'notice@amaz0n-support.com', domain: 'amaz0n-support.com' },
  'non-amazon-login-link': { link: 'https://sellercentral.amazon.com.verify-account.cn/signin', domain: 'verify-account.cn' },
  'unauthorized-seller': { asin: 'B0CLMR7X2Q', sellerId: 'A1QUICKDEALS77', seller: 'QuickDeals Store', marketplace: 'US', price: '19.99 USD', firstSeen: '2026-11-30' },
  'holds-featured-offer': { sellerId: 'A1QUICKDEALS77', asin: 'B0CLMR7X2Q', seller: 'QuickDeals Store', price: '19.99 USD' },
  'below-your-price': { sellerId: 'A1QUICKDEALS77', seller: 'QuickDeals Store', price: '19.99 USD', yourPrice: '26.99 USD', percent: '26' },
  'new-seller': { sellerId: 'A1QUICKDEALS77', seller: 'QuickDeals Store', firstSeen: '2026-11-30' },
};

describe('explainFinding', () => {
  it.each(FlagReason.options.map((reason) => [reason]))('%s reads as one sentence in both languages, with its evidence', (reason) => {
    const finding: FlagFinding = { reason, facts: EXAMPLES[reason] };
    for (const language of ['en', 'zh'] as const) {
      const sentence = explainFinding(finding, language);
      expect(sentence).not.toMatch(/undefined|null|\{|\}/);
      expect(sentence).toMatch(/[.。]$/);
      const evidence = Object.values(EXAMPLES[reason])[0]!;
      expect(sentence).toContain(evidence);
    }
  });

  it('the examples the UI shows', () => {
    const finding: FlagFinding = { reason: 'brand-named-domain', facts: EXAMPLES['brand-named-domain'] };
    expect(explainFinding(finding, 'en')).toBe('lumora-official.co.uk contains your brand name Lumora and is not one of your domains.');
    expect(explainFinding(finding, 'zh')).toBe('lumora-official.co.uk 包含您的品牌名 Lumora，但不是您的域名。');
    expect(explainFinding({ reason: 'foreign-trademark', facts: EXAMPLES['foreign-trademark'] }, 'zh')).toBe('商标 UK00003987412 注册于英国知识产权局，不覆盖美国站。');
    expect(explainFinding({ reason: 'freemail-domain', facts: { domain: 'mailinator.com', kind: 'disposable' } }, 'en')).toMatch(/throwaway/);
  });

  it.each(FlagReason.options.map((reason) => [reason]))('%s survives missing facts', (reason) => {
    for (const language of ['en', 'zh'] as const) {
      expect(explainFinding({ reason, facts: {} }, language)).not.toMatch(/undefined|null/);
    }
  });

  it('writes days as the reader does: ISO in English, 2026年11月30日 in Chinese (an ISO day breaks at its hyphens in the popup)', () => {
    expect(explainFinding({ reason: 'new-seller', facts: EXAMPLES['new-seller'] }, 'en')).toContain('(first seen 2026-11-30)');
    expect(explainFinding({ reason: 'new-seller', facts: EXAMPLES['new-seller'] }, 'zh')).toContain('（首次发现于 2026年11月30日）');
    const young = explainFinding({ reason: 'young-domain', facts: EXAMPLES['young-domain'] }, 'zh');
    expect(young).toContain('2026年5月1日');
    expect(young).toContain('2024年2月10日');
    expect(young).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it('also reads the brand-changed facts written when a listing shows a foreign brand', () => {
    expect(explainFinding({ reason: 'brand-changed', facts: { asin: 'B0X', brand: 'ZZTOP', expected: 'Lumora' } }, 'en')).toBe('B0X shows brand ZZTOP, not yours (Lumora).');
  });
});

describe('self-check', () => {
  it('links every office, the name encoded where the site takes it in the URL', () => {
    const links = selfCheckLinks('Lumora & Co');
    expect(links.map((l) => l.office)).toEqual(['UKIPO', 'EUIPO', 'TMview', 'WIPO', 'USPTO']);
    expect(links.find((l) => l.office === 'TMview')?.url).toContain('basicSearch=Lumora%20%26%20Co');
    for (const link of links) expect(() => new URL(link.url)).not.toThrow();
    expect(links.filter((l) => !l.deepLink).map((l) => l.office)).toEqual(['UKIPO', 'WIPO', 'USPTO']);
  });

  it('asks for what the profile lacks', () => {
    const complete = { name: 'Lumora', trademarks: [{ office: 'USPTO' as const, number: '6123456' }], marketplaces: ['US'], officialDomains: ['lumora.com'], firstSaleDate: '2023-01-01' };
    expect(selfCheckItems(complete)).toContain('foreign-registration-filed-in-brand-registry');
    expect(selfCheckItems(complete)).not.toContain('own-mark-for-every-marketplace');
    expect(selfCheckItems({ ...complete, marketplaces: ['US', 'UK'], officialDomains: [], firstSaleDate: null })).toEqual(
      expect.arrayContaining(['own-mark-for-every-marketplace', 'official-domains-recorded', 'first-sale-date-recorded']),
    );
  });
});
