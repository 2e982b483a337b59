import { beforeAll, describe, expect, it } from 'vitest';
import { complainantFindings, repeatComplainant, type ComplaintFacts } from '../../lib/domains/complainant';
import type { DomainLists } from '../../lib/domains/lists';
import { loadDomainListsFromDisk } from '../../lib/domains/lists-node';
import { BrandProfile } from '../../lib/model/profile';

let lists: DomainLists;
beforeAll(async () => {
  lists = await loadDomainListsFromDisk();
});

const profile = BrandProfile.parse({
  brands: [
    {
      name: 'Lumora',
      officialDomains: ['lumora.com'],
      trademarks: [{ office: 'USPTO', number: '6,123,456' }, { office: null, number: 'EUTM 018234567' }],
      marketplaces: ['US', 'DE'],
    },
    { name: 'Kestrel Gear', officialDomains: ['kestrelgear.com'], trademarks: [{ office: 'UKIPO', number: 'UK00003456789' }] },
  ],
});

const complaint = (overrides: Partial<ComplaintFacts>): ComplaintFacts => ({
  domain: null,
  rightsOwnerName: null,
  trademarkNumbers: [],
  marketplaces: ['US'],
  ...overrides,
});
const findings = (overrides: Partial<ComplaintFacts>) => complainantFindings(complaint(overrides), profile, lists);

describe('complainantFindings: the attacks', () => {
  it('a UK mark against a US listing from a brand-named domain', () => {
    expect(findings({ domain: 'lumora-official.co.uk', trademarkNumbers: ['UK00003987412'], marketplaces: ['US'] })).toEqual([
      { reason: 'brand-named-domain', facts: { domain: 'lumora-official.co.uk', brand: 'Lumora', name: 'Lumora' } },
      { reason: 'foreign-trademark', facts: { number: 'UK00003987412', office: 'UKIPO', marketplace: 'US' } },
    ]);
  });

  it('the seller’s own number quoted back from a freemail address', () => {
    expect(findings({ domain: 'qq.com', trademarkNumbers: ['6123456'] })).toEqual([
      { reason: 'freemail-domain', facts: { domain: 'qq.com', kind: 'freemail' } },
      { reason: 'own-trademark-asserted', facts: { number: '6123456', brand: 'Lumora', domain: 'qq.com' } },
    ]);
  });

  it('the own EU mark, quoted as its UK comparable, from an unrelated domain', () => {
    expect(findings({ domain: 'ip-protect-agency.com', trademarkNumbers: ['UK00918234567'], marketplaces: ['UK'] })).toEqual([
      { reason: 'own-trademark-asserted', facts: { number: 'UK00918234567', brand: 'Lumora', domain: 'ip-protect-agency.com' } },
    ]);
  });

  it('the own number with no sender domain at all', () => {
    expect(findings({ trademarkNumbers: ['UK00003456789'], marketplaces: ['UK'] })).toEqual([
      { reason: 'own-trademark-asserted', facts: { number: 'UK00003456789', brand: 'Kestrel Gear', domain: '' } },
    ]);
  });

  it('a CN mark read from the notice’s Chinese context against a US listing', () => {
    expect(findings({ domain: 'gmail.com', trademarkNumbers: ['第56781234号'], noticeText: '权利人：某某公司 注册商标 第56781234号' })).toContainEqual({
      reason: 'foreign-trademark',
      facts: { number: '第56781234号', office: 'CNIPA', marketplace: 'US' },
    });
  });

  it('a German mark against listings in several marketplaces: one finding per uncovered one', () => {
    const found = findings({ domain: 'example-gmbh.de', trademarkNumbers: ['30 2020 012 345'], marketplaces: ['DE', 'FR', null, 'FR', 'UK'] });
    expect(found.map((f) => f.facts.marketplace)).toEqual(['FR', 'UK']);
  });
});

describe('complainantFindings: precision', () => {
  it('a legitimate rights owner from its own domain with its home-office mark gets nothing', () => {
    expect(findings({ domain: 'acme-tools.com', rightsOwnerName: 'Acme Tools Inc.', trademarkNumbers: ['U.S. Reg. No. 5,123,456'], marketplaces: ['US'] })).toEqual([]);
    expect(findings({ domain: 'ip@acme-tools.co.uk', rightsOwnerName: 'Acme Tools Ltd', trademarkNumbers: ['UK00003987412'], marketplaces: ['UK'] })).toEqual([]);
    expect(findings({ domain: 'acme-werkzeug.de', trademarkNumbers: ['EUTM 018999999'], marketplaces: ['DE', 'FR'] })).toEqual([]);
  });

  it('a bare 7-digit number is not called foreign: it could be US, UK, JP or CN', () => {
    expect(findings({ domain: 'acme-tools.co.uk', trademarkNumbers: ['3987412'], marketplaces: ['UK'] })).toEqual([]);
  });

  it('a WIPO mark is not called foreign: it depends on its designations', () => {
    expect(findings({ domain: 'acme-tools.com', trademarkNumbers: ['IR 1234567'], marketplaces: ['US'] })).toEqual([]);
  });

  it('the seller’s own domain citing the seller’s own mark gets nothing', () => {
    expect(findings({ domain: 'legal@lumora.com', trademarkNumbers: ['6123456'] })).toEqual([]);
  });

  it('Amazon itself and unknown marketplaces get nothing', () => {
    expect(findings({ domain: 'amazon.com', trademarkNumbers: ['UK00003987412'], marketplaces: [null] })).toEqual([]);
  });
});

describe('repeatComplainant', () => {
  const day = 86_400_000;
  const t0 = Date.UTC(2026, 5, 1);
  const c = (noticeId: string, at: number, asins: string[], extra: Partial<{ domain: string | null; rightsOwnerName: string | null; brands: string[] }> = {}) => ({
    noticeId,
    domain: 'lumora-official.co.uk',
    rightsOwnerName: null,
    brands: ['Lumora'],
    asins,
    at,
    ...extra,
  });

  it('3 ASINs within 14 days is a campaign', () => {
    const campaigns = repeatComplainant([c('n1', t0, ['B0AAAAAAA1']), c('n2', t0 + 3 * day, ['B0AAAAAAA2']), c('n3', t0 + 9 * day, ['B0AAAAAAA3', 'B0AAAAAAA1'])]);
    expect(campaigns.get('lumora-official.co.uk')).toEqual({
      reason: 'repeat-complainant',
      facts: { complainant: 'lumora-official.co.uk', count: '3', asins: 'B0AAAAAAA1, B0AAAAAAA2, B0AAAAAAA3', brands: 'Lumora', days: '9' },
    });
  });

  it('2 of the seller’s brands is a campaign, even on 2 ASINs', () => {
    const campaigns = repeatComplainant([c('n1', t0, ['B0AAAAAAA1']), c('n2', t0 + day, ['B0BBBBBBB1'], { brands: ['Kestrel Gear'] })]);
    expect(campaigns.get('lumora-official.co.uk')?.facts).toMatchObject({ count: '2', brands: 'Kestrel Gear, Lumora', days: '1' });
  });

  it('the same ASINs spread over months, or 2 ASINs, is not', () => {
    expect(repeatComplainant([c('n1', t0, ['B0AAAAAAA1']), c('n2', t0 + 20 * day, ['B0AAAAAAA2']), c('n3', t0 + 40 * day, ['B0AAAAAAA3'])]).size).toBe(0);
    expect(repeatComplainant([c('n1', t0, ['B0AAAAAAA1']), c('n2', t0 + day, ['B0AAAAAAA2', 'B0AAAAAAA1'])]).size).toBe(0);
  });

  it('one notice captured twice counts once', () => {
    expect(repeatComplainant([c('n1', t0, ['B0AAAAAAA1', 'B0AAAAAAA2']), c('n1', t0, ['B0AAAAAAA1', 'B0AAAAAAA2'])]).size).toBe(0);
  });

  it('without a domain, the rights owner’s normalised name is the key', () => {
    const noDomain = { domain: null, rightsOwnerName: 'ACME Trading Co., Ltd.' };
    const campaigns = repeatComplainant([
      c('n1', t0, ['B0AAAAAAA1'], noDomain),
      c('n2', t0 + day, ['B0AAAAAAA2'], { domain: null, rightsOwnerName: 'Acme Trading Co Ltd' }),
      c('n3', t0 + 2 * day, ['B0AAAAAAA3'], noDomain),
    ]);
    expect([...campaigns.keys()]).toEqual(['owner:acmetradingcoltd']);
    expect(campaigns.get('owner:acmetradingcoltd')?.facts.complainant).toBe('ACME Trading Co., Ltd.');
  });

  it('different complainants are not added up', () => {
    expect(repeatComplainant([c('n1', t0, ['B0AAAAAAA1']), c('n2', t0, ['B0AAAAAAA2'], { domain: 'other.com' }), c('n3', t0, ['B0AAAAAAA3'], { domain: 'third.com' })]).size).toBe(0);
  });
});
