// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '../../components/i18n';
import { App } from '../../entrypoints/popup/App';
import { ingest } from '../../lib/background/ingest';
import { database } from '../../lib/db';
import type { Flag } from '../../lib/model/flag';
import { pageRead } from '../helpers/reads';
import { until } from '../helpers/until';

function mount() {
  const root = document.createElement('main');
  document.body.append(root);
  render(
    <I18nProvider>
      <App />
    </I18nProvider>,
    root,
  );
  return root;
}

describe('popup', () => {
  beforeEach(async () => {
    await database().delete();
    await database().open();
    document.body.innerHTML = '';
  });
  afterEach(() => render(null, document.body));

  it('tells a new user where to go first', async () => {
    const root = mount();
    await until(() => root.textContent!.includes('Nothing captured yet'), 'empty state');
    const links = [...root.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).toContain('https://sellercentral.amazon.com/performance/dashboard');
    expect(links).toContain('https://sellercentral.amazon.com/performance/notifications');
  });

  it('lists the latest captures with kind, marketplace and whether they were recognised', async () => {
    await ingest(database(), { read: pageRead(), source: 'auto', now: Date.UTC(2026, 10, 20, 9, 0) });
    await ingest(database(), {
      read: pageRead({ pageKind: 'unknown', url: 'https://shop.example/x', title: '<img src=x onerror=alert(1)>', marketplace: null }),
      source: 'click',
      now: Date.UTC(2026, 10, 21, 9, 0),
    });
    const root = mount();
    await until(() => root.querySelectorAll('.capture').length === 2, 'two captures');
    const items = [...root.querySelectorAll('.capture')].map((li) => li.textContent);
    expect(items[0]).toContain('Other page');
    expect(items[0]).toContain('not recognised');
    expect(items[0]).toContain('one-click capture');
    expect(items[1]).toContain('Account Health');
    expect(items[1]).toContain('US');
    expect(items[1]).toContain('recognised');
    // Captured text is shown as text, never parsed as HTML.
    expect(root.querySelector('img')).toBeNull();
    expect(items[0]).toContain('<img src=x onerror=alert(1)>');
  });

  it('shows a webmail capture\'s sender and subject as text, and marks one whose sender was not found, in both languages', async () => {
    const mail = (from: string | null, subject: string) => ({ from, fromName: 'Amazon', replyTo: null, returnPath: null, subject, date: 'Thu 9/17/2026 2:52 PM' });
    const webmailRead = (from: string | null, subject: string) =>
      pageRead({ pageKind: 'webmail', url: `https://outlook.live.com/mail/0/inbox/id/${subject.length}`, marketplace: null, mail: mail(from, subject), text: subject });
    await ingest(database(), { read: webmailRead('Amazon <notice@amazon.com>', 'Policy <b>Warning</b>'), source: 'click', now: Date.UTC(2026, 10, 20, 9, 0) });
    await ingest(database(), { read: webmailRead(null, 'Forwarded notice'), source: 'click', now: Date.UTC(2026, 10, 21, 9, 0) });
    const root = mount();
    await until(() => root.querySelectorAll('.capture').length === 2, 'two captures');
    const [noSender, withSender] = [...root.querySelectorAll('.capture')].map((li) => li.textContent ?? '');
    expect(withSender).toContain('From Amazon <notice@amazon.com> · Policy <b>Warning</b>');
    expect(withSender).not.toContain('sender not found');
    expect(noSender).toContain('sender not found: check who sent it');
    expect(root.querySelector('b')).toBeNull();
    render(null, document.body);
    document.body.innerHTML = '';
    await database().settings.put({ key: 'language', value: 'zh' });
    const zh = mount();
    await until(() => zh.textContent!.includes('未找到发件人：请核实是谁发的'), 'the Chinese mark');
  });

  it('speaks Simplified Chinese when the seller chooses it', async () => {
    await database().settings.put({ key: 'language', value: 'zh' });
    await ingest(database(), { read: pageRead(), source: 'auto', now: Date.UTC(2026, 10, 20, 9, 0) });
    const root = mount();
    await until(() => root.textContent!.includes('账户状况'), 'Chinese popup');
    expect(root.textContent).toContain('保存此页面');
    // The latest captures come by their own query, after the first frame.
    await until(() => !!root.querySelector('.capture')?.textContent!.includes('已识别'), 'the capture, in Chinese');
    expect(document.documentElement.lang).toBe('zh-CN');
  });

  it('shows the tiles from all open flags but lists only the most urgent, pointing to the rest', async () => {
    await ingest(database(), { read: pageRead(), source: 'auto', now: Date.UTC(2026, 10, 20, 9, 0) });
    const flag = (i: number, kind: Flag['kind'], severity: Flag['severity'], state: Flag['state'] = 'open'): Flag => ({
      key: `${kind}:B0AAAAAA${String(i).padStart(2, '0')}@US`,
      kind,
      severity,
      subject: { asin: `B0AAAAAA${String(i).padStart(2, '0')}`, marketplace: 'US' },
      marketplace: 'US',
      account: null,
      reasons: ['notice-removed-listing'],
      findings: [{ reason: 'notice-removed-listing', facts: { asin: `B0AAAAAA${String(i).padStart(2, '0')}` } }],
      evidence: ['c'],
      firstSeen: 1_000 + i,
      lastSeen: 1_000 + i,
      resolvedBy: null,
      state,
      stateChangedAt: 1,
      acknowledgedLastSeen: null,
    });
    await database().flags.bulkPut([
      ...Array.from({ length: 10 }, (_, i) => flag(i, 'listing-takedown', i < 3 ? 'high' : 'medium')),
      flag(20, 'hijacked-brand-control', 'medium'),
      flag(21, 'suspicious-complainant', 'low'),
      flag(22, 'suspicious-complainant', 'high', 'resolved'),
    ]);
    const root = mount();
    await until(() => root.querySelectorAll('.flag').length > 0, 'the flags');
    const tiles = Object.fromEntries([...root.querySelectorAll('.tile')].map((tile) => [tile.getAttribute('data-tile'), `${tile.querySelector('.tile-count')!.textContent} ${tile.querySelector('.tile-severity')!.textContent}`]));
    expect(tiles).toEqual({ 'brand-control': '1 Medium', takedowns: '10 High', complainants: '1 Low', 'follow-sellers': '0 All clear' });
    const shown = [...root.querySelectorAll('.flag')];
    expect(shown).toHaveLength(8);
    expect(shown.slice(0, 3).every((item) => item.classList.contains('severity-high'))).toBe(true);
    expect(root.querySelector('.more-flags')!.textContent).toBe('4 more open flags in the dashboard');
  });

  it('dates a follow-seller by its first day on the listing, in both languages', async () => {
    const followSeller: Flag = {
      key: 'follow-seller:B0CLMR7X2Q@US;seller=A1QUICKDEALS77',
      kind: 'follow-seller',
      severity: 'high',
      subject: { asin: 'B0CLMR7X2Q', marketplace: 'US', sellerId: 'A1QUICKDEALS77' },
      marketplace: 'US',
      account: null,
      reasons: ['unauthorized-seller'],
      findings: [{ reason: 'unauthorized-seller', facts: { asin: 'B0CLMR7X2Q', sellerId: 'A1QUICKDEALS77', firstSeen: '2026-11-25' } }],
      evidence: ['c'],
      firstSeen: Date.UTC(2026, 10, 25, 12),
      lastSeen: Date.UTC(2026, 11, 1, 12),
      resolvedBy: null,
      state: 'open',
      stateChangedAt: 1,
      acknowledgedLastSeen: null,
    };
    const takedown: Flag = { ...followSeller, key: 'listing-takedown:B0CLMR7X2Q@US', kind: 'listing-takedown', subject: { asin: 'B0CLMR7X2Q', marketplace: 'US' }, reasons: ['notice-removed-listing'], findings: [{ reason: 'notice-removed-listing', facts: { asin: 'B0CLMR7X2Q' } }] };
    await ingest(database(), { read: pageRead(), source: 'auto', now: Date.UTC(2026, 10, 20, 9, 0) });
    await database().flags.bulkPut([followSeller, takedown]);
    const dates = async () => {
      const root = mount();
      await until(() => root.querySelectorAll('.flag').length === 2, 'the flags');
      const byKind = Object.fromEntries([...root.querySelectorAll('.flag')].map((item) => [item.getAttribute('data-flag-key')!.split(':')[0], item.querySelector('.flag-date')!.textContent]));
      render(null, root);
      root.remove();
      return byKind;
    };
    expect(await dates()).toEqual({ 'follow-seller': 'First seen Nov 25, 2026 · Evidence from Dec 1, 2026', 'listing-takedown': 'Evidence from Dec 1, 2026' });
    await database().settings.put({ key: 'language', value: 'zh' });
    expect(await dates()).toEqual({ 'follow-seller': '首次发现：2026年11月25日 · 证据日期：2026年12月1日', 'listing-takedown': '证据日期：2026年12月1日' });
  });
});
