import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PageRead } from '../../lib/model/page-read';
import { parseNotice } from '../../lib/notices';
import { readEml } from '../../lib/notices/eml';
import { anchorsOf, htmlToText } from '../../lib/notices/html-text';
import { readPastedText } from '../../lib/notices/paste';

const DIR = join(process.cwd(), 'tests', 'fixtures', 'notices');
const eml = (name: string) => readFileSync(join(DIR, name), 'utf8');

describe('readEml', () => {
  it('every .eml fixture says where its shape was seen and reads as a valid PageRead', async () => {
    for (const name of readdirSync(DIR).filter((file) => file.endsWith('.eml'))) {
      expect(eml(name), name).toMatch(/^X-Fixture-Source: .+$/m);
      const read = await readEml(eml(name));
      expect(PageRead.safeParse(read).success, name).toBe(true);
      expect(read.pageKind).toBe('eml');
    }
  });

  it('keeps sender, subject, date and the text part of a multipart mail', async () => {
    const read = await readEml(eml('en-genuine-takedown.eml'));
    expect(read.url).toBe('eml:0102018f-lumora-fixture-0001@email.amazon.co.uk');
    expect(read.title).toBe('Notice: Policy Warning');
    expect(read.mail).toEqual({
      from: 'Amazon Seller Performance <notice-dispute@amazon.co.uk>',
      fromAddress: 'notice-dispute@amazon.co.uk',
      replyTo: null,
      returnPath: '0102018fbounce-lumora@bounces.amazon.co.uk',
      subject: 'Notice: Policy Warning',
      date: '2026-11-20T09:14:00.000Z',
    });
    expect(read.text).toContain('rights owner’s trademark'); // quoted-printable decoded
    expect(read.links).toEqual([
      { href: 'https://sellercentral.amazon.co.uk/performance/dashboard?ref=ah_em_mpa', text: 'Account Health' },
      { href: 'https://sellercentral.amazon.co.uk/gp/help/201361070', text: 'read the policy' },
    ]);
    const draft = parseNotice({ text: read.text, origin: 'mail', mail: read.mail, links: read.links });
    expect(draft).toMatchObject({
      category: 'ip-complaint', ipType: 'trademark', complaintIds: ['1472583690'], marketplace: 'UK',
      receivedAt: Date.parse('2026-11-20T09:14:00Z'), subject: 'Notice: Policy Warning', senderIsAmazon: true,
    });
  });

  it('turns an HTML-only mail into text without a DOM', async () => {
    const read = await readEml(eml('en-retraction-html-only.eml'));
    expect(read.text.startsWith('Hello,')).toBe(true);
    expect(read.text).toContain('We’re writing');
    expect(read.text).toContain('ASIN: B0CLMR7X2Q');
    expect(read.text).not.toContain('color');
    expect(read.text).not.toContain('ignored');
    const draft = parseNotice({ text: read.text, origin: 'mail', mail: read.mail, links: read.links });
    expect(draft).toMatchObject({ category: 'retraction', action: 'reinstated', complaintIds: ['1472583690'], senderIsAmazon: true });
  });

  it('decodes base64 bodies and encoded-word headers (Chinese notice)', async () => {
    const read = await readEml(eml('zh-copyright-base64.eml'));
    expect(read.mail?.from).toBe('亚马逊卖家绩效团队 <seller-performance-policy@amazon.com>');
    expect(read.mail?.subject).toBe('通知：政策警告');
    expect(read.mail?.date).toBe('2026-12-05T18:10:00.000Z');
    const draft = parseNotice({ text: read.text, origin: 'mail', mail: read.mail, links: read.links });
    expect(draft).toMatchObject({
      language: 'zh', category: 'ip-complaint', ipType: 'copyright', complaintIds: ['2468135790'],
      rightsOwnerEmail: 'lumora.copyright.team@gmail.com', complainantDomain: 'gmail.com', senderIsAmazon: true,
    });
  });

  it('reads what it can of a truncated mail', async () => {
    const read = await readEml(eml('damaged-truncated.eml'));
    expect(read.mail).toMatchObject({ from: 'Amazon <notice@amazon.com>', subject: 'Notice: Policy Warning' });
    expect(read.text).toContain('Complaint ID: 1230984567');
  });

  it('never throws: a file postal-mime rejects is read as headers plus raw text', async () => {
    // Nesting deeper than the parser allows makes postal-mime reject the file.
    let nested = 'Hello,\nWe removed some of your listings.\nASIN: B0CLMR7X2Q\n';
    for (let depth = 0; depth < 60; depth++) {
      nested = `Content-Type: multipart/mixed; boundary="b${depth}"\n\n--b${depth}\n${nested}\n--b${depth}--\n`;
    }
    const raw = `From: Amazon <notice@amazon.com>\nSubject: Deep\nDate: Mon, 07 Dec 2026 10:00:00 +0000\nMIME-Version: 1.0\n${nested}`;
    const read = await readEml(raw);
    expect(PageRead.safeParse(read).success).toBe(true);
    expect(read.mail).toMatchObject({ from: 'Amazon <notice@amazon.com>', subject: 'Deep' });
    expect(read.text).toContain('ASIN: B0CLMR7X2Q');
  });

  it('accepts an ArrayBuffer and survives binary garbage and an empty file', async () => {
    const bytes = new TextEncoder().encode(eml('en-genuine-takedown.eml'));
    expect((await readEml(bytes.buffer.slice(0) as ArrayBuffer)).mail?.subject).toBe('Notice: Policy Warning');
    const garbage = new Uint8Array(4_096).map((_, i) => (i * 7919) % 256).buffer;
    expect(PageRead.safeParse(await readEml(garbage)).success).toBe(true);
    expect(PageRead.safeParse(await readEml('')).success).toBe(true);
  });
});

describe('htmlToText and anchorsOf', () => {
  it('ends lines at block tags, decodes entities and drops scripts, styles and comments', () => {
    expect(htmlToText('<p>A&nbsp;&amp;&#8217;&#x2019;</p><script>x<1</script><!-- c --><div>B<br>C</div><table><tr><td>D</td><td>E</td></tr></table>')).toBe('A &’’\n\nB\nC\n\nD E');
  });

  // How long this takes is `npm run bench`'s "adversarial html mail" figure (unclosed tags, scripts and comments).
  it('returns on unclosed tags and comments, keeping the links it could read', () => {
    const hostile = '<a href="https://x.example">'.repeat(20_000) + '<script>'.repeat(20_000) + '<!--'.repeat(20_000) + '<p'.repeat(20_000);
    expect(typeof htmlToText(hostile)).toBe('string');
    expect(anchorsOf(hostile).length).toBeGreaterThan(0);
  });
});

describe('readPastedText', () => {
  it('builds a paste read with a stable hash in its URL and the URLs in the text as links', () => {
    const text = 'Hello,\r\nWe removed your listing.\r\nAppeal: https://sellercentral.amazon.com/performance/dashboard.';
    const read = readPastedText(text, 1_790_000_000_000);
    expect(PageRead.safeParse(read).success).toBe(true);
    expect(read).toMatchObject({ pageKind: 'paste', title: 'Hello,', mail: null, html: null });
    expect(read.url).toMatch(/^paste:1790000000000-[0-9a-f]{8}$/);
    expect(read.text).not.toContain('\r');
    expect(read.links).toEqual([{ href: 'https://sellercentral.amazon.com/performance/dashboard', text: '' }]);
    expect(readPastedText(text, 1).url.split('-')[1]).toBe(read.url.split('-')[1]);
  });
});
