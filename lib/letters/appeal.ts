import { longDateEn } from '../dates';
import { noticeTime } from '../notices/complaints';
import type { Notice } from '../model/notice';
import { complaintLines, groundLines } from './grounds';
import { detailPageUrl, noticeDisputeAddress, storeName } from '../marketplaces';
import { ownBrandNames, signature } from './signature';
import type { Letter, LetterInput } from './types';

/**
 * (b) To Amazon: the dispute of the complaints of one marketplace. Older notices name the
 * notice-dispute address; newer ones are answered in Account Health with the "Appeal" button of
 * the deactivation record: the same text serves both.
 */
export function appealLetter(input: LetterInput, notices: Notice[], marketplace: string | null): Letter {
  const ids = notices.flatMap((notice) => notice.complaintIds);
  const asins = [...new Set(notices.flatMap((notice) => notice.asins))];
  const grounds = groundLines(input, notices);
  const owners = [...new Set(notices.map((notice) => notice.rightsOwnerName ?? notice.rightsOwnerEmail).filter(Boolean))];
  const body = [
    'Hello,',
    '',
    `We dispute the following complaint${notices.length > 1 ? 's' : ''}${owners.length ? ` filed by ${owners.join(', ')}` : ''}, which led to the removal of our listing${asins.length > 1 ? 's' : ''} on ${storeName(marketplace)}:`,
    ...complaintLines(notices, input),
    '',
    'We believe the complaint is invalid:',
    ...(grounds.length ? grounds : ['- [Why the complaint is invalid]']),
    '- [Your proof of authenticity or originality: invoices from your supplier, your own design files, your Brand Registry enrolment]',
    '',
    `We have asked the rights owner to retract the complaint on [date you wrote to them]${notices.some((n) => n.rightsOwnerEmail) ? ` (${[...new Set(notices.map((n) => n.rightsOwnerEmail).filter(Boolean))].join(', ')})` : ''}.`,
    '',
    'Listings concerned:',
    ...asins.map((asin) => `- ${asin}: ${detailPageUrl(asin, marketplace)}`),
    '',
    `Attached: an evidence report with the notices as we received them (first dated ${longDateEn(Math.min(...notices.map(noticeTime)))}), screenshots and the dates above.`,
    '',
    `Please reinstate ${asins.length > 1 ? 'these listings' : 'this listing'}${ids.length ? ` and clear Complaint ID ${ids.join(', ')} from our account health` : ''}.`,
    '',
    signature(ownBrandNames(input.profile), input.account ?? null),
  ].join('\n');
  const code = marketplace ? marketplace.toLowerCase() : 'unknown';
  return {
    id: `appeal-${code}`,
    kind: 'appeal',
    title: `Appeal to Amazon (${storeName(marketplace)})`,
    to: noticeDisputeAddress(marketplace),
    subject: `Dispute of ${ids.length ? `Complaint ID ${ids.join(', ')}` : 'an IP complaint'}${asins.length ? ` - ASIN ${asins.join(', ')}` : ''}`,
    body,
    howToSend:
      'For a notice shown in Account Health > Policy Compliance > Received Intellectual Property Complaints, click "Appeal" next to the deactivation record and paste this text; for an older e-mail notice, reply to the notice-dispute address.',
    guidanceZh: [
      '用途：向亚马逊申诉，说明投诉无效，请求恢复商品。',
      '怎么提交：较新的通知请在“账户状况” > “政策合规” > “收到的知识产权投诉”中找到对应的下架记录，点击“申诉”按钮并粘贴本文；如需补充，点“查看申诉” > “提交更多信息”。较早的邮件通知可回复到上面的 notice-dispute 地址。',
      '附件：证据包中的 report.html（可打印成 PDF）、截图（screenshots 文件夹）、进货发票或设计原稿；附件格式只接受 .jpeg .jpg .pjpeg .gif .png .tiff 等图片，外部链接不被接受。',
      '发送前请核对：投诉编号、ASIN、日期和站点与绩效通知一致；写明您已联系权利所有者的日期；方括号 [ ] 中的内容需由您填写。不要只说“我们没有侵权”，要逐条给出证据。',
    ].join('\n'),
  };
}
