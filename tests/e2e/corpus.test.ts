import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realEml, realNotice, realNoticeNames } from '../helpers/real-notices';
import { extensionUrl, launch, storedRows, waitFor, type Session } from './harness';

const run = promisify(execFile);

/** Every corpus text (tests/fixtures/notices/real/) pasted as text, and the same text as the e-mail it was, under Amazon's headers. */
const TEXTS = realNoticeNames().filter((name) => name.endsWith('.txt'));
/** The corpus e-mails as they were received (phishing and Amazon's own), dropped as they are. */
const REAL_EMLS = realNoticeNames().filter((name) => name.endsWith('.eml'));

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
 * `npm run inspect` and the extension in Chromium read every corpus text the same way, pasted into
 * the dashboard and dropped as an .eml file: what support sees is what the
 * seller's browser stored.
 */
describe('real-world corpus: inspect and the extension agree', () => {
  let session: Session;
  let page: Page;
  const dir = mkdtempSync(join(tmpdir(), 'bs-corpus-'));
  const pastedFiles = TEXTS.map((name) => join(dir, name));
  const emlFiles = [...TEXTS.map((name) => join(dir, name.replace(/\.txt$/, '.eml'))), ...REAL_EMLS.map((name) => join(dir, `received-${name}`))];
  /** The capture URL each .eml gets: its Message-ID, else its subject (lib/notices/eml.ts). */
  const emlUrl = (file: string) => {
    const raw = readFileSync(file, 'utf8');
    const id = /^Message-ID: <([^>\r\n]+)>/im.exec(raw)?.[1];
    return id ? `eml:${id}` : `eml:${/^Subject: ([^\r\n]+)/im.exec(raw)![1]!.trim()}`;
  };

  beforeAll(async () => {
    TEXTS.forEach((name, index) => {
      writeFileSync(pastedFiles[index]!, realNotice(name));
      writeFileSync(emlFiles[index]!, asEml(name));
    });
    REAL_EMLS.forEach((name, index) => writeFileSync(emlFiles[TEXTS.length + index]!, realEml(name)));
    session = await launch({});
    page = await session.context.newPage();
    await page.goto(extensionUrl(session, 'dashboard.html#/import'));
  }, 60_000);

  afterAll(async () => {
    await session?.close();
  });

  it('stores each pasted text and each .eml as inspect reports it', async () => {
    const fromExtension: Record<string, unknown> = {};
    for (const name of TEXTS) {
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
      const url = emlUrl(file);
      const capture = captures.find((c) => c.url === url);
      expect(capture, `${file} stored as ${url}`).toBeTruthy();
      fromExtension[file.split('/').pop()!] = notices.filter((n) => n.captureIds.includes(capture!.id)).map(summary);
    }

    const { stdout } = await run('npx', ['tsx', 'scripts/inspect.ts', ...pastedFiles, ...emlFiles], { maxBuffer: 64 * 1024 * 1024, timeout: 280_000 });
    const output = JSON.parse(stdout) as { captures: { file: string; notices: Record<string, any>[] }[] };
    const fromInspect = Object.fromEntries(output.captures.map((capture) => [capture.file.split('/').pop()!, capture.notices.map(summary)]));

    expect(Object.keys(fromExtension).sort()).toEqual(Object.keys(fromInspect).sort());
    expect(Object.keys(fromInspect)).toHaveLength(TEXTS.length * 2 + REAL_EMLS.length);
    for (const [name, notices] of Object.entries(fromExtension)) {
      expect(notices, name).toEqual(fromInspect[name]);
      expect((notices as unknown[]).length, name).toBe(1);
    }
    // Spot checks that the agreement is about real readings, not two empty answers.
    expect(fromInspect['de-marke-angebote-entfernt.txt']![0]).toMatchObject({ category: 'ip-complaint', ipType: 'trademark', action: 'listing-removed' });
    expect(fromInspect['ja-account-closed-ip.eml']![0]).toMatchObject({ category: 'account-deactivation', senderIsAmazon: true });
    expect(fromInspect['en-br-brand-removed-from-registry.txt']![0]).toMatchObject({ category: 'brand-registry', action: 'none' });
    expect(fromInspect['received-en-phishing-identity-verification.eml']![0]).toMatchObject({ senderIsAmazon: false, sender: 'verification@f3dven-amazon.com' });
    expect(fromInspect['received-en-violation-cleared-appeals.eml']![0]).toMatchObject({ category: 'retraction', senderIsAmazon: true });
  }, 300_000);
});
