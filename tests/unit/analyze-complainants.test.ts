import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';
import { complainantFlags, complainantKey } from '../../lib/analyze/complainants';
import type { DomainLists } from '../../lib/domains/lists';
import { loadDomainListsFromDisk } from '../../lib/domains/lists-node';
import type { DomainAge } from '../../lib/model/domain-intel';
import { DAY, T0, input, notice, snapshot, captureIdOf } from '../helpers/records';

let lists: DomainLists;
beforeAll(async () => {
  lists = await loadDomainListsFromDisk();
});

const run = (parts: Parameters<typeof input>[0]) => complainantFlags({ ...input(parts), lists });
const from = (email: string, domain: string, extra: Parameters<typeof notice>[0] = {}) =>
  notice({ rightsOwnerEmail: email, complainantDomain: domain, rightsOwnerName: 'Rights Holder', ...extra });

describe('suspicious-complainant (with the bundled freemail lists)', () => {
  it.each([
    ['brand-named-domain', from('ip@lumora-official.co.uk', 'lumora-official.co.uk'), 'lumora-official.co.uk', 'high'],
    ['lookalike-domain', from('legal@lumorra.com', 'lumorra.com'), 'lumorra.com', 'high'],
    // A freemail complainant is its sender's address, not the whole of gmail.com.
    ['freemail-domain', from('lumora.brand.ip@gmail.com', 'gmail.com', { rightsOwnerName: 'Zed Holdings' }), 'lumora.brand.ip@gmail.com', 'medium'],
    ['foreign-trademark', from('ip@brightpeak-holdings.co.uk', 'brightpeak-holdings.co.uk', { trademarkNumbers: ['UK00003987412'] }), 'brightpeak-holdings.co.uk', 'medium'],
    ['own-trademark-asserted', from('ip@brightpeak-holdings.com', 'brightpeak-holdings.com', { trademarkNumbers: ['6,123,456'] }), 'brightpeak-holdings.com', 'high'],
  ] as const)('%s', (reason, complaint, subject, severity) => {
    const [flag, ...rest] = run({ notices: [complaint] });
    expect(rest).toEqual([]);
    expect(flag).toMatchObject({ kind: 'suspicious-complainant', subject: subject.includes('@') ? { address: subject } : { domain: subject }, severity });
    expect(flag!.reasons).toContain(reason);
  });

  it('repeat-complainant: one source against three ASINs within 14 days is a campaign', () => {
    const complaints = ['B0AAAAAAA1', 'B0AAAAAAA2', 'B0AAAAAAA3'].map((asin, i) =>
      from('ip@brightpeak-holdings.com', 'brightpeak-holdings.com', { id: `complaint:${100000 + i}`, complaintIds: [`${100000 + i}`], asins: [asin], receivedAt: T0 + i * DAY }),
    );
    const [flag] = run({ notices: complaints });
    expect(flag!.reasons).toEqual(['repeat-complainant']);
    expect(run({ notices: complaints.map((c, i) => ({ ...c, receivedAt: T0 + i * 20 * DAY })) })).toEqual([]);
  });

  it('young-domain: registered after the listing was first seen (from an opt-in RDAP answer)', () => {
    const age: DomainAge = { domain: 'brightpeak-holdings.com', status: 'known', createdAt: T0 - 10 * DAY, registrar: 'Example', reason: null, server: 'https://rdap.verisign.com/com/v1/', checkedAt: T0 };
    const flags = run({
      notices: [from('ip@brightpeak-holdings.com', 'brightpeak-holdings.com')],
      snapshots: [snapshot({ capturedAt: T0 - 400 * DAY, source: 'inventory', status: 'active' })],
      domainAges: [age],
    });
    expect(flags[0]).toMatchObject({ severity: 'high', reasons: ['young-domain'] });
    expect(flags[0]!.findings[0]!.facts).toMatchObject({ domain: 'brightpeak-holdings.com', created: '2026-09-21' });
  });

  it('makes two medium signals together high', () => {
    const [flag] = run({ notices: [from('lumora.ip@qq.com', 'qq.com', { trademarkNumbers: ['UK00003987412'] })] });
    expect(flag!.reasons.sort()).toEqual(['foreign-trademark', 'freemail-domain']);
    expect(flag!.severity).toBe('high');
  });

  it.each([
    ['a rights owner on its own established domain with its home-office mark', from('legal@brightpeak.com', 'brightpeak.com', { trademarkNumbers: ['US 5,987,654'], rightsOwnerName: 'BrightPeak Inc.' })],
    ['the seller\'s own official domain', from('ip@lumora.com', 'lumora.com', { trademarkNumbers: ['6123456'] })],
    ['a subdomain of the seller\'s official domain', from('ip@legal.lumora.com', 'lumora.com')],
    ['an unrelated brand with an unrelated US mark', from('ip@zentrixaudio.com', 'zentrixaudio.com', { trademarkNumbers: ['5,123,456'] })],
  ])('stays quiet for %s', (_, complaint) => {
    expect(run({ notices: [complaint] })).toEqual([]);
  });

  it('ignores complaints proven not to come from Amazon, and retractions', () => {
    expect(run({ notices: [from('ip@lumora-official.co.uk', 'lumora-official.co.uk', { senderIsAmazon: false })] })).toEqual([]);
    expect(run({ notices: [from('ip@lumora-official.co.uk', 'lumora-official.co.uk', { category: 'retraction', action: 'reinstated' })] })).toEqual([]);
  });

  it.each([
    ['a company domain: the domain', { complainantDomain: 'brightpeak-holdings.com', rightsOwnerEmail: 'ip@brightpeak-holdings.com' }, 'brightpeak-holdings.com'],
    ['a freemail domain: the sender\'s address, lower case', { complainantDomain: 'gmail.com', rightsOwnerEmail: ' Lumora.Brand.IP@Gmail.com' }, 'lumora.brand.ip@gmail.com'],
    ['a disposable domain: the sender\'s address', { complainantDomain: 'mailinator.com', rightsOwnerEmail: 'tm-dept@mailinator.com' }, 'tm-dept@mailinator.com'],
    ['a freemail domain with no address: the domain', { complainantDomain: 'qq.com', rightsOwnerEmail: null }, 'qq.com'],
    ['a freemail domain with an address elsewhere: the domain', { complainantDomain: 'qq.com', rightsOwnerEmail: 'ip@brightpeak.com' }, 'qq.com'],
    ['no domain: the rights owner\'s name', { complainantDomain: null, rightsOwnerEmail: null, rightsOwnerName: 'ACME Trading Co., Ltd.' }, 'owner:acmetradingcoltd'],
    ['no domain and no name: nobody', { complainantDomain: null, rightsOwnerEmail: null, rightsOwnerName: null }, null],
  ])('complainantKey of %s', (_, fields, key) => {
    expect(complainantKey({ rightsOwnerName: 'Rights Holder', ...fields }, lists)).toBe(key);
  });

  it('two different gmail senders are two complainants, each its own subject', () => {
    const flags = run({
      notices: [
        from('lumora.ip@gmail.com', 'gmail.com', { id: 'complaint:1', complaintIds: ['100000001'] }),
        from('brand.protect@gmail.com', 'gmail.com', { id: 'complaint:2', complaintIds: ['100000002'] }),
      ],
    });
    expect(flags.map((flag) => flag.subject.address).sort()).toEqual(['brand.protect@gmail.com', 'lumora.ip@gmail.com']);
    for (const flag of flags) expect(flag).toMatchObject({ key: `suspicious-complainant:${flag.subject.address}`, reasons: ['freemail-domain'], severity: 'medium' });
  });

  it('three gmail senders against three ASINs are not a campaign; one sender against three ASINs is', () => {
    const asins = ['B0AAAAAAA1', 'B0AAAAAAA2', 'B0AAAAAAA3'];
    const complaint = (email: string, i: number) =>
      from(email, 'gmail.com', { id: `complaint:${100000 + i}`, complaintIds: [`${100000 + i}`], asins: [asins[i]!], receivedAt: T0 + i * DAY });
    const three = run({ notices: ['a.ip@gmail.com', 'b.ip@gmail.com', 'c.ip@gmail.com'].map(complaint) });
    expect(three.flatMap((flag) => flag.reasons)).toEqual(['freemail-domain', 'freemail-domain', 'freemail-domain']);

    const [flag, ...rest] = run({ notices: ['a.ip@gmail.com', 'A.IP@gmail.com', 'a.ip@gmail.com'].map(complaint) });
    expect(rest).toEqual([]);
    expect(flag).toMatchObject({ subject: { address: 'a.ip@gmail.com' }, severity: 'high', reasons: ['freemail-domain', 'repeat-complainant'] });
    expect(flag!.findings.find((f) => f.reason === 'repeat-complainant')!.facts).toMatchObject({ complainant: 'a.ip@gmail.com', count: '3', asins: asins.join(', ') });
  });

  it('keeps findings in order per complaint: the domain\'s, then its marks\', then age and campaign', () => {
    const complaints = ['B0AAAAAAA1', 'B0AAAAAAA2', 'B0AAAAAAA3'].map((asin, i) =>
      from('ip@lumora-official.co.uk', 'lumora-official.co.uk', { id: `complaint:${200000 + i}`, complaintIds: [`${200000 + i}`], asins: [asin], receivedAt: T0 + i * DAY, trademarkNumbers: i === 1 ? ['UK00003987412'] : [] }),
    );
    const [flag] = run({ notices: complaints });
    expect(flag!.findings.map((f) => f.reason)).toEqual(['brand-named-domain', 'repeat-complainant', 'foreign-trademark']);
    expect(flag!.evidence).toEqual([captureIdOf('capture-notice')]);
  });

  it('is deterministic: the same records give the same flags in the same order', () => {
    const records = { ...input({ notices: [from('ip@lumora-official.co.uk', 'lumora-official.co.uk'), from('x@gmail.com', 'gmail.com', { id: 'complaint:2', complaintIds: ['222222222'] })] }), lists };
    expect(analyze(records)).toEqual(analyze(records));
  });
});
