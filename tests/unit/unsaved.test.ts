import { afterEach, describe, expect, it, vi } from 'vitest';
import Dexie from 'dexie';
import { handleMessage } from '../../lib/background/router';
import { isQuotaError, SaveQueue } from '../../lib/background/unsaved';
import { backgroundDeps } from '../helpers/background-deps';
import { freshDb } from '../helpers/db';
import { pageRead } from '../helpers/reads';
import { fromContentScriptOn, fromExtensionPage } from '../helpers/senders';

const T = 1_700_000_000_000;
const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

function setup() {
  const db = freshDb();
  const deps = backgroundDeps(db, () => T);
  return { db, deps };
}

afterEach(() => vi.restoreAllMocks());

describe('storage refusing a read: kept, told, retried', () => {
  it('answers not-saved when IndexedDB is full, shows the failure, and stores the read at Retry', async () => {
    const { db, deps } = setup();
    // The real ingest, with IndexedDB refusing every add (the capture with its records, then alone).
    const add = vi.spyOn(db.captures, 'add').mockImplementation(() => Promise.reject(quotaError()) as never);

    const reply = await handleMessage({ type: 'CStoBG.pageRead', read: pageRead() }, fromContentScriptOn(), deps);
    expect(reply).toMatchObject({ ok: false, code: 'not-saved' });
    expect(await db.captures.count()).toBe(0);
    const status = await handleMessage({ type: 'UItoBG.saveStatus' }, fromExtensionPage('popup.html'), deps);
    expect(status).toMatchObject({ ok: true, unsaved: 1, dropped: 0, failure: { reason: 'quota', since: T } });

    // Still full: Retry keeps it.
    expect(await handleMessage({ type: 'UItoBG.retrySaves' }, fromExtensionPage('popup.html'), deps)).toMatchObject({ ok: true, unsaved: 1, failure: { reason: 'quota' } });

    add.mockRestore(); // the seller freed some space
    const retried = await handleMessage({ type: 'UItoBG.retrySaves' }, fromExtensionPage('popup.html'), deps);
    expect(retried).toEqual({ ok: true, unsaved: 0, dropped: 0, failure: null });
    expect(await db.captures.count()).toBe(1);
    expect((await db.captures.toArray())[0]).toMatchObject({ status: 'interpreted', source: 'auto' });
    expect(deps.afterWrite).toHaveBeenCalled();
  });

  it('stores the kept reads after the next save that succeeds, oldest first', async () => {
    const { db, deps } = setup();
    const add = vi.spyOn(db.captures, 'add').mockImplementation(() => Promise.reject(quotaError()) as never);
    const first = pageRead({ url: 'https://sellercentral.amazon.com/performance/dashboard?view=1' });
    expect(await handleMessage({ type: 'CStoBG.pageRead', read: first }, fromContentScriptOn(), deps)).toMatchObject({ code: 'not-saved' });
    add.mockRestore();
    const second = pageRead({ url: 'https://sellercentral.amazon.com/performance/dashboard?view=2' });
    expect(await handleMessage({ type: 'CStoBG.pageRead', read: second }, fromContentScriptOn(), deps)).toMatchObject({ ok: true });
    await vi.waitFor(async () => expect(await db.captures.count()).toBe(2));
    expect(deps.saves.status()).toEqual({ failure: null, unsaved: 0, dropped: 0 });
  });

  it('tells a one-click capture and a paste that nothing was saved, in a code the popup translates', async () => {
    const { db, deps } = setup();
    vi.spyOn(db.captures, 'add').mockImplementation(() => Promise.reject(new Dexie.AbortError('Transaction aborted', quotaError())) as never);
    const reply = await handleMessage({ type: 'UItoBG.importText', text: 'Dear Seller, we removed ASIN B00TEST123 ...' }, fromExtensionPage(), deps);
    expect(reply).toMatchObject({ ok: false, code: 'not-saved' });
    expect(deps.saves.status().failure?.reason).toBe('quota');
  });

  it('keeps at most 20 refused reads and counts the ones it had to drop', async () => {
    const store = vi.fn(async () => Promise.reject(new Error('The database connection is closing.')));
    const saves = new SaveQueue(() => freshDb(), () => T, store);
    for (let i = 0; i < 23; i++) await expect(saves.save({ read: pageRead({ text: `page ${i}` }) as never, source: 'auto', now: T })).rejects.toThrow('closing');
    expect(saves.status()).toMatchObject({ unsaved: 20, dropped: 3, failure: { reason: 'storage' } });
    // The content script sends an unconfirmed read again: it is kept once.
    await expect(saves.save({ read: pageRead({ text: 'page 22' }) as never, source: 'auto', now: T })).rejects.toThrow();
    expect(saves.status()).toMatchObject({ unsaved: 20, dropped: 3 });
  });

  it('recognises the quota error bare and wrapped by Dexie, and nothing else', () => {
    expect(isQuotaError(quotaError())).toBe(true);
    expect(isQuotaError(new Dexie.AbortError('aborted', quotaError()))).toBe(true);
    expect(isQuotaError(new Error('QuotaExceededError'))).toBe(false);
    expect(isQuotaError(null)).toBe(false);
  });
});
