import * as tldts from 'tldts-icann';
import { describe, expect, it } from 'vitest';
import { getDomain, getHostname, getPublicSuffix } from '../../lib/domains/public-suffix';
import { registrableDomain } from '../../lib/domains/registrable';
import { icannRules } from '../../scripts/public-suffix-rules';

const ICANN = { allowPrivateDomains: false };

/**
 * The Public Suffix List's own test vectors (tests/test_psl.txt in github.com/publicsuffix/list),
 * checkPublicSuffix(host, registrable domain). The list's ICANN section only: `uk.com` is in its
 * private section, so `example.uk.com` has the registrable domain `uk.com` here. The list's
 * null input case has no counterpart (the functions take strings).
 */
const PSL_VECTORS: [string, string | null][] = [
  // Mixed case.
  ['COM', null], ['example.COM', 'example.com'], ['WwW.example.COM', 'example.com'],
  // Leading dot. The list expects null for the last two; tldts-core, which reads the host, drops
  // leading dots, and the extension has always read such hosts that way (this change is size only).
  ['.com', null], ['.example', null], ['.example.com', 'example.com'], ['.example.example', 'example.example'],
  // Unlisted TLD.
  ['example', null], ['example.example', 'example.example'], ['b.example.example', 'example.example'],
  ['a.b.example.example', 'example.example'],
  // TLD with only 1 rule.
  ['biz', null], ['domain.biz', 'domain.biz'], ['b.domain.biz', 'domain.biz'], ['a.b.domain.biz', 'domain.biz'],
  // TLD with some 2-level rules.
  ['com', null], ['example.com', 'example.com'], ['b.example.com', 'example.com'], ['a.b.example.com', 'example.com'],
  ['uk.com', 'uk.com'], ['example.uk.com', 'uk.com'], ['b.example.uk.com', 'uk.com'], ['test.ac', 'test.ac'],
  // TLD with only 1 (wildcard) rule.
  ['mm', null], ['c.mm', null], ['b.c.mm', 'b.c.mm'], ['a.b.c.mm', 'b.c.mm'],
  // More complex TLD.
  ['jp', null], ['test.jp', 'test.jp'], ['www.test.jp', 'test.jp'], ['ac.jp', null], ['test.ac.jp', 'test.ac.jp'],
  ['www.test.ac.jp', 'test.ac.jp'], ['kyoto.jp', null], ['test.kyoto.jp', 'test.kyoto.jp'], ['ide.kyoto.jp', null],
  ['b.ide.kyoto.jp', 'b.ide.kyoto.jp'], ['a.b.ide.kyoto.jp', 'b.ide.kyoto.jp'], ['c.kobe.jp', null],
  ['b.c.kobe.jp', 'b.c.kobe.jp'], ['a.b.c.kobe.jp', 'b.c.kobe.jp'], ['city.kobe.jp', 'city.kobe.jp'],
  ['www.city.kobe.jp', 'city.kobe.jp'],
  // TLD with a wildcard rule and exceptions.
  ['ck', null], ['test.ck', null], ['b.test.ck', 'b.test.ck'], ['a.b.test.ck', 'b.test.ck'], ['www.ck', 'www.ck'],
  ['www.www.ck', 'www.ck'],
  // US K12.
  ['us', null], ['test.us', 'test.us'], ['www.test.us', 'test.us'], ['ak.us', null], ['test.ak.us', 'test.ak.us'],
  ['www.test.ak.us', 'test.ak.us'], ['k12.ak.us', null], ['test.k12.ak.us', 'test.k12.ak.us'],
  ['www.test.k12.ak.us', 'test.k12.ak.us'],
  // IDN labels, punycoded.
  ['xn--85x722f.com.cn', 'xn--85x722f.com.cn'], ['xn--85x722f.xn--55qx5d.cn', 'xn--85x722f.xn--55qx5d.cn'],
  ['www.xn--85x722f.xn--55qx5d.cn', 'xn--85x722f.xn--55qx5d.cn'], ['shishi.xn--55qx5d.cn', 'shishi.xn--55qx5d.cn'],
  ['xn--55qx5d.cn', null], ['xn--85x722f.xn--fiqs8s', 'xn--85x722f.xn--fiqs8s'],
  ['www.xn--85x722f.xn--fiqs8s', 'xn--85x722f.xn--fiqs8s'], ['shishi.xn--fiqs8s', 'shishi.xn--fiqs8s'], ['xn--fiqs8s', null],
];

/** The same vectors' Unicode forms, through registrableDomain (which punycodes for the look-up). */
const PSL_IDN_VECTORS: [string, string | null][] = [
  ['食狮.com.cn', '食狮.com.cn'], ['食狮.公司.cn', '食狮.公司.cn'], ['www.食狮.公司.cn', '食狮.公司.cn'],
  ['shishi.公司.cn', 'shishi.公司.cn'], ['公司.cn', null], ['食狮.中国', '食狮.中国'], ['www.食狮.中国', '食狮.中国'],
  ['shishi.中国', 'shishi.中国'], ['中国', null],
];

describe('public suffixes (ICANN section of the PSL)', () => {
  it.each(PSL_VECTORS)('checkPublicSuffix(%s) -> %s', (host, expected) => {
    expect(getDomain(host)).toBe(expected);
  });

  it.each(PSL_IDN_VECTORS)('checkPublicSuffix(%s) -> %s, through registrableDomain', (host, expected) => {
    expect(registrableDomain(`x@${host}`)).toBe(expected);
  });

  it('gives the suffix and domain tldts-icann gives under every rule and exception it has', () => {
    const { rules, exceptions } = icannRules();
    expect(rules.length).toBeGreaterThan(6_900);
    for (const rule of [...rules, ...exceptions]) {
      // A host that is exactly the rule, and one with a label more (`*` stands for any label).
      const host = rule.replace(/^\*/, 'wild');
      for (const input of [host, `brand.${host}`]) {
        expect(getPublicSuffix(input), input).toBe(tldts.getPublicSuffix(input, ICANN));
        expect(getDomain(input), input).toBe(tldts.getDomain(input, ICANN));
      }
    }
    expect(getPublicSuffix('www.ck')).toBe('ck');
    expect(getPublicSuffix('brand.wild.ck')).toBe('wild.ck');
  });

  it('agrees with tldts-icann on hostnames, suffixes and domains of URLs, addresses and odd input', () => {
    const inputs = [
      'https://shop.lumora.co.uk/path?q=1', 'http://user:pw@www.brand.com.au:8080/x', '//cdn.example.de/a.js',
      'brand.co.uk/path', 'WWW.BRAND.CO.UK', 'brand.co.uk.', 'a.b.c.kobe.jp', 'city.kobe.jp', 'sub.www.ck',
      'x.sch.uk', 'a.x.sch.uk', 'lumora.com.be', 'brand.amazon', 'localhost', '192.168.0.1', '[::1]', 'http://[2001:db8::1]/',
      '1.2.3.4.5', 'a..b.com', '-bad-.com', 'xn--mnchen-3ya.de', 'münchen.de', '', ' ', 'mailto:x@y.com', 'a_b.example.com',
      'toolong' + 'a'.repeat(70) + '.com', 'brand.unknowntld', 'foo.bar.nom.br', 'x.er', 'x.y.er', 'blogspot.com',
    ];
    for (const input of inputs) {
      expect(getHostname(input), input).toBe(tldts.getHostname(input, ICANN));
      expect(getPublicSuffix(input), input).toBe(tldts.getPublicSuffix(input, ICANN));
      expect(getDomain(input), input).toBe(tldts.getDomain(input, ICANN));
    }
  });
});
