import { describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessage, type BackgroundDeps } from '../../lib/background/router';
import { reinterpretStale } from '../../lib/background/reinterpret';
import { ingest, storeCapture } from '../../lib/background/ingest';
import { PARSER_VERSION } from '../../lib/interpret';
import { backgroundDeps } from '../helpers/background-deps';
import { freshDb } from '../helpers/db';
import { pageRead } from '../helpers/reads';
import { fromContentScriptOn, fromExtensionPage } from '../helpers/senders';
import { english } from '../helpers/english';

const fromContentScript = fromContentScriptOn();

function deps(now = 1_700_000_000_000): BackgroundDeps & { afterWrite: ReturnType<typeof vi.fn> } {
  return backgroundDeps(freshDb(), () => now);
}

describe('background: page reads', () => {
  it('stores a page read as one capture, interpreted, then updates the badge', async () => {
    const d = deps();
    const reply = await handleMessage({ type: 'CStoBG.pageRead', read: pageRead() }, fromContentScript, d);
    expect(reply).toMatchObject({ ok: true, pageKind: 'account-health', status: 'interpreted', duplicate: false, recognised: true });
    const captures = await d.db.captures.toArray();
    expect(captures).toHaveLength(1);
    expect(captures[0]).toMatchObject({ source: 'auto', marketplace: 'US', parserVersion: PARSER_VERSION, status: 'interpreted' });
    expect(captures[0]!.id).toMatch(/^[0-9a-f]{64}$/);
    expect(captures[0]!.read.text).toContain('Received Intellectual Property Complaints');
    expect(d.afterWrite).toHaveBeenCalledTimes(1);
  });

  it('keeps the same page read twice (and by tabs at once) as one capture', async () => {
    const d = deps();
    const message = { type: 'CStoBG.pageRead', read: pageRead({ url: 'https://sellercentral.amazon.com/performance/dashboard?ref=a' }) };
    const again = { type: 'CStoBG.pageRead', read: pageRead({ url: 'https://sellercentral.amazon.com/performance/dashboard?ref=b' }) };
    const replies = await Promise.all([message, again, message].map((m) => handleMessage(m, fromContentScript, d)));
    expect(replies.every((r) => r.ok)).toBe(true);
    expect(await d.db.captures.count()).toBe(1);
    expect(replies.filter((r) => r.ok && 'duplicate' in r && r.duplicate)).toHaveLength(2);
  });

  it('stores a page with changed text as a new capture', async () => {
    const d = deps();
    await handleMessage({ type: 'CStoBG.pageRead', read: pageRead() }, fromContentScript, d);
    await handleMessage({ type: 'CStoBG.pageRead', read: pageRead({ text: 'Account Health\nReceived Intellectual Property Complaints (3)' }) }, fromContentScript, d);
    expect(await d.db.captures.count()).toBe(2);
  });

  it('keeps an unrecognised page and says why', async () => {
    const d = deps();
    const reply = await handleMessage(
      { type: 'CStoBG.pageRead', read: pageRead({ pageKind: 'unknown', url: 'https://sellercentral.amazon.com/new-page' }) },
      fromContentScript,
      d,
    );
    expect(reply).toMatchObject({ ok: true, status: 'unrecognised', recognised: false });
    const [capture] = await d.db.captures.toArray();
    expect(english(capture!.statusReason)).toMatch(/no Brand Sentry reader/i);
  });

  it('rejects an invalid message with an error and stores nothing', async () => {
    const d = deps();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    for (const bad of [
      null,
      { type: 'CStoBG.pageRead' },
      { type: 'CStoBG.pageRead', read: { url: 'x', text: 42 } },
      { type: 'CStoBG.pageRead', read: { ...pageRead(), text: 'x'.repeat(1_000_001) } },
      { type: 'UItoBG.deleteEverything' },
    ]) {
      const reply = await handleMessage(bad, fromContentScript, d);
      expect(reply.ok).toBe(false);
      expect(reply).toMatchObject({ code: 'invalid' });
    }
    expect(await d.db.captures.count()).toBe(0);
    expect(d.afterWrite).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalled();
  });

  it('refuses a page read that claims another site than the tab it came from', async () => {
    const d = deps();
    const reply = await handleMessage({ type: 'CStoBG.pageRead', read: pageRead({ url: 'https://sellercentral.amazon.de/performance/dashboard' }) }, fromContentScript, d);
    expect(reply).toMatchObject({ ok: false, code: 'invalid' });
    expect(await d.db.captures.count()).toBe(0);
  });

  it.each<[string, Browser.runtime.MessageSender]>([
    ['an extension page (no tab)', fromExtensionPage()],
    ['a content script on a page outside the allowed hosts', fromContentScriptOn('https://hostile.example/performance/dashboard')],
    ['a content script on plain http', fromContentScriptOn('http://sellercentral.amazon.com/performance/dashboard')],
    ['another extension', { ...fromContentScriptOn(), id: 'someone-else' }],
  ])('refuses page reads from %s', async (_, sender) => {
    const d = deps();
    const read = pageRead({ url: sender.url ?? 'https://sellercentral.amazon.com/performance/dashboard' });
    expect(await handleMessage({ type: 'CStoBG.pageRead', read }, sender, d)).toMatchObject({ ok: false, code: 'invalid' });
    expect(await d.db.captures.count()).toBe(0);
  });

  it.each<[string, Browser.runtime.MessageSender]>([
    ['a content script (a web page)', fromContentScriptOn()],
    ['another extension\'s page', { id: 'someone-else', url: 'chrome-extension://someone-else/dashboard.html' }],
    ['a sender with no URL', { id: fakeBrowser.runtime.id }],
  ])('refuses UI messages (restore, capture, profile, settings) from %s', async (_, sender) => {
    const d = deps();
    for (const message of [
      { type: 'UItoBG.restoreBackup', upload: '2b7e1516-28ae-4d2a-a6f7-15889c3f4a11', index: 0, count: 1, text: '{}' },
      { type: 'UItoBG.captureTab', tabId: null },
      { type: 'UItoBG.saveProfile', profile: { brands: [] } },
      { type: 'UItoBG.setSetting', key: 'language', value: 'zh' },
    ]) {
      expect(await handleMessage(message, sender, d), message.type).toMatchObject({ ok: false, code: 'invalid' });
    }
    expect(await d.db.settings.count()).toBe(0);
    expect(await d.db.profile.count()).toBe(0);
  });

  it('accepts page reads only from a content script (a tab)', async () => {
    const d = deps();
    const reply = await handleMessage({ type: 'CStoBG.pageRead', read: pageRead() }, {}, d);
    expect(reply).toMatchObject({ ok: false, code: 'invalid' });
    expect(await d.db.captures.count()).toBe(0);
  });

  it('re-interprets captures stored by an older parser, without duplicates', async () => {
    const d = deps();
    await handleMessage({ type: 'CStoBG.pageRead', read: pageRead() }, fromContentScript, d);
    const [capture] = await d.db.captures.toArray();
    await d.db.captures.update(capture!.id, { parserVersion: 0, status: 'pending' });
    expect(await reinterpretStale(d.db)).toBe(1);
    expect(await d.db.captures.count()).toBe(1);
    expect(await d.db.captures.get(capture!.id)).toMatchObject({ parserVersion: PARSER_VERSION, status: 'interpreted' });
    expect(await reinterpretStale(d.db)).toBe(0);
  });
});

describe('background: one-click capture', () => {
  it('says plainly when the browser forbids the page', async () => {
    const d = deps();
    const settings = await fakeBrowser.tabs.create({ url: 'chrome://settings', active: true });
    const reply = await handleMessage({ type: 'UItoBG.captureTab', tabId: settings.id! }, fromExtensionPage(), d);
    expect(reply).toMatchObject({ ok: false, code: 'forbidden-page' });
    expect(await d.db.captures.count()).toBe(0);
  });

  it('reports a missing tab', async () => {
    const d = deps();
    const reply = await handleMessage({ type: 'UItoBG.captureTab', tabId: 99_999 }, fromExtensionPage(), d);
    expect(reply).toMatchObject({ ok: false, code: 'no-tab' });
  });
});

describe('background: settings', () => {
  it('saves the UI language', async () => {
    const d = deps();
    expect(await handleMessage({ type: 'UItoBG.setSetting', key: 'language', value: 'zh' }, fromExtensionPage(), d)).toEqual({ ok: true, saved: true });
    expect(await d.db.settings.get('language')).toEqual({ key: 'language', value: 'zh' });
  });
});

describe('background: nothing is lost', () => {
  it('keeps the raw capture, marked failed with why, when interpreting it throws', async () => {
    const d = deps();
    const interpreter = await import('../../lib/interpret');
    const spy = vi.spyOn(interpreter, 'interpret').mockImplementationOnce(() => {
      throw new Error('parser bug');
    });
    const reply = await handleMessage({ type: 'CStoBG.pageRead', read: pageRead() }, fromContentScript, d);
    spy.mockRestore();
    expect(reply).toMatchObject({ ok: true, status: 'failed', recognised: false });
    const [capture] = await d.db.captures.toArray();
    expect(capture).toMatchObject({ status: 'failed', statusReason: { key: 'reason.failed', params: { detail: 'parser bug' } } });
    expect(capture!.read.text).toContain('Received Intellectual Property Complaints');
  });

  it('gives a capture left pending (a worker stopped between storing and interpreting it) its records when the page is read again', async () => {
    const d = deps();
    const read = pageRead({
      url: 'https://sellercentral.amazon.com/performance/notifications',
      pageKind: 'performance-notifications',
      text: 'Hello,\nWe removed some of your listings because a rights owner reported a trademark infringement.\nASIN: B0CLMR7X2Q\nComplaint ID: 1472583690',
    });
    await handleMessage({ type: 'CStoBG.pageRead', read }, fromContentScript, d);
    const [stored] = await d.db.captures.toArray();
    await d.db.captures.update(stored!.id, { status: 'pending', statusReason: null });
    await d.db.notices.clear();
    const reply = await handleMessage({ type: 'CStoBG.pageRead', read }, fromContentScript, d);
    expect(reply).toMatchObject({ ok: true, duplicate: true, status: 'interpreted' });
    expect(await d.db.captures.get(stored!.id)).toMatchObject({ status: 'interpreted' });
    expect((await d.db.notices.toArray()).map((notice) => notice.complaintIds)).toEqual([['1472583690']]);
  });

  it('stores the raw capture in its own step first: a worker stopped before interpreting it leaves it pending, and the next start interprets it', async () => {
    const d = deps();
    const read = pageRead({
      url: 'https://sellercentral.amazon.com/performance/notifications',
      pageKind: 'performance-notifications',
      text: 'Hello,\nWe removed some of your listings because a rights owner reported a trademark infringement.\nASIN: B0CLMR7X2Q\nComplaint ID: 1472583690',
    });
    // The durable step alone, as when Chrome stops the worker right after it.
    const stored = await storeCapture(d.db, { read, source: 'auto', now: 1_700_000_000_000 });
    expect(stored).toMatchObject({ duplicate: false, pending: true });
    expect(await d.db.captures.get(stored.capture.id)).toMatchObject({ status: 'pending', statusReason: null, parserVersion: PARSER_VERSION, marketplace: 'US' });
    expect(await d.db.notices.count()).toBe(0);
    // The next start.
    expect(await reinterpretStale(d.db)).toBe(1);
    expect(await d.db.captures.get(stored.capture.id)).toMatchObject({ status: 'interpreted' });
    expect((await d.db.notices.toArray()).map((notice) => notice.complaintIds)).toEqual([['1472583690']]);
    expect(await reinterpretStale(d.db)).toBe(0);
  });

  it('keeps the first screenshot of a page captured twice with one click, and no second one', async () => {
    const d = deps();
    const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
    const read = pageRead({ text: 'Account Health\nReceived Intellectual Property Complaints (1)' });
    const first = await ingest(d.db, { read, source: 'click', now: 1_000, screenshotDataUrl: PNG });
    const again = await ingest(d.db, { read, source: 'click', now: 2_000, screenshotDataUrl: PNG });
    expect(again).toMatchObject({ captureId: first.captureId, duplicate: true, status: 'interpreted' });
    expect(await d.db.screenshots.toArray()).toMatchObject([{ id: `${first.captureId}:1000` }]);
    expect(await d.db.captures.get(first.captureId)).toMatchObject({ screenshotId: `${first.captureId}:1000`, lastSeenAt: 2_000 });
  });

  it('keeps the raw capture, marked failed with why, when storing its records fails', async () => {
    const d = deps();
    vi.spyOn(d.db.notices, 'bulkPut').mockRejectedValueOnce(new Error('disk full'));
    const read = pageRead({
      url: 'https://sellercentral.amazon.com/performance/notifications',
      pageKind: 'performance-notifications',
      text: 'Hello,\nWe removed some of your listings because a rights owner reported a trademark infringement.\nASIN: B0CLMR7X2Q\nInfringement type: Trademark\nComplaint ID: 1472583690',
    });
    const reply = await handleMessage({ type: 'CStoBG.pageRead', read }, fromContentScript, d);
    expect(reply).toMatchObject({ ok: true, status: 'failed', recognised: false });
    const [capture] = await d.db.captures.toArray();
    expect(capture).toMatchObject({ status: 'failed', statusReason: { key: 'reason.storeFailed', params: { detail: 'disk full' } } });
    expect(capture!.read.text).toContain('Complaint ID: 1472583690');
    expect(await d.db.notices.count()).toBe(0);
    // The next start re-reads it (reinterpretStale picks failed captures of an older parser only,
    // so the dashboard's "Re-run" is the way back); re-running stores the notice.
    await handleMessage({ type: 'UItoBG.reinterpret', captureIds: [capture!.id] }, fromExtensionPage(), d);
    expect(await d.db.notices.count()).toBe(1);
    // A re-run whose records cannot be stored says so too, and keeps what was stored before.
    vi.spyOn(d.db.notices, 'bulkPut').mockRejectedValueOnce(new Error('disk full again'));
    await handleMessage({ type: 'UItoBG.reinterpret', captureIds: [capture!.id] }, fromExtensionPage(), d);
    expect(await d.db.captures.get(capture!.id)).toMatchObject({ status: 'failed', statusReason: { key: 'reason.storeFailed', params: { detail: 'disk full again' } } });
    expect(await d.db.notices.count()).toBe(1);
  });
});
