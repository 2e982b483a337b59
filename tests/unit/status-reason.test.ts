import { describe, expect, it } from 'vitest';
import { describeStatusReason } from '../../components/status-reason';
import { interpret } from '../../lib/interpret';
import { translator } from '../../lib/i18n';
import { pageRead } from '../helpers/reads';

describe('status reasons in the seller\'s language', () => {
  const zh = translator('zh');
  const en = translator('en');

  it('tells the interpreter\'s own reasons in Chinese', () => {
    const unknown = interpret(pageRead({ pageKind: 'unknown', url: 'https://shop.example/', text: 'A shop' })).reason;
    expect(describeStatusReason(unknown, zh)).toBe('Brand Sentry 还不认识这个页面，它也不像亚马逊的通知。已按原样保存。');
    const empty = interpret(pageRead({ pageKind: 'inventory', url: 'https://sellercentral.amazon.com/inventory', text: 'Manage All Inventory' })).reason;
    expect(describeStatusReason(empty, zh)).toBe('看起来是“管理库存”页面，但没能读取到任何内容；页面可能已改版。已按原样保存。');
    expect(describeStatusReason(empty, en)).toContain('it looks like a Manage Inventory page');
    expect(describeStatusReason('Storing its records failed: disk full', zh)).toBe('读取失败（disk full）。已按原样保存；可在控制台点“重新处理”再试。');
  });

  it('shows anything else as stored', () => {
    expect(describeStatusReason('Something new', zh)).toBe('Something new');
    expect(describeStatusReason(null, zh)).toBe('');
  });
});
