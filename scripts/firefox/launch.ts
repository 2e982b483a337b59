import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OUTPUT_DIR, type Sites } from '../chromium';
import { Bidi } from './bidi';
import { startFixtureProxy } from './fixture-proxy';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_BUILD = join(OUTPUT_DIR, 'firefox-mv3');
/** Fixed, so the tests know the extension's pages' addresses (Firefox picks a random one otherwise). */
const EXTENSION_UUID = '7f3c0a52-2b64-4d1e-9c0b-b5e1a7d2c410';

export interface FirefoxTab {
  context: string;
  /** Runs `fn(arg)` in the page (JSON in, JSON out) and returns its awaited result. */
  evaluate<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  /** A real pointer click (a user gesture, as `permissions.request` needs) on the element `find(arg)` returns. */
  click<A>(find: (arg: A) => Element | null | undefined, arg: A): Promise<void>;
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}

export interface FirefoxSession {
  url(path: string): string;
  open(url: string): Promise<FirefoxTab>;
  /** Every http(s) request Firefox made, the background page's included (all go through the fixture proxy). */
  requests: string[];
  close(): Promise<void>;
}

/**
 * Starts Debian's Firefox ESR headless with a built extension installed as a temporary add-on
 * (unsigned, as about:debugging would), driven over WebDriver BiDi. Every request goes through a
 * proxy that answers from fixture files; nothing reaches the network.
 */
export async function launchFirefox(extension: string, sites: Sites): Promise<FirefoxSession> {
  if (!existsSync(join(extension, 'manifest.json'))) throw new Error(`No built extension at ${extension}: run \`npm run build:firefox\` first.`);
  if (!existsSync(FIREFOX)) throw new Error(`Firefox not found at ${FIREFOX}: install Debian's firefox-esr (apt-get install -y firefox-esr) or set FIREFOX_PATH.`);
  const proxy = await startFixtureProxy(sites);
  const profile = mkdtempSync(join(tmpdir(), 'brand-sentry-firefox-'));
  // The add-on's id as the build wrote it (wxt.config.ts), so the fixed UUID is given to that id.
  const id: string = JSON.parse(readFileSync(join(extension, 'manifest.json'), 'utf8')).browser_specific_settings.gecko.id;
  writeFileSync(join(profile, 'user.js'), userPrefs(proxy.port, id));
  const firefox = spawn(FIREFOX, ['--headless', '--no-remote', '--profile', profile, '--remote-debugging-port=0', '--remote-allow-system-access'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let bidi: Bidi | undefined;
  const close = async () => {
    bidi?.close();
    firefox.kill();
    await proxy.close();
    rmSync(profile, { recursive: true, force: true });
  };
  try {
    const address = await new Promise<string>((resolve, reject) => {
      let seen = '';
      firefox.stderr!.on('data', (chunk) => {
        seen += String(chunk);
        const found = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(seen);
        if (found) resolve(found[1]!);
      });
      firefox.once('exit', (code) => reject(new Error(`Firefox exited (${code}) before it listened: ${seen.slice(-500)}`)));
    });
    bidi = await Bidi.connect(`${address}/session`);
    await bidi.send('session.new', { capabilities: { alwaysMatch: { acceptInsecureCerts: true } } });
    await bidi.send('webExtension.install', { extensionData: { type: 'path', path: extension } });
  } catch (error) {
    await close();
    throw error;
  }
  const session = bidi;
  return {
    url: (path) => `moz-extension://${EXTENSION_UUID}/${path}`,
    requests: proxy.requests,
    open: async (url) => {
      const { context } = await session.send<{ context: string }>('browsingContext.create', { type: 'tab' });
      await session.send('browsingContext.navigate', { context, url, wait: 'complete' });
      return tab(session, context);
    },
    close,
  };
}

function tab(bidi: Bidi, context: string): FirefoxTab {
  const call = async (fn: string, arg: unknown, ownership: 'none' | 'root') => {
    const reply = await bidi.send('script.callFunction', {
      functionDeclaration: fn,
      arguments: [{ type: 'string', value: JSON.stringify(arg ?? null) }],
      target: { context },
      awaitPromise: true,
      resultOwnership: ownership,
    });
    if (reply.type === 'exception') throw new Error(`In the page: ${reply.exceptionDetails.text}`);
    return reply.result;
  };
  return {
    context,
    evaluate: async (fn, arg) => {
      const result = await call(`async (json) => JSON.stringify((await (${fn.toString()})(JSON.parse(json))) ?? null)`, arg, 'none');
      return JSON.parse(result.value);
    },
    click: async (find, arg) => {
      const element = await call(`(json) => { const found = (${find.toString()})(JSON.parse(json)); if (!found) throw new Error('nothing to click'); found.scrollIntoView({ block: 'center' }); return found; }`, arg, 'root');
      await bidi.send('input.performActions', {
        context,
        actions: [{ type: 'pointer', id: 'mouse', actions: [{ type: 'pointerMove', x: 0, y: 0, origin: { type: 'element', element: { sharedId: element.sharedId } } }, { type: 'pointerDown', button: 0 }, { type: 'pointerUp', button: 0 }] }],
      });
      await bidi.send('input.releaseActions', { context });
    },
    screenshot: async (path) => {
      const { data } = await bidi.send<{ data: string }>('browsingContext.captureScreenshot', { context, origin: 'document' });
      writeFileSync(path, Buffer.from(data, 'base64'));
    },
    close: async () => {
      await bidi.send('browsingContext.close', { context });
    },
  };
}

/** Everything through the fixture proxy; the permission prompt answered yes (the click still has to be a user's); Firefox's own calls home off. */
function userPrefs(proxyPort: number, extensionId: string): string {
  const prefs: Record<string, string | number | boolean> = {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
    'extensions.webextensions.uuids': JSON.stringify({ [extensionId]: EXTENSION_UUID }),
    'extensions.webextOptionalPermissionPrompts': false,
    'app.normandy.enabled': false,
    'app.update.enabled': false,
    'browser.shell.checkDefaultBrowser': false,
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'extensions.update.enabled': false,
    'toolkit.telemetry.enabled': false,
  };
  return Object.entries(prefs).map(([name, value]) => `user_pref(${JSON.stringify(name)}, ${JSON.stringify(value)});`).join('\n');
}
