import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionUrl, launch, storedCaptures, storedRows, waitFor, type Session } from './harness';

const SELLER_CENTRAL = 'https://sellercentral.amazon.com';
/** Chrome refuses a runtime message larger than this; a backup above it must still restore. */
const MESSAGE_LIMIT = 64 * 1024 * 1024;

/**
 * Restore at any size, in real Chromium, where the message limit is real: a
 * backup of over 64 MiB (a seller's screenshots) goes from the dashboard to the background in
 * pieces and comes back whole.
 */
describe('backup above the 64 MiB message limit', () => {
  let session: Session;

  beforeAll(async () => {
    session = await launch({ [SELLER_CENTRAL]: { '/performance/dashboard': 'pages/account-health-dashboard.html' } });
  });
  afterAll(async () => session?.close());

  it('downloads a backup, grows it past 64 MiB with screenshots, and restores every row', async () => {
    const browse = await session.context.newPage();
    await browse.goto(`${SELLER_CENTRAL}/performance/dashboard`);
    const dashboard = await session.context.newPage();
    await dashboard.goto(extensionUrl(session, 'dashboard.html#/backup'));
    const [capture] = await waitFor(async () => {
      const rows = await storedCaptures(dashboard);
      return rows.length > 0 && rows;
    }, 'the account health capture');

    const [download] = await Promise.all([dashboard.waitForEvent('download'), dashboard.getByRole('button', { name: 'Download backup' }).click()]);
    const backup = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    const screenshots = backup.data.data.find((table: { tableName: string }) => table.tableName === 'screenshots');
    const meta = backup.data.tables.find((table: { name: string }) => table.name === 'screenshots');
    const pixels = 'A'.repeat(1_600_000);
    for (let i = 0; i < 45; i++) {
      screenshots.rows.push({ id: `${capture!.id}:${1_700_000_000_000 + i}`, captureId: capture!.id, takenAt: 1_700_000_000_000 + i, dataUrl: `data:image/jpeg;base64,${pixels}` });
    }
    meta.rowCount = screenshots.rows.length;
    const file = join(tmpdir(), `brand-sentry-backup-large-${process.pid}.json`);
    writeFileSync(file, JSON.stringify(backup));
    expect(readFileSync(file).length).toBeGreaterThan(MESSAGE_LIMIT);

    await dashboard.getByLabel('Backup file (brand-sentry-backup-….json)').setInputFiles(file);
    await dashboard.getByRole('button', { name: /Replace my data with/ }).click();
    await dashboard.getByText(/Restored/).waitFor({ timeout: 120_000 });
    const restored = await storedRows(dashboard, 'screenshots');
    expect(restored).toHaveLength(45);
    expect(restored.every((row) => row.dataUrl.length === pixels.length + 'data:image/jpeg;base64,'.length)).toBe(true);
    expect((await storedCaptures(dashboard)).map((row) => row.id)).toEqual([capture!.id]);
    rmSync(file);
  }, 240_000);
});
