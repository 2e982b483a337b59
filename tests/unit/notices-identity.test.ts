// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { noticeIdentity, parseNotice } from '../../lib/notices';
import { identityText, smallestComplaintId } from '../../lib/notices/identity';
import { readPage } from '../../lib/pages/read-page';
import { findPageKind } from '../../lib/pages/registry';

const FIXTURES = join(process.cwd(), 'tests', 'fixtures');

function pasted(name: string): string {
  const lines = readFileSync(join(FIXTURES, 'notices', name), 'utf8').split('\n');
  let start = 0;
  while (lines[start]?.startsWith('# ')) start++;
  return lines.slice(start).join('\n');
}

function pageText(name: string, url: string): string {
  document.open();
  document.write(readFileSync(join(FIXTURES, 'pages', name), 'utf8'));
  document.close();
  const parsed = new URL(url);
  return readPage(document, parsed, findPageKind(parsed)).text;
}

describe('noticeIdentity', () => {
  it('is the smallest complaint ID, by number not by string', () => {
    expect(noticeIdentity({ complaintIds: ['98765432101', '123456789', '5000000000'] }, 'anything')).toBe('complaint:123456789');
    expect(smallestComplaintId(['0000123456', '99999999'])).toBe('0000123456');
    expect(smallestComplaintId([])).toBeNull();
  });

  it('gives the same text identity to a notice pasted and the same notice captured from a page', async () => {
    const text = pasted('en-identity-no-complaint-id.txt');
    const page = pageText('performance-notification-no-id.html', 'https://sellercentral.amazon.com/performance/notifications');
    expect(page).toContain('Policy Warning'); // the list row around the notice is part of the page text
    const fromPaste = parseNotice({ text, origin: 'paste' })!;
    const fromPage = parseNotice({ text: page, origin: 'seller-central' })!;
    expect(fromPage.complaintIds).toEqual([]);
    const [a, b] = await Promise.all([noticeIdentity(fromPaste, text), noticeIdentity(fromPage, page)]);
    expect(a).toMatch(/^text:[0-9a-f]{64}$/);
    expect(b).toBe(a);
  });

  it('ignores whitespace, quotes, dashes, case and the kind of masking', () => {
    const a = 'Hello,\nThe rights owner’s “report” – see below.\nASIN: *****';
    const b = 'HELLO,   the rights owner\'s "report" - see below. ASIN: xxxxxxxxxx';
    const c = 'Hello, the rights owner\'s report, see below. ASIN: 。。。';
    expect(identityText(a)).toBe(identityText(b));
    expect(identityText(a)).toBe(identityText(c));
    expect(identityText(a)).not.toBe(identityText('Hello, a different notice. ASIN: *****'));
  });

  it('different notices without complaint IDs get different identities', async () => {
    const one = pasted('en-identity-no-complaint-id.txt');
    const two = pasted('en-buyer-inauthentic-complaint.txt');
    expect(await noticeIdentity({ complaintIds: [] }, one)).not.toBe(await noticeIdentity({ complaintIds: [] }, two));
  });
});
