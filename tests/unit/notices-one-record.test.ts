// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { ingest } from '../../lib/background/ingest';
import { PageRead } from '../../lib/model/page-read';
import { readEml } from '../../lib/notices/eml';
import { readPastedText } from '../../lib/notices/paste';
import { readPage } from '../../lib/pages/read-page';
import { findPageKind } from '../../lib/pages/registry';
import { freshDb } from '../helpers/db';
import { fixture } from '../helpers/fixtures';

const BODY = [
  'Hello,',
  '',
  "We removed some of your listings because a rights owner reported that they may infringe the rights owner's trademark.",
  '',
  "These are the rights owner's contact details:",
  '-- Lumora Brand Holdings Ltd',
  '-- ipteam@lumora-official.co.uk',
  '',
  'ASIN: B0CLMR7X2Q',
  'Infringement type: Trademark',
  'Trademark number: UK00003987412',
  'Complaint ID: 1472583690',
].join('\r\n');

/** The same complaint seen three ways: the open Performance Notification, its e-mail, and pasted. */
describe('one notice, however it was captured', () => {
  it('merges the page, the .eml and the paste of one complaint into one notice with three captures', async () => {
    const db = freshDb();
    document.open();
    document.write(fixture('pages/performance-notification-message.html'));
    document.close();
    await (window as unknown as { happyDOM: { waitUntilComplete(): Promise<void> } }).happyDOM.waitUntilComplete();
    const url = new URL('https://sellercentral.amazon.com/performance/notifications');
    const page = PageRead.parse(readPage(document, url, findPageKind(url)));
    const eml = PageRead.parse(
      await readEml(['From: "Amazon" <notice-dispute@amazon.com>', 'Subject: Notice: Policy Warning', 'Date: Fri, 20 Nov 2026 09:14:00 +0000', 'Message-ID: <one@amazon.com>', 'Content-Type: text/plain; charset=UTF-8', '', BODY].join('\r\n')),
    );
    const paste = PageRead.parse(readPastedText(BODY, 3));

    await ingest(db, { read: page, source: 'auto', now: 1 });
    await ingest(db, { read: eml, source: 'eml', now: 2 });
    await ingest(db, { read: paste, source: 'paste', now: 3 });

    expect(await db.captures.count()).toBe(3);
    const notices = await db.notices.toArray();
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ id: 'complaint:1472583690', senderIsAmazon: true, complainantDomain: 'lumora-official.co.uk', asins: ['B0CLMR7X2Q'] });
    expect(notices[0]!.captureIds).toHaveLength(3);
    expect(notices[0]!.sender).toBe('notice-dispute@amazon.com');
  });
});
