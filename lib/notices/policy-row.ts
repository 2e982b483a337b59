import type { IpType, NoticeAction, NoticeCategory, NoticeDraft } from '../model/notice';
import { parseDate } from './dates';
import { detectLanguage } from './language';
import { normaliseText, squash } from './normalise';
import { asinsInValue, skusInValue, unique } from './values';
import { phrasesOf } from './vocabulary';

/**
 * One row of Account Health's product-policies table as a notice. The DOM
 * reader gives the cells: reason, date, title, asins (space separated), skus, action, nextStep,
 * impact, in the seller's UI language. The row is shown on Seller Central, so it is Amazon's.
 * Its reason becomes the notice's subject: it is the row's headline.
 */

// Reason words, all UI languages. Account Health's sub-reasons: "Counterfeit", "Counterfeit without a
// Test Buy", "Trademark", "Copyright", "Patent"; categories "Received Intellectual Property
// Complaints" / "Suspected Intellectual Property Violations", "Product Authenticity Customer Complaints".
const COUNTERFEIT_REASON = /counterfeit|inauthentic|authenticity|假冒|仿冒|真品|偽造|模倣|真正|fälschung|gefälscht|authentizität|contrefait|authenticité|falsific|autenticidad|contraffa|autenticità/;
const SUSPECTED_REASON = /suspected|potential|misuse|涉嫌|疑似|潜在|疑い|verdacht|mögliche|présumé|potentiel|sospecha|posible|sospett|potenziale/;
const RECEIVED_IP_REASON = /receivedintellectualproperty|intellectualproperty|知识产权|知的財産|geistigem|geistigen|propriétéintellectuelle|propiedadintelectual|proprietàintellettuale/;

// Action words ("Listing removed", zh "商品已移除"), checked in this order.
const REINSTATED_ACTION = /reinstat|reactivat|restored|恢复|重新激活|wiederhergestellt|reaktiviert|rétabli|réactiv|restablec|reactivad|ripristin|riattiv|回復|再開/;
const IMAGE_ACTION = /image|图片|画像|bild|imagen|immagin/;
const REMOVED_ACTION = /remov|deactivat|suspend|delet|移除|删除|下架|停用|entfernt|deaktiv|gesperrt|supprim|désactiv|eliminad|desactiv|rimoss|disattiv|削除|停止/;
const ACCOUNT_ACTION = /accountdeactivat|accountsuspend|账户已停用|账户被停用|konto|comptedésactivé|cuentadesactivada|accountdisattivato|アカウント停止/;
const NO_ACTION = /^(?:none|noaction|无|無|なし|keine|aucune|ninguna|nessuna)$/;

export function noticeFromPolicyRow(cells: Record<string, string>, marketplace: string | null): NoticeDraft | null {
  const cell = (key: string) => normaliseText(typeof cells[key] === 'string' ? cells[key] : '').trim();
  const reason = cell('reason');
  const title = cell('title');
  const asins = unique(asinsInValue(cell('asins'))).slice(0, 2_000);
  if (!reason && !title && asins.length === 0) return null;

  const { category, ipType } = categoryOfReason(reason);
  const allText = [reason, title, cell('action'), cell('nextStep'), cell('impact')].join('\n');
  const squashed = squash(allText);
  return {
    category,
    ipType,
    action: actionOf(cell('action'), category),
    complaintIds: [],
    asins,
    skus: unique(skusInValue(cell('skus'))).slice(0, 2_000),
    titles: title ? [title.slice(0, 2_000)] : [],
    rightsOwnerName: null,
    rightsOwnerEmail: null,
    complainantDomain: null,
    trademarkNumbers: [],
    patentNumbers: [],
    sender: null,
    senderIsAmazon: true,
    claimsAmazon: true,
    suspiciousLinks: [],
    subject: reason ? reason.slice(0, 2_000) : null,
    receivedAt: parseDate(cell('date')),
    marketplace: marketplace ? marketplace.slice(0, 8) : null,
    language: detectLanguage(allText, squashed, phrasesOf(squashed, allText).languageHits),
  };
}

function categoryOfReason(reason: string): { category: NoticeCategory; ipType: IpType | null } {
  const squashed = squash(reason);
  const counts = phrasesOf(squashed, reason).counts;
  const named = (['patent', 'design', 'copyright', 'trademark'] as const).find((group) => (counts.get(group) ?? 0) > 0) ?? null;
  const text = squashed.text;
  if (COUNTERFEIT_REASON.test(text) || (counts.get('counterfeit') ?? 0) > 0) return { category: 'counterfeit', ipType: named };
  if (SUSPECTED_REASON.test(text)) return { category: 'policy-warning', ipType: named };
  if (named) return { category: 'ip-complaint', ipType: named };
  if (RECEIVED_IP_REASON.test(text)) return { category: 'ip-complaint', ipType: 'other' };
  return { category: 'policy-warning', ipType: null };
}

function actionOf(action: string, category: NoticeCategory): NoticeAction {
  const text = squash(action).text;
  if (!text) return 'warning';
  if (NO_ACTION.test(text)) return 'none';
  if (REINSTATED_ACTION.test(text)) return 'reinstated';
  if (ACCOUNT_ACTION.test(text)) return 'account-deactivated';
  if (REMOVED_ACTION.test(text)) return IMAGE_ACTION.test(text) ? 'images-removed' : 'listing-removed';
  return category === 'other' ? 'none' : 'warning';
}
