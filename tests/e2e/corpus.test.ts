import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realEml, realNotice } from '../helpers/real-notices';
import { extensionUrl, launch, storedRows, waitFor, type Session } from './harness';

const run = promisify(execFile);

/** Corpus texts pasted as text, one per language and kind (tests/fixtures/notices/real/). */
const PASTED = [
  'en-deactivated-permanently-restricted.txt',
  'en-inauthentic-rights-owner-glued-address.txt',
  'en-phishing-greetings-amazon-services.txt',
  'de-marke-angebote-entfernt.txt',
  'fr-distribution-selective.txt',
  'it-account-disattivato-offerte-rimosse.txt',
  'ja-shohyo-sakujo-itashimashita.txt',
  'zh-related-account-machine-translated.txt',
];
/** Corpus texts as the e-mails they were: the text under Amazon's headers, and the phishing .eml as received. */
const MAILED = ['en-copyright-packaging-alleging.txt', 'de-designnutzungsrecht-glued-headings.txt', 'ja-account-closed-ip.txt'];

function asEml(name: string): string {
  return [
    'From: "Amazon Seller Performance" <notice-dispute@amazon.com>',
    'To: seller@lumora.com',
    `Subject: Notice for ${name}`,
    'Date: Mon, 16 Nov 2026 09:00:00 +0000',
    `Message-ID: <${name}@amazon.com>`,
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: 8bit',
    '',
    realNotice(name),
  ].join('\r\n');
}

/** What both must agree on for one notice. */
function summary(notice: Record<string, any>) {
  return {
    category: notice.category, ipType: notice.ipType, action: notice.action, asins: notice.asins, complaintIds: notice.complaintIds,
    rightsOwnerEmail: notice.rightsOwnerEmail, marketplace: notice.marketplace, senderIsAmazon: notice.senderIsAmazon, sender: notice.sender,
  };
}

/**
 * `npm run inspect` and the extension in Chromium read the same corpus texts the same way, pasted
 * into the dashboard and dropped as .eml files: what support sees is what the seller's browser stored.
 */
describe('real-world corpus: inspect and the extension agree', () => {
  let session: Session;
  let page: Page;
  const dir = mkdtempSync(join(tmpdir(), 'bs-corpus-'));
  const emlFiles = [...MAILED.map((name) => join(dir, name.replace(/\.txt$/, '.eml'))), join(dir, 'en-phishing-identity-verification.eml')];

  beforeAll(async () => {
    for (const name of PASTED) writeFileSync(join(dir, name), realNotice(name));
    MAILED.forEach((name, index) => writeFileSync(emlFiles[index]!, asEml(name)));
    writeFileSync(emlFiles[MAILED.length]!, realEml('en-phishing-identity-verification.eml'));
    session = await launch({});
    page = await session.context.newPage();
    await page.goto(extensionUrl(session, 'dashboard.html#/import'));
  }, 60_000);

  afterAll(async () => {
    await session?.close();
  });

  it('stores each pasted text and each .eml as inspect reports it', async () => {
    const fromExtension: Record<string, unknown> = {};
    for (const name of PASTED) {
      const before = (await storedRows(page, 'captures')).length;
      await page.locator('#paste-box').fill(realNotice(name));
      await page.getByRole('button', { name: 'Import text' }).click();
      const capture = await waitFor(async () => {
        const captures = await storedRows(page, 'captures');
        return captures.length > before && captures.find((c) => c.read.text.trim() === realNotice(name).replace(/\r\n?/g, '\n').trim() && c.status !== 'pending');
      }, `the paste of ${name}`);
      const notices = await storedRows(page, 'notices');
      fromExtension[name] = notices.filter((n) => n.captureIds.includes(capture.id)).map(summary);
    }
    await page.locator('input[type=file]').setInputFiles(emlFiles);
    await waitFor(async () => (await storedRows(page, 'captures')).filter((c) => c.url.startsWith('eml:') && c.status !== 'pending').length === emlFiles.length, 'the .eml files');
    const captures = await storedRows(page, 'captures');
    const notices = await storedRows(page, 'notices');
    for (const file of emlFiles) {
      const name = file.split('/').pop()!;
      const capture = captures.find((c) => c.url.startsWith('eml:') && c.read.text.includes(name === 'en-phishing-identity-verification.eml' ? 'Get stated' : realNotice(name.replace(/\.eml$/, '.txt')).split('\n').find((line) => line.length > 40)!.slice(0, 40)))!;
      fromExtension[name] = notices.filter((n) => n.captureIds.includes(capture.id)).map(summary);
    }

    const { stdout } = await run('npx', ['tsx', 'scripts/inspect.ts', ...PASTED.map((name) => join(dir, name)), ...emlFiles], { maxBuffer: 32 * 1024 * 1024, timeout: 240_000 });
    const output = JSON.parse(stdout) as { captures: { file: string; notices: Record<string, any>[] }[] };
    const fromInspect = Object.fromEntries(output.captures.map((capture) => [capture.file.split('/').pop()!, capture.notices.map(summary)]));

    expect(Object.keys(fromExtension).sort()).toEqual(Object.keys(fromInspect).sort());
    for (const [name, notices] of Object.entries(fromExtension)) {
      expect(notices, name).toEqual(fromInspect[name]);
      expect((notices as unknown[]).length, name).toBe(1);
    }
    // Spot checks that the agreement is about real readings, not two empty answers.
    expect(fromInspect['de-marke-angebote-entfernt.txt']![0]).toMatchObject({ category: 'ip-complaint', ipType: 'trademark', action: 'listing-removed' });
    expect(fromInspect['ja-account-closed-ip.eml']![0]).toMatchObject({ category: 'account-deactivation', senderIsAmazon: true });
    expect(fromInspect['en-phishing-identity-verification.eml']![0]).toMatchObject({ senderIsAmazon: false, sender: 'verification@f3dven-amazon.com' });
  }, 300_000);
});
