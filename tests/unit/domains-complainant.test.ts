import { beforeAll, describe, expect, it } from 'vitest';
import { complainantFindings, repeatComplainant, trademarkFindings, type ComplaintFacts, type ComplaintRecord } from '../../lib/domains/complainant';
import { lexicalFindings } from '../../lib/domains/lexical';
import type { DomainLists } from '../../lib/domains/lists';
import { loadDomainListsFromDisk } from '../../lib/domains/lists-node';
import type { FlagFinding } from '../../lib/model/flag';
import { BrandProfile } from '../../lib/model/profile';
import { random } from '../helpers/prng';

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

describe('complainantFindings: the domain\'s findings and the complaint\'s marks, apart', () => {
  it.each<[string, Partial<ComplaintFacts>]>([
    ['a UK mark from a brand-named domain', { domain: 'lumora-official.co.uk', trademarkNumbers: ['UK00003987412'] }],
    ['the own number from a freemail address', { domain: 'qq.com', trademarkNumbers: ['6123456'] }],
    ['the own number from the official domain', { domain: 'legal@lumora.com', trademarkNumbers: ['6123456'] }],
    ['the own number with no domain', { trademarkNumbers: ['UK00003456789'], marketplaces: ['UK'] }],
    ['a German mark against several marketplaces', { domain: 'example-gmbh.de', trademarkNumbers: ['30 2020 012 345'], marketplaces: ['DE', 'FR', 'UK'] }],
    ['a look-alike domain and no marks', { domain: 'lurnora.com' }],
  ])('%s: lexical findings of the domain, then the trademark findings', (_, overrides) => {
    const facts = complaint(overrides);
    const lexical = facts.domain ? lexicalFindings(facts.domain, profile, lists) : [];
    expect(complainantFindings(facts, profile, lists)).toEqual([...lexical, ...trademarkFindings(facts, profile)]);
  });

  it('trademarkFindings reads only the marks: the same for any domain that is not the seller\'s', () => {
    const marks = { trademarkNumbers: ['UK00003987412'], marketplaces: ['US'] };
    const expected = [{ reason: 'foreign-trademark', facts: { number: 'UK00003987412', office: 'UKIPO', marketplace: 'US' } }];
    for (const domain of ['gmail.com', 'lumora-official.co.uk', 'acme.com', null]) expect(trademarkFindings(complaint({ ...marks, domain }), profile)).toEqual(expected);
    expect(trademarkFindings(complaint({ domain: 'gmail.com' }), profile)).toEqual([]);
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

  it('an explicit key decides who the complainant is, and names it', () => {
    const sender = (noticeId: string, at: number, asin: string, key: string) => ({ ...c(noticeId, at, [asin], { domain: 'gmail.com' }), key });
    const two = repeatComplainant([sender('n1', t0, 'B0AAAAAAA1', 'a@gmail.com'), sender('n2', t0, 'B0AAAAAAA2', 'b@gmail.com'), sender('n3', t0, 'B0AAAAAAA3', 'b@gmail.com')]);
    expect(two.size).toBe(0);
    const one = repeatComplainant([sender('n1', t0, 'B0AAAAAAA1', 'a@gmail.com'), sender('n2', t0, 'B0AAAAAAA2', 'a@gmail.com'), sender('n3', t0, 'B0AAAAAAA3', 'a@gmail.com')]);
    expect([...one.keys()]).toEqual(['a@gmail.com']);
    expect(one.get('a@gmail.com')?.facts).toMatchObject({ complainant: 'a@gmail.com', count: '3' });
  });

  it.each([
    ['exactly 14 days apart is inside the window', [0, 7, 14], { count: '3', days: '14' }],
    ['14 days and a minute is outside it', [0, 7, 14.001], null],
    ['complaints at the same moment are all in the window', [5, 5, 5], { count: '3', days: '1' }],
    ['the busiest window wins over the first one', [0, 20, 21, 22, 23], { count: '4', asins: 'B0AAAAAAA2, B0AAAAAAA3, B0AAAAAAA4, B0AAAAAAA5', days: '3' }],
  ] as const)('%s', (_, days, facts) => {
    const campaigns = repeatComplainant(days.map((d, i) => c(`n${i}`, t0 + d * day, [`B0AAAAAAA${i + 1}`])));
    if (facts === null) expect(campaigns.size).toBe(0);
    else expect(campaigns.get('lumora-official.co.uk')?.facts).toMatchObject(facts);
  });

  it('finds the same campaigns as trying every window start (generated complaints)', () => {
    const rng = random(7);
    for (let round = 0; round < 40; round++) {
      const complaints = Array.from({ length: rng.int(1, 60) }, (_, i) =>
        c(`n${rng.int(0, 50)}`, t0 + rng.int(0, 60) * (rng.chance(0.5) ? day : day / 4), Array.from({ length: rng.int(0, 3) }, () => `B0AAAAAAA${rng.int(1, 9)}`), {
          domain: rng.pick(['a.com', 'b.com', 'A.com ', null]),
          rightsOwnerName: rng.pick([null, 'Acme Ltd', 'ACME LTD.']),
          brands: rng.chance(0.2) ? [rng.pick(['Lumora', 'Kestrel Gear', ''])] : [],
          ...(i % 7 === 0 ? { at: Number.NaN } : {}),
        }),
      );
      expect(repeatComplainant(complaints)).toEqual(everyWindow(complaints));
    }
  });
});

/** The campaign rule written the plain way (as it was before the sliding window): every complaint's time as a window start. */
function everyWindow(complaints: readonly ComplaintRecord[], windowDays = 14): Map<string, FlagFinding> {
  const normalise = (name: string) => name.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const keyOf = (k: ComplaintRecord) => k.key || k.domain?.trim().toLowerCase() || (k.rightsOwnerName && normalise(k.rightsOwnerName) ? `owner:${normalise(k.rightsOwnerName)}` : null);
  const groups = new Map<string, ComplaintRecord[]>();
  for (const k of complaints) {
    const key = keyOf(k);
    if (key && Number.isFinite(k.at)) groups.set(key, [...(groups.get(key) ?? []), k]);
  }
  const found = new Map<string, FlagFinding>();
  for (const [key, list] of groups) {
    const sorted = list.filter((k, i) => list.findIndex((o) => o.noticeId === k.noticeId) === i).sort((a, b) => a.at - b.at);
    let best: { asins: Set<string>; brands: Set<string>; count: number; span: number } | null = null;
    for (const start of sorted) {
      const window = sorted.filter((k) => k.at >= start.at && k.at - start.at <= windowDays * 86_400_000);
      const asins = new Set(window.flatMap((k) => k.asins.map((a) => a.trim().toUpperCase()).filter(Boolean)));
      const brands = new Set(window.flatMap((k) => k.brands.filter(Boolean)));
      if ((asins.size >= 3 || brands.size >= 2) && (!best || asins.size > best.asins.size || (asins.size === best.asins.size && brands.size > best.brands.size))) {
        best = { asins, brands, count: window.length, span: window[window.length - 1]!.at - window[0]!.at };
      }
    }
    if (!best) continue;
    const who = list.find((k) => k.domain?.trim())?.domain?.trim().toLowerCase() ?? list.find((k) => k.rightsOwnerName)?.rightsOwnerName ?? key;
    found.set(key, {
      reason: 'repeat-complainant',
      facts: { complainant: who, count: String(best.count), asins: [...best.asins].sort().join(', '), brands: [...best.brands].sort().join(', '), days: String(Math.max(1, Math.ceil(best.span / 86_400_000))) },
    });
  }
  return found;
}
