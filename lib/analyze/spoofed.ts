import { hostOf, registrableDomain } from '../domains/registrable';
import { isAmazonSender } from '../notices/sender';
import type { FlagDraft } from '../model/flag';
import { FlagBuilder } from './flag-builder';
import { noticeTime } from '../notices/complaints';
import type { AnalysisInput } from './input';

/**
 * spoofed-notice: a notice that presents itself as Amazon's from a sender that is not Amazon's,
 * or that sends the seller to a login page outside Amazon. Subject: the sender's domain (or the
 * phishing link's, when the sender looked right; none when neither names one).
 * A pasted text has no sender to judge (senderIsAmazon null): it is spoofed when it claims to be
 * Amazon ("Greetings from Amazon Services") and sends the reader to log in, pay or verify off
 * Amazon's domains, which is structure the link itself shows.
 */
export function spoofedFlags(input: AnalysisInput): FlagDraft[] {
  const builders = new Map<string | undefined, FlagBuilder>();
  for (const notice of input.notices) {
    const fromNotAmazon = notice.senderIsAmazon === false && (notice.claimsAmazon || notice.suspiciousLinks.length > 0);
    const unknownSenderPhishing = notice.senderIsAmazon === null && notice.claimsAmazon && notice.suspiciousLinks.length > 0;
    if (!fromNotAmazon && !unknownSenderPhishing) continue;
    const senderDomain = notice.sender ? registrableDomain(notice.sender) ?? hostOf(notice.sender) : null;
    const linkDomain = notice.suspiciousLinks.map((link) => registrableDomain(link)).find(Boolean) ?? null;
    // A forged From of amazon.com says nothing about who sent it; the phishing link's domain does.
    const forgedAmazon = notice.sender !== null && isAmazonSender(notice.sender);
    const domain = (forgedAmazon ? linkDomain ?? senderDomain : senderDomain ?? linkDomain) ?? undefined;
    let builder = builders.get(domain);
    if (!builder) builders.set(domain, (builder = new FlagBuilder('spoofed-notice', domain === undefined ? {} : { domain }, notice.marketplace)));
    const at = noticeTime(notice);
    if (notice.sender && !isAmazonSender(notice.sender)) {
      builder.add('non-amazon-sender', 'high', at, notice.captureIds, { sender: notice.sender, domain: senderDomain ?? '' });
    }
    for (const link of notice.suspiciousLinks) {
      builder.add('non-amazon-login-link', 'high', at, notice.captureIds, { link, domain: registrableDomain(link) ?? '' });
    }
    // A From that is Amazon's but failed the header checks (Reply-To, Return-Path mismatch).
    if (builder.empty) builder.add('non-amazon-sender', 'high', at, notice.captureIds, { sender: notice.sender ?? '', domain: senderDomain ?? '' });
  }
  return [...builders.values()].map((builder) => builder.build());
}

