// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { interpret } from '../../lib/interpret';
import { PageRead } from '../../lib/model/page-read';
import { readPage } from '../../lib/pages/read-page';
import { readVisibleText, type TextStrategy } from '../../lib/pages/read-text';
import { findPageKind } from '../../lib/pages/registry';
import { fixture } from '../helpers/fixtures';

/**
 * The two text strategies of lib/pages/read-text.ts. `layout` runs in Chromium (content script,
 * page reader); happy-dom has innerText too, so its composition is tested here, and the e2e
 * (tests/e2e/capture.test.ts, listing-state.test.ts) reads real pages with it. happy-dom's
 * innerText differs from Chromium's in places (it keeps `[hidden]` content), so these tests only
 * rely on what both do: text, inline `display:none` left out.
 */

async function load(html: string) {
  document.open();
  document.write(html);
  document.close();
  await (window as unknown as { happyDOM: { waitUntilComplete(): Promise<void> } }).happyDOM.waitUntilComplete();
}

const layout = () => readVisibleText(document.body, 1_000_000, 'layout');
const walk = () => readVisibleText(document.body, 1_000_000, 'walk');
const wordsOf = (text: string) => new Set(text.split(/[\s,.:;()]+/).filter(Boolean));

describe('layout strategy', () => {
  beforeEach(() => load('<!doctype html><html><body></body></html>'));

  it('reads the light DOM through innerText, leaving out what CSS hides', () => {
    document.body.innerHTML = '<h1>Account Health</h1><p>Rating <b>At</b> risk</p><div style="display:none">Never shown</div><script>var secret = 1;</script>';
    const { text } = layout();
    expect(text).toContain('Account Health');
    expect(text).toContain('Rating At risk');
    expect(text).not.toContain('Never shown');
    expect(text).not.toContain('secret');
  });

  it('appends Katal attribute text as lines and keeps the Katal entries, value property first', () => {
    document.body.innerHTML =
      '<p>Page</p><kat-badge label="At Risk"></kat-badge><kat-alert header="Action required" description="Your listing  was\nremoved"></kat-alert>' +
      '<kat-input name="item_name-0-value" value="Old" disabled></kat-input><kat-icon name="lock"></kat-icon>' +
      '<kat-table><kat-table-row><kat-table-cell label="not read">Cell words</kat-table-cell></kat-table-row></kat-table>';
    (document.querySelector('kat-input') as HTMLElement & { value: string }).value = 'New title';
    const { text, katal } = layout();
    const lines = text.split('\n');
    expect(lines).toContain('At Risk');
    expect(lines).toContain('Action required Your listing was removed');
    expect(lines).toContain('New title');
    expect(text).toContain('Cell words');
    expect(text).not.toContain('not read'); // Katal table elements lay out; their words are their children
    expect(katal).toEqual([
      { tag: 'kat-badge', label: 'At Risk' },
      { tag: 'kat-alert', header: 'Action required', description: 'Your listing  was\nremoved' },
      { tag: 'kat-input', name: 'item_name-0-value', value: 'New title', disabled: true },
      { tag: 'kat-icon', name: 'lock' },
    ]);
    expect(text.indexOf('Page')).toBeLessThan(text.indexOf('At Risk')); // the page's own text first
  });

  it('reads open shadow roots (innerText does not), at any depth, without repeating Katal attribute text', () => {
    document.body.innerHTML = '<sc-help-panel id="host"><span>Slotted words</span></sc-help-panel><kat-label text="Rights owner"></kat-label><sc-panel id="hidden" style="display:none"></sc-panel>';
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<style>.x{color:red}</style><p>Inside the shadow root</p><sc-inner></sc-inner><kat-link label="Learn more"></kat-link>';
    shadow.querySelector('sc-inner')!.attachShadow({ mode: 'open' }).innerHTML = '<p>Two roots deep</p>';
    document.querySelector('kat-label')!.attachShadow({ mode: 'open' }).innerHTML = '<span>Rights owner</span>';
    document.getElementById('hidden')!.attachShadow({ mode: 'open' }).innerHTML = '<p>Host not rendered</p>';
    const { text, katal } = layout();
    expect(text).toContain('Inside the shadow root');
    expect(text).toContain('Two roots deep');
    expect(text).toContain('Learn more');
    expect(text).not.toContain('color:red');
    expect(text).not.toContain('Host not rendered');
    expect(text.match(/Rights owner/g)).toHaveLength(1);
    expect(katal).toContainEqual({ tag: 'kat-link', label: 'Learn more' });
  });

  it('reads a same-origin iframe body: the Performance Notification message', async () => {
    await load(fixture('pages/performance-notification-message.html'));
    const { text } = layout();
    expect(text).toContain('Complaint ID: 1472583690');
    expect(text).toContain('-- ipteam@lumora-official.co.uk');
  });
});

describe('layout strategy, rows a page kind reads itself (rowsOwn)', () => {
  beforeEach(() => load('<!doctype html><html><body></body></html>'));

  it('leaves the rows out of the page-wide Katal scan and reads on after them', () => {
    document.body.innerHTML = [
      '<kat-alert header="Before the table"></kat-alert>',
      '<kat-table><kat-table-body>',
      '<kat-table-row><kat-table-cell>B0CLMR7X2Q</kat-table-cell><kat-table-cell><kat-badge label="Inactive"></kat-badge></kat-table-cell></kat-table-row>',
      '<kat-table-row><kat-table-cell><div><kat-badge label="Search Suppressed"></kat-badge></div></kat-table-cell></kat-table-row>',
      '</kat-table-body></kat-table>',
      '<div><kat-alert header="After the table"></kat-alert></div>',
    ].join('');
    const skipping = readVisibleText(document.body, 1_000_000, 'layout', 'kat-table-row');
    expect(skipping.text).toContain('Before the table');
    expect(skipping.text).toContain('After the table');
    // Each row is one line of the page text, its words and Katal text as the row reader reads them.
    expect(skipping.text.split('\n')).toContain('B0CLMR7X2Q Inactive');
    expect(skipping.text.split('\n')).toContain('Search Suppressed');
    expect(skipping.katal.map((entry) => entry.header ?? entry.label)).toEqual(['Before the table', 'After the table']);
    expect(layout().text).toContain('Search Suppressed');
  });

  it('ends when the last element of the page is a skipped row', () => {
    document.body.innerHTML = '<kat-alert header="Only this"></kat-alert><kat-table-row><kat-badge label="Active"></kat-badge></kat-table-row>';
    expect(readVisibleText(document.body, 1_000_000, 'layout', 'kat-table-row').katal).toEqual([{ tag: 'kat-alert', header: 'Only this' }]);
  });
});

describe('walk and layout give the interpreters the same information', () => {
  const PAGES: [fixture: string, url: string][] = [
    ['account-health-dashboard.html', 'https://sellercentral.amazon.com/performance/dashboard'],
    ['performance-notification-message.html', 'https://sellercentral.amazon.com/performance/notifications'],
    ['performance-notification-retraction.html', 'https://sellercentral.amazon.com/performance/notifications'],
    ['product-policies-en.html', 'https://sellercentral.amazon.com/performance/account/health/product-policies'],
    ['inventory-katal.html', 'https://sellercentral.amazon.com/myinventory/inventory'],
    ['listing-editor.html', 'https://sellercentral.amazon.com/abis/listing/edit?sku=LUM-POUR-01&asin=B0CLMR7X2Q'],
    ['brand-registry.html', 'https://brandregistry.amazon.com/brands'],
  ];

  for (const [name, href] of PAGES) {
    it(name, async () => {
      await load(fixture(`pages/${name}`));
      const url = new URL(href);
      const read = (text: TextStrategy) => PageRead.parse(readPage(document, url, findPageKind(url), { text }));
      const byWalk = read('walk');
      const byLayout = read('layout');
      // The same words. As substrings: happy-dom's innerText runs undefined custom elements and
      // <br> together ("StatusAdministrator"; Chromium breaks at <br> and at Katal's own
      // block/table layout), and it keeps [hidden] text, so layout may have more.
      // A kind that reads its rows itself (rowsOwn: inventory) has the Katal words of its rows
      // there, not again in the text.
      const rowText = JSON.stringify(byLayout.rows);
      const missing = [...wordsOf(byWalk.text)].filter((word) => !byLayout.text.includes(word) && !rowText.includes(word));
      expect(missing).toEqual([]);
      // ...nor Katal entries for the elements in its rows.
      if (findPageKind(url)?.rowsOwn) expect(byWalk.katal).toEqual(expect.arrayContaining(byLayout.katal));
      else expect(byLayout.katal).toEqual(expect.arrayContaining(byWalk.katal));
      expect(byLayout.rows).toEqual(byWalk.rows); // structured readers do not depend on the strategy
      const [a, b] = [interpret(byWalk), interpret(byLayout)];
      expect(b.status).toBe(a.status);
      expect(b.notices.map((notice) => notice.draft)).toEqual(a.notices.map((notice) => notice.draft));
      expect(b.listings).toEqual(a.listings);
    });
  }

  it('readPage walks by default (unit tests, the CLI) and reads by layout only when asked', () => {
    document.body.innerHTML = '<p>Shown</p><div style="display: none">Hidden by a rule the walk does not read</div><p class="x">Styled</p><style>.x{display:none}</style>';
    const url = new URL('https://sellercentral.amazon.com/performance/dashboard');
    expect(readPage(document, url, findPageKind(url)).text).toContain('Styled');
    expect(readPage(document, url, findPageKind(url), { text: 'layout' }).text).not.toContain('Styled');
  });
});

describe('walk strategy', () => {
  it('puts Katal attribute text where the element is', () => {
    document.body.innerHTML = '<p>Before</p><kat-badge label="At Risk"></kat-badge><p>After</p>';
    expect(walk().text).toBe('Before\n At Risk \nAfter'.replace(/ ?\n ?/g, '\n'));
  });
});
