import { longDateEn } from '../dates';
import type { Notice } from '../model/notice';
import { complaintLines, groundLines } from './grounds';
import { RETRACTION_ADDRESS } from '../marketplaces';
import { ownBrandNames, signature } from './signature';
import type { Letter, LetterInput } from './types';

/** (a) To the rights owner, asking them to retract: the only path Amazon accepts from them directly. */
export function retractionLetter(input: LetterInput, notices: Notice[], index: number): Letter {
  const first = notices[0]!;
  const ids = notices.flatMap((notice) => notice.complaintIds);
  const asins = [...new Set(notices.flatMap((notice) => notice.asins))];
  const grounds = groundLines(input, notices);
  const body = [
    `Dear ${first.rightsOwnerName ?? '[Rights owner name]'},`,
    '',
    `Amazon has informed us that you submitted the following complaint${notices.length > 1 ? 's' : ''} against our listing${asins.length > 1 ? 's' : ''}:`,
    ...complaintLines(notices, input),
    '',
    'We believe the complaint was made in error, for these reasons:',
    ...(grounds.length ? grounds : ['- [Why the complaint is mistaken: e.g. you sell your own brand, you bought the goods from the brand owner]']),
    '- [Any further proof you hold: invoices, your design files, earlier sales records]',
    '',
    `We ask you to retract the complaint${notices.length > 1 ? 's' : ''}. Amazon accepts a retraction only when you, the rights owner, send it directly and state clearly that the complaint was made in error. Please send it to ${RETRACTION_ADDRESS} or use the retraction function in Brand Registry, quoting ${ids.length ? `Complaint ID ${ids.join(', ')}` : 'the complaint'}${asins.length ? ` and ASIN ${asins.join(', ')}` : ''}.`,
    '',
    `Please confirm by ${longDateEn(input.generatedAt + 7 * 86_400_000)} that the retraction has been sent.`,
    '',
    signature(ownBrandNames(input.profile), input.account ?? null),
  ].join('\n');
  return {
    id: `retraction-${index}`,
    kind: 'retraction',
    title: `Retraction request to ${first.rightsOwnerName ?? first.complainantDomain ?? 'the rights owner'}`,
    to: first.rightsOwnerEmail ?? '[Rights owner e-mail address, from the notice]',
    subject: `Request to retract ${ids.length ? `complaint ${ids.join(', ')}` : 'your complaint'}${asins.length ? ` (ASIN ${asins.join(', ')})` : ''}`,
    body,
    howToSend: 'E-mail it to the rights owner at the address in the notice; keep a copy for your appeal.',
    guidanceZh: [
      '用途：请投诉方（权利所有者）主动撤回投诉。亚马逊只接受权利所有者本人直接发送、并明确说明投诉有误的撤回（发到 notice-retraction@amazon.com 或通过品牌注册的撤回功能）；您转发的撤回无效。',
      '附件：可附上证据包中的 report.html（或打印成 PDF），以及能证明您在先使用的资料（首次销售记录、发票、设计稿）。',
      '发送前请核对：收件人地址是否与通知中的权利所有者联系方式一致；投诉编号、ASIN、日期是否与账户状况或绩效通知中的一致；方括号 [ ] 中的内容需由您填写。',
      '注意：如果投诉方的域名像是冒用您的品牌，请不要提供账户信息或付款；同时向亚马逊申诉（见申诉信）。',
    ].join('\n'),
  };
}
