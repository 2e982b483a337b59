import type { guideEn } from './guide.en';

/** 首次使用与下一步（简体中文）。 */
export const guideZh: Record<keyof typeof guideEn, string> = {
  'nextStep.draft-retraction': '起草撤诉请求',
  'nextStep.draft-appeal': '起草给亚马逊的申诉',
  'nextStep.check-domain-age': '查询域名注册时间',
  'nextStep.report-violation': '举报违规',
  'nextStep.open-listing': '打开商品页面',
  'nextStep.report-phishing': '转发给亚马逊',
  'nextStep.open-flag': '查看原因',
  nextStepLabel: '{step}：{flag}',
  setupTitle: '哪个品牌是您的？',
  setupBody: 'Brand Sentry 会把每条投诉与您自己的品牌（名称、商标、域名）进行比对。没有这些信息，它无法分辨以您品牌命名的投诉人和您本人。',
  setupSuggested: '品牌注册显示您拥有：',
  setupUse: '保护 {brand}',
  setupNoSuggestion: '打开一次品牌注册页面，Brand Sentry 就会建议您拥有的品牌；也可以在设置中填写。',
  setupSettings: '在设置中填写品牌',
  setupMore: '请在设置中补充商标、官方域名和首次销售日期：它们是申诉获胜的关键。',
  setupSaved: '已保存：{brand}。',
  watchesTitle: 'Brand Sentry 监控什么',
  watchesBrandControl: '品牌控制权：商品品牌被更改、品牌注册角色丢失。',
  watchesTakedowns: '下架：商品因投诉被移除。',
  watchesComplainants: '投诉人：以您品牌命名的域名、新注册的域名、冒充“亚马逊”的邮件。',
  watchesFollowSellers: '跟卖：您商品上的其他卖家（仅限您在设置中允许的站点）。',
  emptyNextPage: '下一步：在卖家平台打开“账户状况”。',
  guideNext: '下一步：{page}',
};
