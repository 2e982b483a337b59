// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { PageRead } from '../../lib/model/page-read';
import { readPage } from '../../lib/pages/read-page';
import { findPageKind } from '../../lib/pages/registry';
import { fixture } from '../helpers/fixtures';

function load(html: string) {
  document.open();
  document.write(html);
  document.close();
}

function read(url: string, keepHtml = false) {
  const parsed = new URL(url);
  return PageRead.parse(readPage(document, parsed, findPageKind(parsed), { keepHtml }));
}

describe('readPage', () => {
  beforeEach(() => load('<!doctype html><html><body></body></html>'));

  it('reads the visible text, Katal attributes and marketplace of Account Health', () => {
    load(fixture('pages/account-health-dashboard.html'));
    const page = read('https://sellercentral.amazon.com/performance/dashboard');
    expect(page.pageKind).toBe('account-health');
    expect(page.marketplace).toBe('US');
    expect(page.title).toBe('Account Health');
    expect(page.lang).toBe('en-US');
    expect(page.text).toContain('Received Intellectual Property Complaints');
    expect(page.text).toContain('Account Health Rating');
    expect(page.text).toContain('A listing was removed after a rights owner complaint');
    expect(page.text).not.toContain('Hidden template text');
    expect(page.text).not.toContain('__ahd');
    expect(page.katal).toContainEqual(expect.objectContaining({ tag: 'kat-badge', label: 'At Risk' }));
    expect(page.katal).toContainEqual(expect.objectContaining({ tag: 'kat-alert', header: 'Action required' }));
    expect(page.html).toBeNull();
  });

  it('reads text inside open shadow roots but does not repeat Katal attribute text', () => {
    document.body.innerHTML = '<div id="host"></div><kat-label text="Rights owner"></kat-label>';
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<style>.x{color:red}</style><p>Inside the shadow root</p>';
    const label = document.querySelector('kat-label')!.attachShadow({ mode: 'open' });
    label.innerHTML = '<span>Rights owner</span>';
    const page = read('https://sellercentral.amazon.com/performance/dashboard');
    expect(page.text).toContain('Inside the shadow root');
    expect(page.text).not.toContain('color:red');
    expect(page.text.match(/Rights owner/g)).toHaveLength(1);
  });

  it('reads a same-origin iframe such as the Performance Notification body', async () => {
    load(fixture('pages/performance-notification-message.html'));
    await (window as unknown as { happyDOM: { waitUntilComplete(): Promise<void> } }).happyDOM.waitUntilComplete();
    const page = read('https://sellercentral.amazon.com/performance/notifications');
    expect(page.pageKind).toBe('performance-notifications');
    expect(page.text).toContain('November 20, 2026');
    expect(page.text).toContain('Complaint ID: 1472583690');
    expect(page.text).toContain('-- ipteam@lumora-official.co.uk');
  });

  it('reads the Katal value property over the attribute (the field the seller edited)', () => {
    document.body.innerHTML = '<kat-input name="item_name-0-value" value="Old title"></kat-input>';
    (document.querySelector('kat-input') as HTMLElement & { value: string }).value = 'New title';
    const page = read('https://sellercentral.amazon.com/performance/dashboard');
    expect(page.katal).toContainEqual(expect.objectContaining({ name: 'item_name-0-value', value: 'New title' }));
  });

  it('keeps capped HTML and links for one-click captures', () => {
    load(fixture('pages/webmail-message.html'));
    const page = read('https://mail.google.com/mail/u/0/#inbox/abc', true);
    expect(page.pageKind).toBe('webmail');
    expect(page.html).toContain('Your Amazon listing has been deactivated');
    expect(page.text).toContain('lumora.brand.ip@gmail.com');
  });

  it('reads an unknown page as unknown, not as nothing', () => {
    document.body.innerHTML = '<p>Some shop</p>';
    const page = read('https://shop.example/product/1');
    expect(page.pageKind).toBe('unknown');
    expect(page.text).toBe('Some shop');
  });
});
