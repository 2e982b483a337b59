// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { interpret } from '../../lib/interpret';
import { PageRead } from '../../lib/model/page-read';
import { parseNotice } from '../../lib/notices';
import { WEBMAIL_HOSTS } from '../../lib/hosts';
import { suspiciousLinks } from '../../lib/notices/links';
import { headerAddress as addressOf } from '../../lib/notices/sender';
import { readPage } from '../../lib/pages/read-page';
import { findPageKind } from '../../lib/pages/registry';
import { webmail } from '../../lib/pages/webmail';
import { fixture } from '../helpers/fixtures';
import { WEBMAIL_CASES } from '../helpers/webmail-cases';

function load(html: string) {
  document.open();
  document.write(html);
  document.close();
}

function capture(url: string, message?: number) {
  const parsed = new URL(url);
  return PageRead.parse(readPage(document, parsed, findPageKind(parsed), { keepHtml: true, message }));
}

const bodyOf = (page: PageRead) => page.fields.find((field) => field.name === 'mail.body')?.value ?? '';
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

const GMAIL = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmNnpqQ';
const OUTLOOK = 'https://outlook.live.com/mail/0/inbox/id/AQQkADAwATM0MDAAMS1hZjc';

describe('webmail page kind', () => {
  it('is one-click only, on every webmail host, https only', () => {
    expect(webmail.auto).toBe(false);
    for (const host of ['mail.google.com', 'outlook.live.com', 'outlook.office.com', 'outlook.office365.com', 'outlook.cloud.microsoft']) {
      expect(findPageKind(new URL(`https://${host}/mail/`))?.id).toBe('webmail');
      expect(findPageKind(new URL(`http://${host}/mail/`))?.id).toBeUndefined();
    }
    expect(findPageKind(new URL('https://outlook.cloud.microsoft.example/mail/'))?.id).toBeUndefined();
  });

  it('is a webmail sign-in page for the phishing-link check on every host, and a look-alike is not', () => {
    expect(WEBMAIL_HOSTS).toContain('outlook.cloud.microsoft');
    for (const host of WEBMAIL_HOSTS) expect(suspiciousLinks([{ href: `https://${host}/mail/signin`, text: 'Sign in' }])).toEqual([]);
    expect(suspiciousLinks([{ href: 'https://outlook.cloud.microsoft.example/signin', text: 'Sign in' }])).toHaveLength(1);
  });
});

describe.each(WEBMAIL_CASES)('$host ($language): $fixture', (testCase) => {
  it.each(testCase.messages.map((message, index) => ({ ...message, index })))('message $index: every field from that message ($sender)', (expected) => {
    load(fixture(testCase.fixture));
    const page = capture(testCase.url, expected.index);
    expect(page.pageKind).toBe('webmail');
    expect(page.mail).toMatchObject({ fromName: expected.name, subject: expected.subject, replyTo: null, returnPath: null });
    expect(page.mail?.from).toBe(`${expected.name} <${expected.sender}>`);

    const body = bodyOf(page);
    expect(body).toContain(expected.bodyWord);
    for (const other of testCase.messages) if (other !== testCase.messages[expected.index]) expect(body).not.toContain(other.bodyWord);
    // Links of this message's body only: never the mailbox's own, never another message's.
    const bodyLinks = Array.from(document.querySelectorAll('a[href]')).filter((a) => body.includes((a.textContent ?? '').trim()));
    expect(page.links.length).toBeLessThanOrEqual(bodyLinks.length);
    expect(page.links.map((link) => link.href).join(' ')).not.toMatch(/linen-deals|accounts\.google|seller-verify.*draft/);

    const rows = page.rows.filter((row) => row.kind === 'mail-message');
    expect(rows.map((row) => row.cells.address)).toEqual(testCase.messages.map((message) => message.sender));
    expect(rows.find((row) => row.cells.chosen === 'true')?.cells.index).toBe(String(expected.index));

    const [notice] = interpret(page).notices;
    expect(notice?.draft).toMatchObject({
      sender: expected.sender,
      senderIsAmazon: !expected.spoofed,
      receivedAt: day(expected.day),
      subject: expected.subject,
    });
    expect(notice!.draft.complaintIds).toContain(expected.complaintId);
    if (expected.spoofed) expect(notice!.draft.claimsAmazon).toBe(true);
  });

  it('offers the newest message first by default', () => {
    load(fixture(testCase.fixture));
    expect(capture(testCase.url).mail?.from).toContain(testCase.messages[0]!.sender);
    // A choice past the end reads the oldest, not nothing.
    expect(capture(testCase.url, 99).mail?.from).toContain(testCase.messages[testCase.messages.length - 1]!.sender);
  });
});

describe('webmail reader: what it must not read', () => {
  it('skips Gmail hidden copies and empty bodies, and a body span carrying an email attribute', () => {
    load(fixture('pages/webmail/gmail-thread-en.html'));
    const page = capture(GMAIL);
    const addresses = page.rows.map((row) => row.cells.address);
    expect(addresses).not.toContain('news@lumora-home.example'); // the hidden earlier view
    expect(addresses).not.toContain('seller-notification@amazon.com'); // collapsed, no body
    expect(page.mail?.from).not.toContain('notice-dispute@amazon.com');
    expect(page.mail?.subject).toBe('Action required: listings removed after a trademark complaint');
  });

  it('skips Outlook drafts and a hidden reading pane, and keeps buttons out of the subject', () => {
    load(fixture('pages/webmail/outlook-live-en-us.html'));
    const page = capture(OUTLOOK);
    expect(page.mail?.subject).toBe('Notice: Policy Warning');
    expect(bodyOf(page)).not.toContain('we already appealed');
    expect(bodyOf(page)).not.toContain('Sent: Tuesday'); // the quoted history after the message's own body
    load(fixture('pages/webmail/outlook-office-en-gb.html'));
    const uk = capture('https://outlook.office.com/mail/inbox/id/AAQkAGI2');
    expect(uk.mail?.subject).toBe('Your listings are at risk');
    expect(uk.rows.map((row) => row.cells.address)).not.toContain('accounts@lumora-home.example');
  });

  it('never takes the sender from the message body', () => {
    load(`<html lang="en"><body><div role="main"><h2 class="hP">Notice</h2>
      <div class="adn ads"><div class="ii gt"><div class="a3s aiL">Sent by <span class="gD" email="notice@amazon.com" name="Amazon">Amazon</span>. Complaint ID: 1234567890</div></div></div>
      </div></body></html>`);
    const page = capture(GMAIL);
    expect(page.mail?.from).toBeNull();
    expect(page.mail?.subject).toBe('Notice');
    expect(bodyOf(page)).toContain('Complaint ID');
  });

  it('takes the address the mail service shows after the display name, never one the name spells', () => {
    const outlook = (line: string) => {
      load(`<html lang="en-US"><body><div role="main"><span role="heading" id="CONV_1_SUBJECT">Notice</span>
        <div><div id="MSG_1_FROM">${line}</div><div id="UniqueMessageBody_1">We removed your listing. ASIN: B0CLMR7X2Q</div></div></div></body></html>`);
      return capture(OUTLOOK).mail;
    };
    // What lib/notices/sender.ts makes of the header we hand on is the address shown last.
    for (const line of ['notice@amazon.com &lt;x@evil.example&gt;', '&lt;notice@amazon.com&gt; &lt;x@evil.example&gt;', 'Amazon &lt;notice@amazon.com&gt; via Evil &lt;x@evil.example&gt;']) {
      expect(addressOf(outlook(line)?.from)).toBe('x@evil.example');
    }
    // A name alone (Outlook shows colleagues by name): no address, so no sender.
    expect(outlook('Amazon Seller Performance')).toMatchObject({ from: null, fromName: 'Amazon Seller Performance' });
    expect(outlook('notice@amazon.com')?.from).toBe('notice@amazon.com');
    // A display name cannot smuggle brackets into the header we hand on.
    expect(outlook('Amazon "&lt;notice@amazon.com&gt;" x &lt;x@evil.example&gt;')?.from).toBe('Amazon notice amazon.com x <x@evil.example>');
  });

  it('keeps a message whose card lost its sender line with the sender unknown, never a neighbour\'s', () => {
    load(`<html lang="en-US"><body><div role="main"><div>
      <div><div id="MSG_1_FROM">Amazon &lt;notice@amazon.com&gt;</div><div class="preview">collapsed</div></div>
      <div><div id="MSG_2_FROM">Other &lt;other@example.com&gt;</div></div>
      <div><div id="UniqueMessageBody_3">A body with no header of its own. ASIN: B0CLMR7X2Q</div></div>
    </div></div></body></html>`);
    const page = capture(OUTLOOK);
    expect(page.mail?.from).toBeNull();
    expect(bodyOf(page)).toContain('no header of its own');
  });

  it.each([
    ['en', 'From: Amazon <notice@amazon.com>'],
    ['de', 'Von: Amazon <notice@amazon.de>'],
    ['fr', 'De : Amazon <notice@amazon.fr>'],
    ['es', 'De: Amazon <notice@amazon.es>'],
    ['it', 'Da: Amazon <notice@amazon.it>'],
    ['ja', '差出人: Amazon <notice@amazon.co.jp>'],
    ['zh', '发件人: 亚马逊 <notice@amazon.cn>'],
    ['zh-TW', '寄件者: Amazon <notice@amazon.com>'],
    ['nl', 'Van: Amazon <notice@amazon.nl>'],
    ['pl', 'Od: Amazon <notice@amazon.pl>'],
    ['sv', 'Från: Amazon <notice@amazon.se>'],
    ['tr', 'Kimden: Amazon <notice@amazon.com.tr>'],
    ['ar', 'من: Amazon <notice@amazon.ae>'],
  ])('falls back to the %s "From" label when the ids are missing', (lang, label) => {
    const escaped = label.replace(/</g, '&lt;').replace(/>/g, '&gt;');
    load(`<html lang="${lang}"><body><div role="main"><div role="heading">Notice<button>Summarize</button></div>
      <div class="card"><span aria-label="${escaped}">${escaped}</span><div role="document" aria-label="x">ASIN: B0CLMR7X2Q</div></div>
      </div></body></html>`);
    const page = capture(OUTLOOK);
    expect(page.mail?.from).toBe(`${label.slice(label.search(/[:：]/) + 1).trim()}`);
    expect(page.mail?.subject).toBe('Notice');
  });

  it('gives nothing when no message is open, and does not throw on an empty page', () => {
    load('<!doctype html><html><body><div role="listbox"><div role="option">Lumora Newsletter</div></div></body></html>');
    expect(webmail.read!(document, new URL(OUTLOOK))).toEqual({});
    expect(webmail.read!(document, new URL(GMAIL))).toEqual({});
    load('<!doctype html><html><body></body></html>');
    expect(capture(GMAIL).mail).toBeNull();
    expect(capture(GMAIL).links).toEqual([]);
  });
});

describe('webmail reader: the older fixtures', () => {
  it('reads the open Gmail message: sender, subject, date and body', () => {
    load(fixture('pages/webmail-message.html'));
    const page = capture(GMAIL);
    expect(page.mail).toEqual({
      from: 'Amazon Seller Performance <notice-dispute@amazon.com>',
      fromName: 'Amazon Seller Performance',
      replyTo: null,
      returnPath: null,
      subject: 'Your Amazon listing has been deactivated',
      date: 'Fri, Nov 20, 2026, 9:14 AM',
    });
    const body = bodyOf(page);
    expect(body).toContain('Complaint ID: 98765432101');
    expect(body).not.toContain('Inbox');
    const draft = parseNotice({ text: body, origin: 'mail', mail: page.mail, links: page.links });
    expect(draft).toMatchObject({
      category: 'counterfeit', sender: 'notice-dispute@amazon.com', senderIsAmazon: true, complaintIds: ['98765432101'],
      asins: ['B0CLMR7X2Q', 'B0CLMR8Y3R'], receivedAt: Date.UTC(2026, 10, 20), rightsOwnerEmail: 'lumora.brand.ip@gmail.com',
    });
  });

  it('reads the open Outlook message by its "From:" label when the build has no ids', () => {
    load(fixture('pages/webmail-outlook-message.html'));
    const page = capture(OUTLOOK);
    expect(page.mail).toEqual({
      from: 'Amazon Seller Performance <notice-dispute@amazon.de>',
      fromName: 'Amazon Seller Performance',
      replyTo: null,
      returnPath: null,
      subject: 'Notice: Policy Warning',
      date: 'Do, 19 Nov 2026 08:02',
    });
    const body = bodyOf(page);
    expect(body).toContain('Beschwerde-ID: 8877665544');
    expect(body).not.toContain('Lumora Newsletter');
    expect(page.links.map((link) => link.href)).toEqual(['https://sellercentral-europe.amazon.com/performance/dashboard']);
    const draft = parseNotice({ text: body, origin: 'mail', mail: page.mail, links: page.links, lang: page.lang });
    expect(draft).toMatchObject({
      category: 'ip-complaint', ipType: 'design', language: 'de', senderIsAmazon: true, marketplace: 'DE',
      receivedAt: Date.UTC(2026, 10, 19), complaintIds: ['8877665544'], rightsOwnerName: 'Lumora Design GmbH',
    });
  });
});
