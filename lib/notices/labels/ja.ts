import type { LabelSet } from './types';

/**
 * Japanese (Amazon.co.jp). Quoted by public copies of notices: the greeting
 * "平素は Amazon をご利用いただき", "ご担当者様", the heading "なぜこのような状況になったのでしょうか",
 * "出品情報を回復するにはどうすればよいですか", subjects starting "必要なアクション", and the words
 * 権利者, 知的財産権, 商標, 著作権, 特許, 意匠, 出品情報, 申し立て. Field labels and event
 * sentences are natural Japanese renderings, not quotes.
 */
export const ja: LabelSet = {
  language: 'ja',
  fields: {
    asin: ['ASIN'],
    title: ['商品名', 'タイトル', '商品タイトル'],
    infringementType: ['侵害の種類', '申し立ての種類', '違反の種類', '侵害の種別'],
    complaintId: ['申し立てID', '申し立て番号', '苦情ID', '申立ID'],
    trademarkNumber: ['商標登録番号', '商標番号', '登録番号'],
    patentNumber: ['特許番号', '特許登録番号'],
    sku: ['SKU', '出品者SKU'],
    rightsOwnerName: ['権利者', '権利者名', '権利所有者'],
    rightsOwnerEmail: ['メールアドレス', 'Eメールアドレス', 'Eメール'],
    rightsOwnerBlock: ['権利者の連絡先', '権利者の連絡先情報', '権利所有者の連絡先'],
    subject: ['件名'],
    date: ['日付', '送信日時'],
  },
  lineStart: ['メールアドレス', 'Eメール', '件名', '日付', '送信日時'],
  headings: [
    'なぜこのような状況になったのでしょうか',
    '出品情報を回復するにはどうすればよいですか',
    'この情報を提出するにはどうすればよいですか',
    '出品が誤って削除された場合',
    '出品情報が誤って削除された場合',
  ],
  greetings: ['ご担当者様', '平素は Amazon をご利用いただき', 'いつも Amazon をご利用いただき'],
  amazonClaims: ['必要なアクション', 'Amazon.co.jp', 'アマゾン', '出品者パフォーマンス', 'テクニカルサポート', 'アカウント健全性', '知的財産に関する苦情'],
  examplesIntro: ['使用できない用語の例', '使用できる用語の例'],
  loginWords: ['ログイン', 'サインイン', '確認', '認証', 'パスワード', 'セラーセントラル'],
  vocabulary: {
    trademark: ['商標'],
    copyright: ['著作権'],
    patent: ['特許'],
    design: ['意匠'],
    // 真贋 (genuine or fake): "商品の真贋に関する報告", real/ja-shinpan-*.txt (haburashi.site).
    counterfeit: ['偽造品', '偽物', '模倣品', '本物ではない', '真正品ではない', '真贋'],
    rightsOwner: ['権利者', '権利所有者'],
    infringement: ['知的財産', '侵害'],
    policyWarning: ['ポリシー違反', 'ポリシーに違反', '規約違反', '出品が停止されるリスク', 'ポリシー遵守'],
    brandRegistry: ['ブランド登録', '販売ロール'],
    reporter: ['報告を権利者から', '権利者から受け', '主張が権利者から', '権利者からの申し立て'],
  },
  events: {
    retraction: ['取り下げられました', '申し立てを取り下げ', '回復しました', '再開しました', '復元しました', '再有効化しました'],
    accountDeactivated: ['出品用アカウントを停止', 'アカウントが停止', 'アカウントを停止しました', '出品権限を停止', '出品権限が削除', 'アカウントを無効'],
    listingRemoved: ['出品情報を削除しました', '出品を削除しました', '出品情報を一時的に停止しました', '一時的に停止しました', '出品が停止されました', '出品情報を停止', '削除しました'],
    imagesRemoved: ['画像を削除しました', '画像が削除されました'],
    warning: ['リスクがあります', '警告'],
    brandRegistry: [],
  },
  meaning: {
    seen: 'real/ja-*.txt (sellercentral.amazon.co.jp forums, note.com, naminori-try.com, hibi-create.com, b-creative.tripppp.com, haburashi.site)',
    subjects: {
      account: ['アカウント'],
      privileges: ['出品権限', '販売権限'],
      listing: ['出品情報', '出品', '商品ページ', '商品詳細ページ', 'asin'],
      images: ['画像'],
      rightsOwner: ['権利者', '権利所有者'],
      buyer: ['購入者', 'お客様'],
    },
    actions: {
      removed: ['削除', 'キャンセル', '取り消', '閉鎖'],
      deactivated: ['無効'],
      suspended: ['停止'],
      reinstated: ['回復しました', '再開しました', '復元しました', '再有効化'],
      active: ['有効'],
      reported: ['申し立て', '報告', '主張', '苦情'],
    },
    negations: ['ません', 'ない', 'なかった'],
    modals: ['可能性', 'おそれ', '恐れ', 'リスク', '場合があります'],
    conditionals: ['場合', 'には', 'れば', 'たら'],
    futures: [],
    remain: ['引き続き'],
    conjunctions: [],
    // 出品者 is the seller, not a listing: the longer word masks 出品.
    notSubjects: ['出品者'],
  },
  months: [],
  stopwords: [],
};
