import type { accountsEn } from './accounts.en';

/** 多个卖家账户相关文字（切换、概览、合并同事的备份）（简体中文）。 */
export const accountsZh: Record<keyof typeof accountsEn, string> = {
  allAccounts: '全部账户',
  accountFilter: '账户',
  unknownAccount: '未知账户',
  accountsHeading: '各账户',
  accountsExplain: '每个卖家账户的待处理标记，最紧急的在前。Brand Sentry 读到某个账户的卖家平台页面后，该账户就会出现在这里。',
  accountsNone: '所有账户都没有待处理标记。',
  accountOpenCount: '{count} 个待处理',
  accountWorst: '最严重：{severity}',
  accountKindCount: '{kind}：{count}',
  captureAccount: '归入账户',
  captureAccountAuto: '按页面显示的账户',
  profileAccount: '品牌资料所属',
  profileAccountAll: '全部账户（以及未标明账户的页面）',
  mergeTitle: '合并同事的备份',
  mergeHelp: '只添加对方备份中有而您没有的内容。不会删除您的任何数据，您的备注和“已确认”状态保持不变；双方都有的标记以较新的状态为准。',
  mergeChoose: '选择对方的备份文件',
  mergeDone: '已合并：新增 {added} 条，已有 {had} 条，冲突 {conflicts} 条。',
  mergeFailed: '未合并任何内容：{error}',
};
