// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background';
import { storeCapture } from '../../lib/background/ingest';
import { database } from '../../lib/db';
import { sendToBackground } from '../../lib/send';
import { FIXTURE_DIR } from '../helpers/fixtures';
import { pageRead } from '../helpers/reads';
import { fromContentScriptOn, fromExtensionPage } from '../helpers/senders';

/**
 * The background as the browser starts it: `main()` with fakeBrowser, messages through the real
 * `sendToBackground` and `runtime.onMessage`, the real database (fake-indexeddb), the bundled
 * domain lists read through `runtime.getURL` from public/. Nothing of Brand Sentry is mocked.
 */
const HIGH = [0xb3, 0x26, 0x1e, 255];
const eml = (name: string) => ({ name, raw: readFileSync(join(FIXTURE_DIR, 'notices', name), 'utf8') });

async function eventually<T>(read: () => Promise<T>, check: (value: T) => boolean, what: string): Promise<T> {
  const until = Date.now() + 20_000;
  for (;;) {
    const value = await read();
    if (check(value)) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const badge = async () => ({ text: await fakeBrowser.action.getBadgeText({}), color: await fakeBrowser.action.getBadgeBackgroundColor({}) });

beforeEach(async () => {
  const db = database();
  await db.open();
  await Promise.all(db.tables.map((table) => table.clear()));
  // Closed again, as at a worker's start: main() sets up its write tracking before the first open.
  db.close({ disableAutoOpen: false });
  // The extension's own files, as the browser serves them from the package.
  vi.stubGlobal('fetch', async (url: string) => {
    const path = new URL(url).pathname;
    return new Response(readFileSync(join(process.cwd(), 'public', path)));
  });
  // fakeBrowser has no permissions API: the seller granted notifications.
  fakeBrowser.permissions.contains = async () => true;
  // Nor permission events and registered content scripts: the retail watch uses them (tested in its own files).
  const noEvent = { addListener: () => {}, removeListener: () => {}, hasListener: () => false };
  Object.assign(fakeBrowser.permissions, { onAdded: noEvent, onRemoved: noEvent });
  Object.assign(fakeBrowser.scripting, { getRegisteredContentScripts: async () => [], registerContentScripts: async () => {}, unregisterContentScripts: async () => {} });
  // fakeBrowser delivers every message with an empty sender; the browser names the sender, and
  // the background accepts UI messages from the extension's pages and page reads from our
  // content script only. Delivered here as the browser would, through the real listeners.
  fakeBrowser.runtime.sendMessage = (async (message: { type: string }) => {
    const sender = message.type.startsWith('CStoBG.') ? fromContentScriptOn() : fromExtensionPage();
    return (await fakeBrowser.runtime.onMessage.trigger(message, sender)).find((reply: unknown) => !!reply);
  }) as typeof fakeBrowser.runtime.sendMessage;
  background.main();
});
// The fetch stub stays until the file ends: a recompute a test started may still load the lists.
afterAll(() => {
  vi.unstubAllGlobals();
});

describe('background main(): the wiring', () => {
  it('imports .eml files, a damaged one among good ones: each stored, an empty one reported by name', async () => {
    const reply = await sendToBackground({ type: 'UItoBG.importEml', files: [eml('en-genuine-takedown.eml'), eml('damaged-truncated.eml'), eml('en-retraction-html-only.eml')] });
    expect(reply.ok).toBe(true);
    const files = reply.ok ? reply.files : [];
    expect(files.map((file) => file.name)).toEqual(['en-genuine-takedown.eml', 'damaged-truncated.eml', 'en-retraction-html-only.eml']);
    expect(files[0]!.result).toMatchObject({ status: 'interpreted' });
    expect(files[2]!.result).toMatchObject({ status: 'interpreted' });
    // The download cut off mid-attachment still gives the notice before the cut, and stops nothing.
    expect(files[1]).toMatchObject({ error: null, result: { status: 'interpreted' } });
    expect((await database().captures.toArray()).filter((capture) => capture.source === 'eml')).toHaveLength(3);
    expect((await database().notices.toArray()).flatMap((notice) => notice.complaintIds)).toContain('1230984567');
    // An empty file is reported by name, and the others still go in.
    const again = await sendToBackground({ type: 'UItoBG.importEml', files: [{ name: 'empty.eml', raw: '' }, eml('en-genuine-takedown.eml')] });
    const [empty, good] = again.ok ? again.files : [];
    expect(empty!.name).toBe('empty.eml');
    expect(good).toMatchObject({ name: 'en-genuine-takedown.eml', error: null });
  });

  it('shows open high flags on the badge in red, notifies when enabled, and an acknowledgement round-trips', async () => {
    expect(await badge()).toMatchObject({ text: '' });
    await sendToBackground({ type: 'UItoBG.setSetting', key: 'notifyHighFlags', value: 'on' });
    await sendToBackground({ type: 'UItoBG.importEml', files: [eml('en-genuine-takedown.eml')] });
    const shown = await eventually(badge, (b) => b.text === '1', 'the badge to count the takedown');
    expect(shown.color).toEqual(HIGH);
    const [flag] = await database().flags.where('state').equals('open').toArray();
    expect(flag).toMatchObject({ kind: 'listing-takedown', severity: 'high' });
    const notified = await eventually(() => fakeBrowser.notifications.getAll(), (all) => Object.keys(all).length > 0, 'a notification');
    expect(Object.keys(notified)).toEqual([`brand-sentry:${flag!.key}`]);

    const acknowledged = await sendToBackground({ type: 'UItoBG.acknowledgeFlag', key: flag!.key });
    expect(acknowledged).toEqual({ ok: true, state: 'acknowledged' });
    expect((await database().flags.get(flag!.key))!.state).toBe('acknowledged');
    // Acknowledged is not open: the count goes, the dot of a known problem stays.
    await eventually(badge, (b) => b.text !== '1', 'the badge to drop the acknowledged flag');
    expect(await sendToBackground({ type: 'UItoBG.acknowledgeFlag', key: 'listing-takedown:NOPE@US' })).toMatchObject({ ok: false });
  });

  it('sends no notification when the seller has not turned them on', async () => {
    await sendToBackground({ type: 'UItoBG.importEml', files: [eml('en-genuine-takedown.eml')] });
    await eventually(badge, (b) => b.text === '1', 'the badge');
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });

  it('interprets, at the next start, a capture a stopped worker stored but never interpreted', async () => {
    const read = pageRead({
      url: 'https://sellercentral.amazon.com/performance/notifications',
      pageKind: 'performance-notifications',
      text: 'Hello,\nWe removed some of your listings because a rights owner reported a trademark infringement.\nASIN: B0CLMR7X2Q\nInfringement type: Trademark\nComplaint ID: 1472583690',
    });
    const { capture } = await storeCapture(database(), { read, source: 'auto', now: Date.now() });
    expect((await database().captures.get(capture.id))!.status).toBe('pending');
    // A new worker: main() again, woken by the popup's first question.
    background.main();
    expect(await sendToBackground({ type: 'UItoBG.saveStatus' })).toMatchObject({ ok: true });
    await eventually(() => database().captures.get(capture.id), (stored) => stored?.status === 'interpreted', 'the pending capture to be interpreted');
    expect((await database().notices.toArray()).flatMap((notice) => notice.complaintIds)).toEqual(['1472583690']);
    await eventually(badge, (b) => b.text === '1', 'the badge to count its takedown');
  });

  it('coalesces the recomputes of captures that arrive together', async () => {
    // Each recompute ends by setting the badge: its calls count the recomputes.
    const recomputes = vi.spyOn(fakeBrowser.action, 'setBadgeText');
    const reads = Array.from({ length: 12 }, (_, i) => pageRead({ text: `Account Health\nReceived Intellectual Property Complaints (${i})` }));
    const replies = await Promise.all(reads.map((read) => fakeBrowser.runtime.onMessage.trigger({ type: 'CStoBG.pageRead', read }, fromContentScriptOn(read.url))));
    expect(replies.flat().every((reply) => (reply as unknown as { ok: boolean }).ok)).toBe(true);
    expect(await database().captures.count()).toBe(12);
    expect(recomputes.mock.calls.length).toBeGreaterThanOrEqual(1);
    expect(recomputes.mock.calls.length).toBeLessThan(6);
  });
});
