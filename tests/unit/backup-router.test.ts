// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { exportBackup } from '../../lib/backup/export';
import { splitBackup } from '../../lib/backup/pieces';
import { handleMessage } from '../../lib/background/router';
import type { BrandSentryDb } from '../../lib/db';
import { backgroundDeps } from '../helpers/background-deps';
import { freshDb } from '../helpers/db';
import { fromExtensionPage } from '../helpers/senders';
import { notice } from './evidence-fixture';

describe('UItoBG.restoreBackup', () => {
  let db: BrandSentryDb;
  beforeEach(() => {
    db = freshDb();
  });
  afterEach(async () => {
    db.close();
    await db.delete();
  });

  const one = (text: string, upload = UPLOAD) => ({ type: 'UItoBG.restoreBackup' as const, upload, index: 0, count: 1, text });

  it('restores through the background and recomputes afterwards; a bad file is answered with the reason', async () => {
    await db.notices.put(notice());
    const text = await (await exportBackup(db)).text();
    await db.notices.clear();
    const afterWrite = vi.fn().mockResolvedValue(undefined);
    const deps = { ...backgroundDeps(db, () => 1), afterWrite };

    const reply = await handleMessage(one(text), fromExtensionPage(), deps);
    expect(reply).toMatchObject({ ok: true, received: 1, counts: { notices: 1 } });
    expect(await db.notices.count()).toBe(1);
    expect(afterWrite).toHaveBeenCalledTimes(1);

    const bad = await handleMessage(one('{"formatName":"dexie"'), fromExtensionPage(), deps);
    expect(bad).toMatchObject({ ok: false, said: { key: 'backupNotJson' } });
    expect(afterWrite).toHaveBeenCalledTimes(1);
    expect((await handleMessage(one(''), fromExtensionPage(), deps)).ok).toBe(false);
  });

  it('restores a backup sent in pieces, writing nothing before the last one', async () => {
    await db.notices.bulkPut([notice(), notice({ id: 'complaint:7777777777' })]);
    const text = await (await exportBackup(db)).text();
    await db.notices.clear();
    const deps = backgroundDeps(db, () => 1);
    const pieces = splitBackup(text, UPLOAD, 100);
    expect(pieces.length).toBeGreaterThan(3);
    expect(pieces.map((piece) => piece.text).join('')).toBe(text);
    for (const piece of pieces.slice(0, -1)) {
      expect(await handleMessage({ type: 'UItoBG.restoreBackup', ...piece }, fromExtensionPage(), deps)).toEqual({ ok: true, received: piece.index + 1, counts: null });
      expect(await db.notices.count()).toBe(0);
    }
    const last = await handleMessage({ type: 'UItoBG.restoreBackup', ...pieces.at(-1)! }, fromExtensionPage(), deps);
    expect(last).toMatchObject({ ok: true, received: pieces.length, counts: { notices: 2 } });
    expect(await db.notices.count()).toBe(2);
  });

  it('refuses pieces out of order or of another restore, and changes nothing', async () => {
    await db.notices.put(notice());
    const text = await (await exportBackup(db)).text();
    const deps = backgroundDeps(db, () => 1);
    const pieces = splitBackup(text, UPLOAD, 100);
    await handleMessage({ type: 'UItoBG.restoreBackup', ...pieces[0]! }, fromExtensionPage(), deps);
    const skipped = await handleMessage({ type: 'UItoBG.restoreBackup', ...pieces[2]! }, fromExtensionPage(), deps);
    expect(skipped).toMatchObject({ ok: false, said: { key: 'restoreIncomplete' } });
    // A worker that restarted mid-upload has no first piece: the next one is refused the same way.
    const other = await handleMessage({ type: 'UItoBG.restoreBackup', ...pieces[1]!, upload: OTHER }, fromExtensionPage(), deps);
    expect(other).toMatchObject({ ok: false, said: { key: 'restoreIncomplete' } });
    expect(await db.notices.count()).toBe(1);
  });
});

const UPLOAD = '2b7e1516-28ae-4d2a-a6f7-15889c3f4a11';
const OTHER = '3c8f2627-39bf-4e3b-b708-2699ad4f5b22';
