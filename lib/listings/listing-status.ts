import type { ListingStatus } from '../model/listing';

/**
 * The page's words for a listing's status -> ListingStatus. Most specific first: "Inactive
 * Blocked-Red" is blocked, "Active ... Search Suppressed" is suppressed, "Inactive (Detail Page
 * Removed)" is detail-page-removed. Sources: Manage Inventory's display names and filter
 * tokens, Account Health's "Listing removed" / 商品已移除; the zh inventory words
 * (在售, 不可售, 详情页面已删除, 禁止显示...) are Seller Central's Chinese UI as sellers quote it,
 * kept broad on purpose.
 */
const STATUS_WORDS: readonly (readonly [ListingStatus, RegExp])[] = [
  ['detail-page-removed', /detail page removed|INACTIVE_ASIN_SUPPRESSED|详情页面?已(?:被)?删除|详情页面?已移除|商品详情页面已删除/i],
  ['suppressed', /suppressed|搜索(?:被)?(?:禁止|抑制)|禁止显示|已被禁止|unterdrückt/i],
  ['blocked', /blocked|approval required|INACTIVE_(?:STRONG|WEAK)_BLOCK|INACTIVE_GATED|需要(?:批准|审批|审核)|已屏蔽|已冻结/i],
  ['removed', /listing (?:was |has been )?removed|deactivated|商品已(?:被)?移除|已(?:被)?停用|已下架/i],
  ['incomplete', /incomplete|不完整|信息缺失/i],
  ['inactive', /inactive|out of stock|\bclosed\b|nicht aktiv|不可售|非在售|不在售|缺货|已关闭|停售|inaktiv/i],
  ['active', /\bactive\b|在售|可售|aktiv/i],
];

export function listingStatusFromText(text: string): ListingStatus {
  if (typeof text !== 'string' || !text.trim()) return 'unknown';
  return STATUS_WORDS.find(([, words]) => words.test(text))?.[0] ?? 'unknown';
}
