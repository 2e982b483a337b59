import type { LabelSet } from './types';

/**
 * Simplified Chinese, as Seller Central shows it to many sellers (Performance Notifications and
 * Account Health columns). The vocabulary (权利所有者, 知识产权, 投诉 ID / 投诉编号 ...) is from
 * notices Chinese sellers quote; the headings and event sentences are natural renderings of the
 * English template, not quotes: Amazon's exact Chinese wording was not available, so keep them broad.
 */
export const zh: LabelSet = {
  language: 'zh',
  fields: {
    asin: ['ASIN'],
    title: ['商品名称', '商品标题', '标题', '名称'],
    infringementType: ['侵权类型', '投诉类型', '违规类型'],
    complaintId: ['投诉 ID', '投诉编号', '投诉 ID 号', '投诉号'],
    trademarkNumber: ['商标号', '商标编号', '商标注册号'],
    patentNumber: ['专利号', '专利编号'],
    sku: ['SKU', '卖家 SKU'],
    rightsOwnerName: ['权利所有者', '权利人', '权利所有人'],
    rightsOwnerEmail: ['电子邮件', '电子邮箱', '邮箱'],
    rightsOwnerBlock: ['权利所有者的联系方式', '权利所有者联系方式', '权利所有者的联系信息', '权利人联系方式', '权利人的联系方式'],
    subject: ['主题'],
    date: ['日期', '发送时间'],
  },
  lineStart: ['名称', '电子邮件', '邮箱', '主题', '日期', '发送时间'],
  headings: [
    '为什么会发生这种情况？',
    '为什么会出现这种情况？',
    '我们随时为您提供帮助',
    '如何重新激活我的商品？',
    '如何提交此信息？',
    '您的商品是否被错误移除？',
    '如果我不发送所要求的信息会怎样？',
  ],
  greetings: ['您好', '尊敬的卖家'],
  amazonClaims: ['亚马逊', '卖家绩效团队', '亚马逊卖家服务', '亚马逊全球开店', '绩效通知', '账户状况'],
  examplesIntro: ['不可接受的用语示例', '可接受的用语示例'],
  loginWords: ['登录', '登入', '验证', '卖家平台', '密码', '申诉'],
  vocabulary: {
    trademark: ['商标'],
    copyright: ['版权', '著作权'],
    patent: ['专利', '发明专利', '实用新型专利'],
    // 外观设计专利 contains 专利: the longer phrase wins (see ../vocabulary.ts).
    design: ['外观设计', '外观设计专利', '外观专利'],
    counterfeit: ['假冒', '不真实', '非正品', '仿冒', '假货'],
    rightsOwner: ['权利所有者', '权利人', '权利所有人'],
    infringement: ['侵权', '知识产权', '侵犯'],
    policyWarning: ['政策警告', '违反政策', '违反了我们的政策', '商品政策合规性', '政策合规性'],
    brandRegistry: ['品牌注册', '品牌备案', '销售角色', '品牌代表'],
    reporter: ['权利所有者的举报', '权利所有者投诉', '权利人投诉', '收到了权利所有者'],
  },
  events: {
    retraction: ['已撤回投诉', '撤回了投诉', '撤销了投诉', '已撤销投诉', '已恢复您的商品', '商品已恢复', '已重新激活', '重新激活了您的'],
    accountDeactivated: [
      '停用了您的销售账户', '销售账户已被停用', '账户已被停用', '销售权限已被移除', '移除了您的销售权限',
      '暂停了您的销售权限', '账户已被暂停', '停用了您的账户',
    ],
    listingRemoved: [
      '移除了您的一种或多种商品', '商品已移除', '已移除您的商品', '移除了您的商品', '商品已被移除', '已下架',
      '删除了您的商品', '停用了您的商品', '商品已被停用',
    ],
    imagesRemoved: ['图片已被移除', '移除了您的图片', '删除了您的图片', '图片已移除'],
    warning: ['警告', '存在风险', '临时审核'],
    brandRegistry: [],
  },
  meaning: {
    seen: 'real/zh-*.txt (kjds.mvy.cn, 88bfru.com)',
    subjects: {
      account: ['账户', '帐户', '账号', '帐号', '店铺'],
      privileges: ['销售权限', '销售权'],
      listing: ['商品信息', '商品详情页面', '商品', '商家信息', 'listing', 'asin'],
      images: ['图片'],
      rightsOwner: ['权利所有者', '权利所有人', '权利人'],
      buyer: ['买家', '顾客'],
    },
    actions: {
      removed: ['删除', '移除', '下架', '取消', '关闭'],
      deactivated: ['停用', '冻结', '封'],
      suspended: ['暂停', '停售'],
      reinstated: ['已恢复', '恢复了', '重新激活了', '已重新激活'],
      active: ['仍然有效', '保持在售'],
      reported: ['举报', '投诉', '通知'],
    },
    negations: ['不', '未', '没有', '无'],
    modals: ['可能', '风险', '以免', '避免'],
    conditionals: ['如果', '若', '一旦'],
    futures: [],
    remain: ['仍', '继续'],
    conjunctions: [],
  },
  months: [],
  stopwords: [],
};
