import { domainToUnicode } from 'node:url';
import { describe, expect, it } from 'vitest';
import { hostOf, registrableDomain } from '../../lib/domains/registrable';

describe('registrableDomain', () => {
  it.each([
    ['ip@lumora-official.co.uk', 'lumora-official.co.uk'],
    ['a@mail.sub.example.com', 'example.com'],
    ['https://shop.lumora.cn/x', 'lumora.cn'],
    ['x@xn--lumor-1qa.com', 'lumorá.com'],
    ['x@lumorá.com', 'lumorá.com'],
    ['x@LUMORA.COM', 'lumora.com'],
    ['1.2.3.4', null],
    ['', null],
  ])('%s -> %s', (input, expected) => {
    expect(registrableDomain(input)).toBe(expected);
  });

  it('decodes punycode exactly as the platform does', () => {
    for (const host of ['xn--mnchen-3ya.de', 'xn--mazon-3ve.com', 'xn--r8jz45g.jp']) {
      expect(registrableDomain(`a@${host}`)).toBe(domainToUnicode(host));
    }
  });
});

describe('hostOf', () => {
  it('takes the host of an address in a From header', () => {
    expect(hostOf('Notice <notice@sell.amazon.com>')).toBe('sell.amazon.com');
    expect(hostOf('https://sellercentral.amazon.de/x')).toBe('sellercentral.amazon.de');
  });
});
