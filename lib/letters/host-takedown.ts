import { longDateEn } from '../dates';
import type { DomainAge } from '../model/domain-intel';
import type { Notice } from '../model/notice';
import { complaintLines, priorityLine, factsOf, titleOf } from './grounds';
import { detailPageUrl, storeName } from '../marketplaces';
import { ownBrandNames, signature } from './signature';
import type { Letter, LetterInput } from './types';

/**
 * (c) To the registrar or host of an independent shop that copied the listing and served as the
 * complainant's "prior rights". RDAP gives the registrar's name, not its abuse address: that part
 * stays a placeholder.
 */
export function hostTakedownLetter(input: LetterInput, domain: string, notices: Notice[]): Letter {
  const age: DomainAge | undefined = input.domainAges.find((a) => a.domain === domain);
  const registrar = age?.registrar ?? null;
  const asins = [...new Set(notices.flatMap((notice) => notice.asins))];
  const marketplace = notices.find((notice) => notice.marketplace)?.marketplace ?? null;
  const priority = factsOf(input).priority.find((fact) => fact.domain === domain);
  const since = priority ? priorityLine(priority) : null;
  const registered = age?.createdAt != null ? ` (registered ${longDateEn(age.createdAt)}${registrar ? ` through ${registrar}` : ''})` : '';
  const body = [
    'Hello,',
    '',
    `The website at ${domain}${registered} shows content copied from our Amazon product listing${asins.length > 1 ? 's' : ''}:`,
    ...asins.map((asin) => {
      const title = titleOf(asin, notices, input);
      return `- ${title ? `"${title}" ` : ''}ASIN ${asin}: ${detailPageUrl(asin, marketplace)}`;
    }),
    '',
    `Copied content on ${domain}: [URL of each copied page]`,
    '',
    ...(since ? [since, ''] : []),
    `The site's owner then used it to file complaints with Amazon against our original listing:`,
    ...complaintLines(notices, input),
    '',
    `We ask you to remove or disable access to the copied content, under your acceptable use policy and the law that applies to ${domain}.`,
    'We have a good-faith belief that this use of our material is not authorised by us, our agents or the law. The information in this notice is accurate to the best of our knowledge.',
    '',
    signature(ownBrandNames(input.profile), input.account ?? null),
  ].join('\n');
  return {
    id: `host-takedown-${domain.replace(/[^a-z0-9.-]/gi, '_')}`,
    kind: 'host-takedown',
    title: `Takedown request to the host or registrar of ${domain}`,
    to: registrar ? `[Abuse e-mail of ${registrar}, from its website or the RDAP record of ${domain}]` : `[Abuse e-mail of the host or registrar of ${domain}]`,
    subject: `Abuse report: ${domain} copies the listing of ${ownBrandNames(input.profile).join(', ') || `ASIN ${asins.join(', ')}`} on ${storeName(marketplace)}`,
    body,
    howToSend: 'Send it to the abuse address of the registrar (RDAP "abuse" contact) and of the web host; many have a web form instead of an address.',
    guidanceZh: [
      '用途：对方先复制您的商品页做成独立站，再拿独立站当作“在先权利”证据投诉您。本信请域名注册商或主机商下架被复制的内容。',
      `收件人：在注册商（${registrar ?? '查 RDAP/WHOIS 记录'}）或主机商网站上找 abuse 举报邮箱或表单，填入方括号处。`,
      '附件：被复制页面的截图（含网址和日期）、您亚马逊商品页的截图、证据包中的 report.html。',
      '发送前请核对：对方网站确实复制了您的图片或文字，逐条填上被复制页面的网址；本信不会直接影响亚马逊的处理，申诉仍需单独提交。',
    ].join('\n'),
  };
}
