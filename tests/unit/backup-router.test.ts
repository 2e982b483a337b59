// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { exportBackup } from '../../lib/backup/export';
import { handleMessage } from '../../lib/background/router';
import { SaveQueue } from '../../lib/background/unsaved';
import type { BrandSentryDb } from '../../lib/db';
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

  it('restores through the background and recomputes afterwards; a bad file is answered with the reason', async () => {
    await db.notices.put(notice());
    const text = await (await exportBackup(db)).text();
    await db.notices.clear();
    const afterWrite = vi.fn().mockResolvedValue(undefined);
    const deps = { db, now: () => 1, afterWrite, saves: new SaveQueue(db) };

    const reply = await handleMessage({ type: 'UItoBG.restoreBackup', text }, fromExtensionPage(), deps);
    expect(reply).toMatchObject({ ok: true, counts: { notices: 1 } });
    expect(await db.notices.count()).toBe(1);
    expect(afterWrite).toHaveBeenCalledTimes(1);

    const bad = await handleMessage({ type: 'UItoBG.restoreBackup', text: '{"formatName":"dexie"' }, fromExtensionPage(), deps);
    expect(bad).toMatchObject({ ok: false, error: expect.stringMatching(/not valid JSON/) });
    expect(afterWrite).toHaveBeenCalledTimes(1);
    expect((await handleMessage({ type: 'UItoBG.restoreBackup', text: '' }, fromExtensionPage(), deps)).ok).toBe(false);
  });
});
