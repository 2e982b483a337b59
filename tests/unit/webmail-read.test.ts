// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { PageRead } from '../../lib/model/page-read';
import { parseNotice } from '../../lib/notices';
import { readPage } from '../../lib/pages/read-page';
import { findPageKind } from '../../lib/pages/registry';
import { webmail } from '../../lib/pages/webmail';
import { fixture } from '../helpers/fixtures';

function load(html: string) {
  document.open();
  document.write(html);
  document.close();
}

function capture(url: string) {
  const parsed = new URL(url);
  return PageRead.parse(readPage(document, parsed, findPageKind(parsed), { keepHtml: true }));
}

const GMAIL = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmNnpqQ';
const OUTLOOK = 'https://outlook.live.com/mail/0/inbox/id/AQQkADAwATM0MDAAMS1hZjc';

describe('webmail reader', () => {
  it('stays a one-click page kind', () => {
    expect(webmail.auto).toBe(false);
    expect(findPageKind(new URL(GMAIL))?.id).toBe('webmail');
  });

  it('reads the open Gmail message: sender, subject, date and body', () => {
    load(fixture('pages/webmail-message.html'));
    const page = capture(GMAIL);
    expect(page.mail).toEqual({
      from: 'Amazon Seller Performance <notice-dispute@amazon.com>',
      replyTo: null,
      returnPath: null,
      subject: 'Your Amazon listing has been deactivated',
      date: 'Fri, Nov 20, 2026, 9:14 AM',
    });
    const body = page.fields.find((field) => field.name === 'mail.body')?.value ?? '';
    expect(body).toContain('Complaint ID: 98765432101');
    expect(body).not.toContain('Inbox');
    const draft = parseNotice({ text: body, origin: 'mail', mail: page.mail, links: page.links });
    expect(draft).toMatchObject({
      category: 'counterfeit', sender: 'notice-dispute@amazon.com', senderIsAmazon: true, complaintIds: ['98765432101'],
      asins: ['B0CLMR7X2Q', 'B0CLMR8Y3R'], receivedAt: Date.UTC(2026, 10, 20), rightsOwnerEmail: 'lumora.brand.ip@gmail.com',
    });
  });

  it('reads the open Outlook message by role and aria labels, not the message list', () => {
    load(fixture('pages/webmail-outlook-message.html'));
    const page = capture(OUTLOOK);
    expect(page.mail).toEqual({
      from: 'Amazon Seller Performance <notice-dispute@amazon.de>',
      replyTo: null,
      returnPath: null,
      subject: 'Notice: Policy Warning',
      date: 'Do, 19 Nov 2026 08:02',
    });
    const body = page.fields.find((field) => field.name === 'mail.body')?.value ?? '';
    expect(body).toContain('Beschwerde-ID: 8877665544');
    expect(body).not.toContain('Lumora Newsletter');
    const draft = parseNotice({ text: body, origin: 'mail', mail: page.mail, links: page.links });
    expect(draft).toMatchObject({
      category: 'ip-complaint', ipType: 'design', language: 'de', senderIsAmazon: true, marketplace: 'DE',
      receivedAt: Date.UTC(2026, 10, 19), complaintIds: ['8877665544'], rightsOwnerName: 'Lumora Design GmbH',
    });
  });

  it('gives nothing when no message is open, and does not throw on an empty page', () => {
    load('<!doctype html><html><body><div role="listbox"><div role="option">Lumora Newsletter</div></div></body></html>');
    expect(webmail.read!(document, new URL(OUTLOOK))).toEqual({});
    expect(webmail.read!(document, new URL(GMAIL))).toEqual({});
    load('<!doctype html><html><body></body></html>');
    expect(capture(GMAIL).mail).toBeNull();
  });

  it('takes the address from an Outlook sender whose aria-label has only the name', () => {
    load(`<div role="main"><div role="heading">Notice</div><div aria-label="Email message">
      <span aria-label="From: Amazon">Amazon &lt;notice@amazon.co.jp&gt;</span></div></div>`);
    expect(webmail.read!(document, new URL(OUTLOOK)).mail?.from).toBe('Amazon <notice@amazon.co.jp>');
  });
});
