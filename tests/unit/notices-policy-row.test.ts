import { describe, expect, it } from 'vitest';
import { NoticeDraft } from '../../lib/model/notice';
import { noticeFromPolicyRow } from '../../lib/notices';

/**
 * Account Health product-policies rows as the DOM reader gives them: cells in
 * the seller's UI language. Values are invented.
 */
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

const ROWS: [name: string, cells: Record<string, string>, expected: Partial<NoticeDraft>][] = [
  ['counterfeit without a test buy', {
    reason: 'Counterfeit without a Test Buy', date: 'May 8, 2024', title: 'Lumora Ceramic Pour-Over Set',
    asins: 'B0CLMR7X2Q', skus: 'LUM-POUR-01', action: 'Listing removed', nextStep: 'Submit new information', impact: 'High – Repeat violation',
  }, {
    category: 'counterfeit', action: 'listing-removed', receivedAt: day('2024-05-08'), asins: ['B0CLMR7X2Q'], skus: ['LUM-POUR-01'],
    titles: ['Lumora Ceramic Pour-Over Set'], subject: 'Counterfeit without a Test Buy', language: 'en',
  }],
  ['copyright', { reason: 'Copyright', date: 'November 20, 2026', title: 'Lumora Linen Tea Towels', asins: 'B0CLMR8Y3R B0CLMR9Z4S', action: 'Listing removed' }, {
    category: 'ip-complaint', ipType: 'copyright', action: 'listing-removed', asins: ['B0CLMR8Y3R', 'B0CLMR9Z4S'], receivedAt: day('2026-11-20'),
  }],
  ['trademark, no action yet', { reason: 'Trademark', date: 'Jan 3, 2026', title: 'Lumora Kettle', asins: 'B0CLMR7X2Q', action: '' }, {
    category: 'ip-complaint', ipType: 'trademark', action: 'warning',
  }],
  ['patent', { reason: 'Patent', date: '2026-02-14', asins: 'B0CLMR7X2Q', action: 'Listing deactivated' }, {
    category: 'ip-complaint', ipType: 'patent', action: 'listing-removed', receivedAt: day('2026-02-14'),
  }],
  ['the received-complaints category itself', { reason: 'Received Intellectual Property Complaints', date: 'May 8, 2024', asins: 'B0CLMR7X2Q', action: 'Listing removed' }, {
    category: 'ip-complaint', ipType: 'other',
  }],
  ['Amazon-detected text misuse', { reason: 'Potential Trademark Text Misuse', date: 'May 8, 2024', asins: 'B0CLMR7X2Q', action: 'Warning' }, {
    category: 'policy-warning', ipType: 'trademark', action: 'warning',
  }],
  ['a non-IP policy row', { reason: 'Product Safety: missing GPSR information', date: 'May 8, 2024', asins: 'B0CLMR7X2Q', action: 'Listing removed' }, {
    category: 'policy-warning', ipType: null, action: 'listing-removed',
  }],
  ['reinstated', { reason: 'Copyright', date: 'May 8, 2024', asins: 'B0CLMR7X2Q', action: 'Listing reinstated' }, { action: 'reinstated' }],
  ['Chinese UI: counterfeit', { reason: '假冒商品（不带测试购买）', date: '2026年6月10日', title: 'Lumora 陶瓷手冲咖啡套装', asins: 'B0CLMR7X2Q', action: '商品已移除', nextStep: '提交' }, {
    category: 'counterfeit', action: 'listing-removed', receivedAt: day('2026-06-10'), language: 'zh',
  }],
  ['Chinese UI: trademark', { reason: '商标', date: '2026年6月10日', title: 'Lumora 亚麻茶巾', asins: 'B0CLMR8Y3R', action: '商品已移除' }, {
    category: 'ip-complaint', ipType: 'trademark', action: 'listing-removed', language: 'zh',
  }],
  ['Chinese UI: copyright', { reason: '版权', date: '2026年6月10日', asins: 'B0CLMR8Y3R', action: '商品已移除' }, { ipType: 'copyright' }],
  ['German UI: trademark', { reason: 'Markenrecht', date: '8. Mai 2024', asins: 'B0CLMR8Y3R', action: 'Angebot entfernt' }, {
    category: 'ip-complaint', ipType: 'trademark', action: 'listing-removed', receivedAt: day('2024-05-08'),
  }],
  ['Japanese UI: patent', { reason: '特許', date: '2025年3月4日', asins: 'B0CLMR8Y3R', action: '出品を削除しました' }, {
    category: 'ip-complaint', ipType: 'patent', action: 'listing-removed', language: 'ja',
  }],
];

describe('noticeFromPolicyRow', () => {
  for (const [name, cells, expected] of ROWS) {
    it(name, () => {
      const draft = noticeFromPolicyRow(cells, 'US');
      expect(NoticeDraft.safeParse(draft).success).toBe(true);
      expect(draft).toMatchObject({ ...expected, senderIsAmazon: true, claimsAmazon: true, sender: null, marketplace: 'US', complaintIds: [] });
    });
  }

  it('gives null for an empty row and tolerates missing or odd cells', () => {
    expect(noticeFromPolicyRow({}, null)).toBeNull();
    expect(noticeFromPolicyRow({ reason: '', title: '', asins: '' }, null)).toBeNull();
    const odd = noticeFromPolicyRow({ reason: 'Copyright', asins: 'not-an-asin B0XXXXXXXX', date: 'yesterday' } as Record<string, string>, null);
    expect(odd).toMatchObject({ asins: [], receivedAt: null, marketplace: null });
  });
});
