import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAmazonHost, isAmazonSender, parseNotice } from '../../lib/notices';
import { readEml } from '../../lib/notices/eml';
import { suspiciousLinks, unwrapRedirect } from '../../lib/notices/links';
import { headerAddress, headerAddresses, headerDisplayName, mailIsFromAmazon, pastedFromLine, SENDER_HOSTS } from '../../lib/notices/sender';

const DIR = join(process.cwd(), 'tests', 'fixtures', 'notices');
const ATTACKS = join(process.cwd(), 'tests', 'fixtures', 'attacks');

describe('isAmazonSender', () => {
  it.each([
    // Genuine sender domains, as Amazon's help on spoofed e-mails lists them
    ['notice-dispute@amazon.com', true],
    ['notice@amazon.fr', true],
    ['notice-dispute@amazon.de', true],
    ['seller-performance-policy@amazon.com', true],
    ['"Amazon Seller Performance" <notice-retraction@amazon.com>', true],
    ['no-reply@amazon.co.uk', true],
    ['a@amazon.co.jp', true],
    ['a@amazon.com.be', true],
    ['a@amazon.com.tr', true],
    ['a@amazon.com.mx', true],
    ['a@amazon.eg', true],
    ['a@amazonsellerservices.com', true],
    ['a@sell.amazon.com', true],
    ['a@sell.amazon.com.au', true],
    ['a@sell.amazon.ca', true],
    ['a@gs.amazon.cn', true],
    ['a@amazon.cn', true], // Amazon's own domain: documented in lib/notices/sender.ts
    ['bounces@bounces.amazon.co.uk', true],
    ['NOTICE@AMAZON.COM', true],
    // Look-alikes
    ['amazon-security@hotmail.com', false],
    ['amazon-payments@msn.com', false],
    ['notice@amazon.example.com', false],
    ['notice@xxx-amazon.com', false],
    ['notice@amazon-sellercentral-support.com', false],
    ['notice@аmazon.com', false], // Cyrillic а
    ['notice@xn--mazon-3ve.com', false], // its punycode
    ['notice@amazon.com.evil.example', false],
    ['notice@myamazon.com', false],
    ['Amazon <amazon.notice.team@gmail.com>', false],
    ['amazon.com', false], // no address at all
    ['', false],
  ])('%s -> %s', (address, expected) => {
    expect(isAmazonSender(address)).toBe(expected);
  });

  it('accepts every host Amazon lists by name', () => {
    for (const host of SENDER_HOSTS) expect(isAmazonSender(`notice@${host}`), host).toBe(true);
  });
});

describe('isAmazonHost', () => {
  it.each([
    ['https://sellercentral.amazon.com/performance/dashboard', true],
    ['https://sellercentral-europe.amazon.com/gp/help/external/201361070', true],
    ['https://sellercentral-japan.amazon.com/', true],
    ['https://sellercentral.amazon.com.evil.example/signin', false],
    ['https://amazon.account-verify.example/signin', false],
    ['https://xn--mazon-3ve.com/ap/signin', false],
  ])('%s -> %s', (url, expected) => {
    expect(isAmazonHost(url)).toBe(expected);
  });
});

describe('headerAddress: the address by the header\'s structure, never from the display name', () => {
  it.each([
    ['"Amazon, Seller Performance" <Notice@Amazon.com>', 'notice@amazon.com'],
    ['notice@amazon.com', 'notice@amazon.com'],
    ['notice@amazon.com.', 'notice@amazon.com'],
    ['Amazon Seller Performance', null],
    // The attack: an Amazon address in the display name, the real one elsewhere.
    ['"Amazon <x@amazon.com>" <someone@elsewhere.example>', 'someone@elsewhere.example'],
    ['Amazon <x@amazon.com> <someone@elsewhere.example>', 'someone@elsewhere.example'],
    ['"Amazon <x@amazon.com>"', null],
    ['"x@amazon.com"', null],
    ['Amazon x@amazon.com via someone', null],
    ['<>', null],
    ['<not an address>', null],
    ['someone@elsewhere.example <x@amazon.com> trailing', null],
  ])('%s -> %s', (value, expected) => {
    expect(headerAddress(value)).toBe(expected);
  });

  it('reads the display name and list headers by the same structure', () => {
    expect(headerDisplayName('"Amazon <x@amazon.com>" <someone@elsewhere.example>')).toBe('"Amazon <x@amazon.com>"');
    expect(headerDisplayName('Amazon Seller Performance')).toBe('Amazon Seller Performance');
    expect(headerAddresses('a@amazon.com, "Team, <b@amazon.com>" <c@elsewhere.example>')).toEqual(['a@amazon.com', 'c@elsewhere.example']);
    expect(headerAddress(null)).toBeNull();
  });

  it('reads the last From line of pasted text', () => {
    expect(pastedFromLine('From: Colleague <me@shop.example>\nSubject: Fwd\n\n---- Forwarded ----\nFrom: Amazon <notice@amazon.com>\nHello')).toBe('Amazon <notice@amazon.com>');
    expect(pastedFromLine('发件人： 亚马逊 <notice@amazon.cn>\n正文')).toBe('亚马逊 <notice@amazon.cn>');
    expect(pastedFromLine('Hello,\nWe removed some of your listings.')).toBeNull();
  });
});

describe('mailIsFromAmazon', () => {
  it.each([
    ['From, Reply-To and Return-Path all Amazon', { from: 'notice@amazon.com', replyTo: 'notice-dispute@amazon.com', returnPath: 'b@bounces.amazon.com' }, [], true],
    ['no Reply-To or Return-Path', { from: 'notice@amazon.de' }, [], true],
    ['Reply-To elsewhere', { from: 'notice@amazon.com', replyTo: 'amazon.notice.team@gmail.com' }, [], false],
    ['Return-Path elsewhere', { from: 'notice@amazon.com', returnPath: 'bounce@mailer.example' }, [], false],
    ['Return-Path at Amazon SES', { from: 'notice@amazon.com', returnPath: '<0100018f-abc@us-west-2.amazonses.com>' }, [], true],
    ['Reply-To at Amazon SES is not Amazon', { from: 'notice@amazon.com', replyTo: 'x@amazonses.com' }, [], false],
    ['empty Return-Path (bounce) says nothing', { from: 'notice@amazon.com', returnPath: '<>' }, [], true],
    ['a non-Amazon login link', { from: 'notice@amazon.com' }, ['https://amazon-login.example/signin'], false],
    ['look-alike From', { from: 'notice@amazon-support.example' }, [], false],
    ['unknown sender', { from: null }, [], null],
    ['an Amazon address in the display name only', { from: '"Amazon <x@amazon.com>" <someone@elsewhere.example>' }, [], false],
    ['the parsed address wins over the From text', { from: 'Amazon <x@amazon.com>', fromAddress: 'someone@elsewhere.example' }, [], false],
    ['a From that presents itself as Amazon with no address', { from: 'Amazon Seller Performance' }, [], false],
    ['a From with no address that claims nothing', { from: 'Jane' }, [], null],
    ['an unquoted display name that holds another address', { from: 'Amazon someone@elsewhere.example <x@amazon.com>', fromAddress: 'x@amazon.com' }, [], false],
    ['a second Reply-To elsewhere', { from: 'notice@amazon.com', replyTo: 'a@amazon.com, b@elsewhere.example' }, [], false],
    ['unknown sender with a phishing link', { from: null }, ['https://amazon-login.example/signin'], false],
  ] as const)('%s', (_, mail, links, expected) => {
    expect(mailIsFromAmazon(mail, links)).toBe(expected);
  });
});

describe('suspiciousLinks', () => {
  it('flags login-like links that do not lead to Amazon, and only those', () => {
    const links = [
      { href: 'https://sellercentral.amazon.com/ap/signin', text: 'Sign in' },
      { href: 'https://sellercentral.amazon.account-verify.example/signin?x=1', text: 'Open your account' },
      { href: 'https://lumora-official.co.uk/about', text: 'Lumora' },
      { href: 'https://verify-seller.example/x', text: 'Seller Central' },
      { href: 'https://seller-cn.example/a', text: '登录卖家平台' },
      { href: 'mailto:notice@amazon.com', text: 'Sign in' },
      { href: 'https://accounts.google.com/SignOutOptions?continue=https://mail.google.com', text: 'Sign in to another account' },
      { href: 'https://accounts.google.com@evil.example/signin', text: 'Sign in' },
    ];
    expect(suspiciousLinks(links)).toEqual([
      'https://sellercentral.amazon.account-verify.example/signin?x=1',
      'https://verify-seller.example/x',
      'https://seller-cn.example/a',
      'https://accounts.google.com@evil.example/signin',
    ]);
  });

  it('judges the real target of webmail safety redirects', () => {
    const wrapped = `https://eur01.safelinks.protection.outlook.com/?url=${encodeURIComponent('https://amazon-login.example/signin')}&data=x`;
    expect(unwrapRedirect(wrapped)).toBe('https://amazon-login.example/signin');
    expect(suspiciousLinks([{ href: wrapped, text: 'View notice' }])).toEqual(['https://amazon-login.example/signin']);
    const google = `https://www.google.com/url?q=${encodeURIComponent('https://sellercentral.amazon.com/signin')}`;
    expect(suspiciousLinks([{ href: google, text: 'Sign in' }])).toEqual([]);
  });
});

describe('sender verdict on the phishing and genuine .eml fixtures', () => {
  it.each([
    ['en-genuine-takedown.eml', { sender: 'notice-dispute@amazon.co.uk', senderIsAmazon: true, claimsAmazon: true, suspiciousLinks: [] }],
    ['phishing-lookalike-sender.eml', {
      sender: 'seller-performance@amazon-sellercentral-support.com', senderIsAmazon: false, claimsAmazon: true,
      suspiciousLinks: ['https://sellercentral.amazon.account-verify.example/signin?session=8841'],
    }],
    ['phishing-login-link.eml', {
      sender: 'notice@amazon.com', senderIsAmazon: false, claimsAmazon: true,
      suspiciousLinks: ['https://amazon-seller-verify.example.net/login?ref=notice'],
    }],
    ['phishing-reply-to-mismatch.eml', { sender: 'notice-dispute@amazon.com', senderIsAmazon: false, claimsAmazon: true, suspiciousLinks: [] }],
    ['phishing-homograph-sender.eml', { sender: 'notice@xn--mazon-3ve.com', senderIsAmazon: false, claimsAmazon: true }],
  ])('%s', async (name, expected) => {
    const read = await readEml(readFileSync(join(DIR, name), 'utf8'));
    const draft = parseNotice({ text: read.text, origin: 'mail', mail: read.mail, links: read.links });
    expect(draft).toMatchObject(expected);
  });

  it('a display name that holds an Amazon address is not Amazon: spoofed-notice candidate', async () => {
    const read = await readEml(readFileSync(join(ATTACKS, 'display-name-spoof.eml'), 'utf8'));
    expect(read.mail).toMatchObject({ fromAddress: 'someone@elsewhere.example' });
    const draft = parseNotice({ text: read.text, origin: 'mail', mail: read.mail, links: read.links });
    expect(draft).toMatchObject({ sender: 'someone@elsewhere.example', senderIsAmazon: false, claimsAmazon: true });
  });

  it('a mail whose From is a name that holds an Amazon address, and no address, is not Amazon', async () => {
    const eml = readFileSync(join(ATTACKS, 'display-name-spoof.eml'), 'utf8').replace(/^From: .*$/m, 'From: "Amazon <notice@amazon.com>"');
    const read = await readEml(eml);
    expect(read.mail?.fromAddress ?? null).toBeNull();
    const draft = parseNotice({ text: read.text, origin: 'mail', mail: read.mail, links: read.links });
    expect(draft).toMatchObject({ sender: null, senderIsAmazon: false, claimsAmazon: true });
  });

  it('an unquoted name with an Amazon address over another address is not Amazon, however the parser splits it', async () => {
    const eml = readFileSync(join(ATTACKS, 'display-name-spoof.eml'), 'utf8').replace(/^From: .*$/m, 'From: Amazon <notice@amazon.com> <someone@elsewhere.example>');
    const read = await readEml(eml);
    const draft = parseNotice({ text: read.text, origin: 'mail', mail: read.mail, links: read.links });
    expect(draft).toMatchObject({ senderIsAmazon: false, claimsAmazon: true });
  });

  it('pasted text with a From line: an address elsewhere proves it is not Amazon\'s; an Amazon one proves nothing', () => {
    const body = '\nSubject: Notice of listing removal\n\nHello,\nWe removed some of your listings.\nASIN: B0CLMR7X2Q\nComplaint ID: 1472583690';
    expect(parseNotice({ text: `From: "Amazon <x@amazon.com>" <someone@elsewhere.example>${body}`, origin: 'paste' })).toMatchObject({
      sender: 'someone@elsewhere.example', senderIsAmazon: false, claimsAmazon: true,
    });
    expect(parseNotice({ text: `From: Amazon <notice@amazon.com>${body}`, origin: 'paste' })).toMatchObject({ sender: 'notice@amazon.com', senderIsAmazon: null });
  });

  it('pasted text has no known sender, even when it carries a phishing link', () => {
    const draft = parseNotice({
      text: 'Hello,\nWe removed some of your listings.\nSign in to Seller Central: https://sellercentral-amazon.example/login\nASIN: B0CLMR7X2Q',
      origin: 'paste',
    });
    expect(draft).toMatchObject({ sender: null, senderIsAmazon: null, suspiciousLinks: ['https://sellercentral-amazon.example/login'] });
  });
});
