import { isoDay, longDateEn } from '../dates';
import type { OfferSeller } from '../model/offer';
import { RETAIL_HOSTS } from '../hosts';
import { detailPageUrl, storeName } from '../marketplaces';
import { ownBrandNames, signature } from './signature';
import type { Letter, LetterInput } from './types';

/** A seller's storefront on the listing's marketplace: where Amazon and the seller read who it is. */
export function storefrontUrl(sellerId: string, marketplace: string): string {
  const host = RETAIL_HOSTS[marketplace];
  return host ? `https://${host}/sp?seller=${sellerId}` : `[storefront of seller ${sellerId}]`;
}

const money = (price: number | null, currency: string | null) => (price === null ? 'price not shown' : `${price.toFixed(Number.isInteger(price) ? 0 : 2)}${currency ? ` ${currency}` : ''}`);

function trademarkLines(input: LetterInput): string[] {
  const marks = input.profile.brands.flatMap((brand) => brand.trademarks.map((mark) => `${brand.name}: ${mark.office ? `${mark.office} ` : ''}${mark.number}`));
  return marks.length ? marks.map((mark) => `- ${mark}`) : ['- [Your trademark: office and registration number]'];
}

function historyLines(seller: OfferSeller): string[] {
  const featuredSince = seller.featuredHistory.filter((point) => point.featured).map((point) => isoDay(point.at));
  return [
    `- Seller: ${seller.sellerName ?? '[name as shown on Amazon]'} (seller ID ${seller.sellerId}), storefront ${storefrontUrl(seller.sellerId, seller.marketplace)}`,
    `- First seen on our listing: ${longDateEn(seller.firstSeenAt)}; last seen: ${longDateEn(seller.lastSeenAt)}`,
    `- Prices seen: ${seller.prices.map((point) => `${money(point.price, point.currency)} (${isoDay(point.at)})`).join(', ') || 'not shown'}`,
    ...(featuredSince.length ? [`- Held the featured offer (Buy Box) on: ${featuredSince.join(', ')}`] : []),
  ];
}

/**
 * For a follow-seller flag: the text for Brand Registry's "Report a Violation" form, and a polite
 * notice to the seller. Both need the records of that one seller on that one listing.
 */
export function followSellerLetters(input: LetterInput): Letter[] {
  if (input.subject.kind !== 'flag' || input.subject.flag.kind !== 'follow-seller') return [];
  const { asin, marketplace, sellerId } = input.subject.flag.subject;
  const seller = (input.offerSellers ?? []).find((s) => s.asin === asin && s.marketplace === marketplace && s.sellerId === sellerId);
  if (!seller) return [];
  const brands = ownBrandNames(input.profile);
  const brand = brands.join(', ') || '[your brand]';
  const listing = detailPageUrl(seller.asin, seller.marketplace);
  const report: Letter = {
    id: `report-violation-${seller.asin}-${seller.sellerId}`,
    kind: 'report-violation',
    title: `Report a Violation: seller ${seller.sellerId} on ${seller.asin}`,
    to: 'Brand Registry > Protect > Report a Violation (https://brandregistry.amazon.com/rav)',
    subject: `${brand}: unauthorized seller ${seller.sellerId} on ASIN ${seller.asin} (${storeName(seller.marketplace)})`,
    body: [
      `We own the brand ${brand}, enrolled in Brand Registry. The following seller offers products on our listing that we did not supply and has no authorization from us to sell our brand:`,
      '',
      `- ASIN ${seller.asin}: ${listing}`,
      ...historyLines(seller),
      '',
      'Our trademark registrations:',
      ...trademarkLines(input),
      '',
      'Test buy: [order ID, date and what differs from our genuine product: packaging, labels, barcode, materials. Leave this out if you have not made a test buy; Amazon asks for one for a counterfeit report.]',
      '',
      'The offer history above was recorded by our own monitoring of the listing; screenshots with their dates are attached.',
      '',
      signature(brands, input.account ?? null),
    ].join('\n'),
    howToSend: 'In Brand Registry open Protect > Report a Violation, search the ASIN, tick this seller\'s offer, choose the violation type (counterfeit only with a test buy; otherwise trademark), and paste the text; attach the screenshots and offers.csv from the evidence pack.',
    guidanceZh: [
      '用途：通过品牌注册的“举报违规”(Report a Violation) 工具举报这个跟卖卖家。',
      '操作：在 brandregistry.amazon.com 打开 保护 > 举报违规，搜索该 ASIN，勾选该卖家的报价，选择违规类型，粘贴本文，并上传证据包里的截图和 offers.csv。',
      '注意：选“假冒”(Counterfeit) 通常需要测试购买的订单号；没有测试购买时请选商标侵权，并删掉测试购买那一行。',
      '发送前请核对：卖家 ID、日期和价格与截图一致；不要夸大事实，虚假举报会影响您自己的账户。',
    ].join('\n'),
  };
  const notice: Letter = {
    id: `seller-notice-${seller.asin}-${seller.sellerId}`,
    kind: 'seller-notice',
    title: `Polite notice to seller ${seller.sellerName ?? seller.sellerId}`,
    to: `${seller.sellerName ?? seller.sellerId}, through Amazon's buyer-seller messaging (storefront ${storefrontUrl(seller.sellerId, seller.marketplace)} > Ask a question)`,
    subject: `Your offer on our ${brand} listing ${seller.asin}`,
    body: [
      'Hello,',
      '',
      `We are the brand owner of ${brand}. Since ${longDateEn(seller.firstSeenAt)} your store has an offer on our listing ${listing}${seller.lastPrice !== null ? ` at ${money(seller.lastPrice, seller.currency)}` : ''}.`,
      `${brand} products are sold on ${storeName(seller.marketplace)} only by us and by resellers we authorize, and your store is not one of them.`,
      '',
      'If you hold genuine stock, please tell us where you bought it (an invoice from an authorized source is enough); otherwise we ask you to remove your offer from this listing within 7 days.',
      'If the offer is still there after that, we will report it to Amazon through Brand Registry.',
      '',
      'Thank you for your understanding.',
      '',
      signature(brands, input.account ?? null),
    ].join('\n'),
    howToSend: 'Open the seller\'s storefront on Amazon, choose "Ask a question" and paste the text. Keep it polite and factual: Amazon reads these messages too.',
    guidanceZh: [
      '用途：先礼后兵。礼貌地告知跟卖卖家这是您的品牌，请其在 7 天内下架或出示正规进货发票。',
      '发送方式：在亚马逊打开该卖家的店铺页面，点击“提问”(Ask a question)，粘贴英文正文。',
      '注意：语气保持礼貌、只陈述事实，不要威胁或辱骂；亚马逊可以看到站内信，不当言辞可能对您不利。',
      '如果对方不回应或继续跟卖，再使用“举报违规”草稿向亚马逊举报。',
    ].join('\n'),
  };
  return [report, notice];
}
