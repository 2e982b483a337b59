import { domainToASCII } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { brandAppearsIn, isOfficialDomain, lexicalFindings } from '../../lib/domains/lexical';
import type { DomainLists } from '../../lib/domains/lists';
import { loadDomainListsFromDisk } from '../../lib/domains/lists-node';
import { BrandProfile } from '../../lib/model/profile';

let lists: DomainLists;
beforeAll(async () => {
  lists = await loadDomainListsFromDisk();
});

const profile = BrandProfile.parse({
  brands: [
    { name: 'Lumora', aliases: ['Lumora Home'], officialDomains: ['lumora.com', 'www.lumora.co.uk'] },
    { name: 'Brand Name', officialDomains: ['brandname.de'] },
    { name: 'Zeb', officialDomains: [] },
  ],
});
const reasons = (domain: string) => lexicalFindings(domain, profile, lists).map((f) => f.reason);

describe('brand-named-domain', () => {
  it.each([
    ['lumora-official.co.uk', 'Lumora'],
    ['lumorashop-uk.com', 'Lumora'],
    ['lum0ra.cn', 'Lumora'],
    ['LUMORA-IP.COM', 'Lumora'],
    ['brandname-shop.cn', 'Brand Name'],
    ['brand-name-ip.com', 'Brand Name'],
    ['lumorа-legal.com', 'Lumora'], // Cyrillic а
    [domainToASCII('lumorа-legal.com'), 'Lumora'], // punycode input
    ['lumorá-store.com', 'Lumora'], // accent
    ['zeb-shop.com', 'Zeb'], // short name as a whole token
    ['ip@lumora-rights.com', 'Lumora'], // an e-mail address works too
    ['ip.lumora.myshopify.com', 'Lumora'], // inside a host on someone else's registrable domain
  ])('%s names %s', (domain, brand) => {
    const finding = lexicalFindings(domain, profile, lists).find((f) => f.reason === 'brand-named-domain');
    expect(finding?.facts.brand).toBe(brand);
  });

  it.each(['zebra.com', 'amazon.com', 'acme-tools.com', 'illumination.com', 'lumen.co.uk', 'brandon.com'])('%s names no brand', (domain) => {
    expect(reasons(domain)).not.toContain('brand-named-domain');
  });

  it('notes the punycode of an IDN, since that is what the trick hides behind', () => {
    const finding = lexicalFindings('lumorа-legal.com', profile, lists).find((f) => f.reason === 'brand-named-domain');
    expect(finding?.facts).toMatchObject({ domain: 'lumorа-legal.com', punycode: domainToASCII('lumorа-legal.com') });
  });

  it('needs at least 2 characters to match anything', () => {
    expect(brandAppearsIn('x-shop.com', 'X', lists.confusables)).toBe(false);
  });
});

describe('the seller’s own domains are never flagged', () => {
  it.each(['lumora.com', 'shop.lumora.com', 'ip@lumora.com', 'lumora.co.uk', 'mail.lumora.co.uk', 'brandname.de'])('%s', (domain) => {
    expect(isOfficialDomain(domain, profile)).toBe(true);
    expect(lexicalFindings(domain, profile, lists)).toEqual([]);
  });

  it('a shared host under a private suffix is not official just because the seller has a shop there', () => {
    const shop = BrandProfile.parse({ brands: [{ name: 'Lumora', officialDomains: ['lumora.myshopify.com'] }] });
    expect(isOfficialDomain('lumora.myshopify.com', shop)).toBe(true);
    expect(isOfficialDomain('evil.myshopify.com', shop)).toBe(false);
  });
});

describe('lookalike-domain', () => {
  it('reports the fuzzer and the official domain it imitates', () => {
    expect(lexicalFindings('lurnora.com', profile, lists)).toContainEqual({
      reason: 'lookalike-domain',
      facts: { domain: 'lurnora.com', official: 'lumora.com', fuzzer: 'homoglyph', brand: 'Lumora' },
    });
  });

  it('gives both reasons when the brand is in a look-alike', () => {
    expect(reasons('lumora.shop')).toEqual(['brand-named-domain', 'lookalike-domain']);
  });

  it('names the whole host for a dot-split look-alike', () => {
    expect(lexicalFindings('lumo.ra.com', profile, lists)).toContainEqual(expect.objectContaining({ facts: expect.objectContaining({ domain: 'lumo.ra.com', fuzzer: 'subdomain' }) }));
  });
});

describe('freemail-domain', () => {
  it.each([
    ['gmail.com', 'freemail'],
    ['ip@outlook.com', 'freemail'],
    ['hotmail.co.uk', 'freemail'],
    ['live.com', 'freemail'],
    ['yahoo.com', 'freemail'],
    ['icloud.com', 'freemail'],
    ['qq.com', 'freemail'],
    ['163.com', 'freemail'],
    ['126.com', 'freemail'],
    ['sina.com', 'freemail'],
    ['yeah.net', 'freemail'],
    ['yandex.ru', 'freemail'],
    ['gmx.de', 'freemail'],
    ['mail.ru', 'freemail'],
    ['web.de', 'freemail'],
    ['protonmail.com', 'freemail'],
    ['mailinator.com', 'disposable'],
    ['guerrillamail.com', 'disposable'],
    ['10minutemail.com', 'disposable'],
  ])('%s is %s', (domain, kind) => {
    expect(lexicalFindings(domain, profile, lists)).toEqual([{ reason: 'freemail-domain', facts: { domain: domain.replace(/^.*@/, ''), kind } }]);
  });

  it.each(['amazon.com', 'acme-tools.com', 'lumora.com'])('%s is not freemail', (domain) => {
    expect(reasons(domain)).not.toContain('freemail-domain');
  });
});

describe('precision: unrelated and Amazon domains', () => {
  it.each(['amazon.com', 'amazon.co.uk', 'sellercentral.amazon.de', 'acme-tools.co.uk', 'rightsholder-law.com', 'nike.com'])('%s gives nothing', (domain) => {
    expect(lexicalFindings(domain, profile, lists)).toEqual([]);
  });
});
