// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import contentScript from '../../entrypoints/seller-central.content';
import { fixture } from '../helpers/fixtures';

/**
 * The content script as the browser starts it, on a Seller Central page in happy-dom: its
 * reads go through the real sendToBackground to `runtime.onMessage`. Seller Central is a
 * single-page app: moving to another view changes the URL and the DOM without a page load,
 * and the new view is read again.
 */
const body = (html: string) => new DOMParser().parseFromString(html, 'text/html').body.innerHTML;

afterEach(() => {
  vi.useRealTimers();
  fakeBrowser.reset(); // each test's listener answers for that test only
});

describe('content script main(): the wiring', () => {
  it('reads the page, and reads again after an in-app navigation to another view', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    const sent: { type: string; read: { url: string; pageKind: string } }[] = [];
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
      sent.push(message as (typeof sent)[number]);
      return Promise.resolve({ ok: true });
    });
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL('https://sellercentral.amazon.com/performance/dashboard');
    document.body.innerHTML = body(fixture('pages/account-health-dashboard.html'));

    const ctx = new ContentScriptContext('seller-central');
    contentScript.main(ctx);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(sent.map((message) => message.read.pageKind)).toEqual(['account-health']);

    // The app moves to the product policies view: a new URL by pushState, new DOM, no load.
    history.pushState({}, '', '/performance/account/health/product-policies');
    document.body.innerHTML = body(fixture('pages/product-policies-en.html'));
    await vi.advanceTimersByTimeAsync(8_000);
    expect(sent.map((message) => message.read.pageKind)).toEqual(['account-health', 'product-policies']);
    expect(sent[1]!.read.url).toBe('https://sellercentral.amazon.com/performance/account/health/product-policies');

    // Nothing changed since: nothing is sent again.
    await vi.advanceTimersByTimeAsync(10_000);
    expect(sent).toHaveLength(2);
    ctx.abort();
  });

  it('sends a read again until the background confirms it, and never again once it has', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    // The worker stops mid-capture (no answer), then storage is full, then the read is stored.
    const answers: unknown[] = [undefined, { ok: false, code: 'not-saved', error: 'QuotaExceededError' }, { ok: true }];
    const sent: { read: { url: string; text: string } }[] = [];
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
      sent.push(message as (typeof sent)[number]);
      const answer = answers.shift();
      return answer === undefined ? Promise.reject(new Error('The message port closed before a response was received.')) : Promise.resolve(answer);
    });
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL('https://sellercentral.amazon.com/performance/dashboard');
    document.body.innerHTML = body(fixture('pages/account-health-dashboard.html'));

    const ctx = new ContentScriptContext('seller-central');
    contentScript.main(ctx);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(2_500); // first retry after 2 s: storage refuses it
    expect(sent).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(4_500); // second retry after 4 s: stored
    expect(sent).toHaveLength(3);
    expect(new Set(sent.map((message) => message.read.text)).size).toBe(1); // the same read each time
    await vi.advanceTimersByTimeAsync(120_000);
    expect(sent).toHaveLength(3);
    ctx.abort();
  });

  it('takes a refusal as final: a read the background will not store is not sent again', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    const sent: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
      sent.push(message);
      return Promise.resolve({ ok: false, code: 'not-own-listing', error: 'Not one of your listings' });
    });
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL('https://sellercentral.amazon.com/performance/dashboard');
    document.body.innerHTML = body(fixture('pages/account-health-dashboard.html'));

    const ctx = new ContentScriptContext('seller-central');
    contentScript.main(ctx);
    await vi.advanceTimersByTimeAsync(120_000);
    expect(sent).toHaveLength(1);
    ctx.abort();
  });
});
