import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';
import { spoofedFlags } from '../../lib/analyze/spoofed';
import { input, notice } from '../helpers/records';

describe('spoofed-notice', () => {
  it('flags a notice that speaks as Amazon from a sender that is not Amazon\'s, subject the sender\'s domain', () => {
    const [flag] = spoofedFlags(input({ notices: [notice({ sender: 'seller-performance@amazon-sellercentral-support.com', senderIsAmazon: false })] }));
    expect(flag).toMatchObject({ kind: 'spoofed-notice', subject: { domain: 'amazon-sellercentral-support.com' }, severity: 'high', reasons: ['non-amazon-sender'] });
  });

  it('flags an Amazon-looking sender whose body sends the seller to a non-Amazon login page', () => {
    const [flag] = spoofedFlags(
      input({ notices: [notice({ sender: 'notice@amazon.com', senderIsAmazon: false, suspiciousLinks: ['https://sellercentral-amazon.verify-account.top/signin'] })] }),
    );
    expect(flag).toMatchObject({ subject: { domain: 'verify-account.top' }, reasons: ['non-amazon-login-link'] });
  });

  it('leaves genuine and unknown senders alone', () => {
    expect(spoofedFlags(input({ notices: [notice({ sender: 'notice-dispute@amazon.com', senderIsAmazon: true }), notice({ id: 'text:p', senderIsAmazon: null })] }))).toEqual([]);
  });

  it('creates no takedown and no complainant flag from a spoofed notice', () => {
    const flags = analyze(input({ notices: [notice({ sender: 'amazon-security@hotmail.com', senderIsAmazon: false })] }));
    expect(flags.map((flag) => flag.kind)).toEqual(['spoofed-notice']);
  });
});
