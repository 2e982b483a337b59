import { longDateEn } from '../dates';
import type { Notice } from '../model/notice';
import { titleOf } from './grounds';
import { detailPageUrl, storeName } from '../marketplaces';
import type { Letter, LetterInput } from './types';

/**
 * (d) An outline of a DMCA counter-notice (17 U.S.C. 512(g)(3); Amazon's help page on DMCA counter-notices),
 * for copyright complaints only. The sworn statements are the law's wording; who signs them is
 * the seller's decision, so nothing here is pre-signed.
 */
export function counterNoticeOutline(input: LetterInput, notices: Notice[]): Letter {
  const ids = notices.flatMap((notice) => notice.complaintIds);
  const material = notices.flatMap((notice) =>
    notice.asins.map((asin) => {
      const title = titleOf(asin, [notice], input);
      const what = notice.action === 'images-removed' ? 'images of the listing' : 'the listing';
      return `- ${what} ${title ? `"${title}" ` : ''}(ASIN ${asin}) at ${detailPageUrl(asin, notice.marketplace)} on ${storeName(notice.marketplace)}, removed after Complaint ID ${notice.complaintIds.join(', ') || '[complaint ID]'} of ${longDateEn(notice.receivedAt ?? notice.firstCapturedAt)}`;
    }),
  );
  const body = [
    'DMCA counter-notification',
    '',
    '1. Identification of the material that was removed and the location where it appeared before it was removed:',
    ...(material.length ? material : ['- [The removed material and its URL]']),
    '',
    '2. Statement under penalty of perjury:',
    'I swear, under penalty of perjury, that I have a good faith belief that the material identified above was removed or disabled as a result of a mistake or misidentification of the material to be removed or disabled.',
    '',
    '3. Name, address and telephone number:',
    '[Your full legal name]',
    '[Your postal address]',
    '[Your telephone number]',
    '[Your e-mail address]',
    '',
    '4. Consent to jurisdiction:',
    'I consent to the jurisdiction of the Federal District Court for the judicial district in which my address is located or, if my address is outside the United States, for any judicial district in which Amazon may be found, and I will accept service of process from the person who provided the notification of the alleged infringement or an agent of such person.',
    '',
    '5. Signature:',
    '[Your physical or electronic signature]',
    'Date: [date of signing]',
  ].join('\n');
  return {
    id: 'counter-notice',
    kind: 'counter-notice',
    title: 'Copyright counter-notice (DMCA) outline',
    to: "Amazon's copyright agent, through Account Health (Appeal) or the address Amazon gives in the notice",
    subject: `DMCA counter-notice${ids.length ? ` - Complaint ID ${ids.join(', ')}` : ''}`,
    body,
    howToSend:
      'Account Health > Policy Compliance > Received Intellectual Property Complaints: find the deactivation record, click "Appeal", then "View appeal" > "Submit additional information" to add it.',
    guidanceZh: [
      '用途：仅适用于版权（Copyright）投诉。反通知是一份法律声明：亚马逊会把它（包括您的姓名、地址、电话）转给投诉方；如果投诉方在约 10 个工作日内没有起诉，内容通常会恢复。',
      '风险：声明是在“伪证罪处罚”下作出的，并同意接受美国联邦法院管辖。内容不实可能承担法律责任；对方可能据此起诉您。请在签署前咨询律师。',
      '提交路径：“账户状况” > “政策合规” > “收到的知识产权投诉”，找到下架记录，点击“申诉”；补充材料用“查看申诉” > “提交更多信息”。',
      '发送前请核对：被删除内容的 ASIN 和网址、投诉编号和日期；方括号 [ ] 中的姓名、地址、电话、签名需由您本人填写。',
    ].join('\n'),
  };
}
