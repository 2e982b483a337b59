import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allRowsInPage } from '../../scripts/chromium';
import { FIREFOX_BUILD, launchFirefox, type FirefoxSession, type FirefoxTab } from '../../scripts/firefox/launch';
import { expectTheTwoFollowSellers, HIJACKER, isRetail, OFFERS_PATH, PRODUCT_PATH, RETAIL, storySites, UNDERCUTTER } from './follow-seller-story';
import { ARTIFACTS, waitFor } from './harness';

const storedRows = (tab: FirefoxTab, table: string) => tab.evaluate(allRowsInPage, table);

/** Types into the field whose label contains `label`, as Preact's onInput hears it. */
const fill = (tab: FirefoxTab, label: string, value: string) =>
  tab.evaluate(
    ({ label, value }: { label: string; value: string }) => {
      const control = [...document.querySelectorAll('label')].find((element) => element.textContent?.includes(label))?.control as HTMLInputElement | undefined;
      if (!control) throw new Error(`no field labelled ${label}`);
      Object.getOwnPropertyDescriptor(Object.getPrototypeOf(control), 'value')!.set!.call(control, value);
      control.dispatchEvent(new Event('input', { bubbles: true }));
      return true;
    },
    { label, value },
  );

const clickButton = (tab: FirefoxTab, name: string) => tab.click((text: string) => [...document.querySelectorAll('button')].find((button) => button.textContent?.trim() === text), name);
const textOf = (tab: FirefoxTab) => tab.evaluate(() => document.body.innerText);
const waitForText = (tab: FirefoxTab, pattern: RegExp) => waitFor(async () => pattern.test(await textOf(tab)), `the text ${pattern}`, 30_000);

/**
 * Issue 14's Firefox path in real Firefox (Debian's ESR, driven over WebDriver BiDi): the retail
 * content script registered at run time after the seller's grant, and "Check offers now" fetched
 * and read in the background page's own DOM (Firefox has no offscreen documents), through the
 * same records, flags and stops as in Chromium.
 */
describe('follow-sellers in real Firefox', () => {
  const sites = storySites();
  let firefox: FirefoxSession;
  let settings: FirefoxTab;
  const flags = async () => (await storedRows(settings, 'flags')).filter((flag) => flag.kind === 'follow-seller');

  beforeAll(async () => {
    firefox = await launchFirefox(FIREFOX_BUILD, sites);
    settings = await firefox.open(firefox.url('options.html'));
    await waitForText(settings, /Brand name/);
    await fill(settings, 'Brand name', 'Lumora');
    await fill(settings, 'Marketplaces', 'US');
    await fill(settings, 'Authorized resellers', 'A7TRUSTEDRESELL');
    await fill(settings, 'Your seller IDs', 'A2LUMORA0DIRECT');
    await clickButton(settings, 'Save brands');
    await waitForText(settings, /Saved\./);
  }, 90_000);
  afterAll(async () => firefox?.close());

  it('reads nothing on Amazon\'s shop before the seller allows a marketplace', async () => {
    expect(firefox.requests.filter(isRetail)).toEqual([]);
    const tab = await firefox.open(`${RETAIL}${PRODUCT_PATH}`);
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect(await storedRows(settings, 'captures')).toEqual([]);
    await tab.close();
  });

  it('after the grant, the run-time content script reads the seller\'s listing and flags each unauthorized seller', async () => {
    await clickButton(settings, 'Watch offers on my listings in US');
    await waitForText(settings, /Watching US/);
    const product = await firefox.open(`${RETAIL}${PRODUCT_PATH}`);
    await waitFor(async () => (await storedRows(settings, 'offerSnapshots')).length >= 1, 'the product page read');
    await product.close();
    const list = await firefox.open(`${RETAIL}${OFFERS_PATH}?asin=B0CLMR7X2Q&pc=dp`);
    const stored = await waitFor(async () => {
      const rows = await flags();
      return rows.length >= 2 && rows;
    }, 'the follow-seller flags');
    await list.close();
    expectTheTwoFollowSellers(stored);
  });

  it('"Check offers now" fetches and reads the offer list in the background page; the flags resolve when the sellers are gone', async () => {
    sites[RETAIL]![OFFERS_PATH] = 'retail/us-aod-offers-gone.html';
    const before = firefox.requests.length;
    await clickButton(settings, 'Check offers now');
    await waitForText(settings, /Checked 1 listings\./);
    expect(firefox.requests.slice(before).filter(isRetail)).toEqual([`${RETAIL}${OFFERS_PATH}?asin=B0CLMR7X2Q&pc=dp`]);
    const checked = (await storedRows(settings, 'captures')).filter((capture) => capture.source === 'check');
    expect(checked).toHaveLength(1);
    const resolved = await waitFor(async () => {
      const rows = await flags();
      return rows.every((flag) => flag.state === 'resolved') && rows;
    }, 'the resolved follow-seller flags');
    expect(resolved.map((flag) => flag.key).sort()).toEqual([HIJACKER, UNDERCUTTER]);
  });

  it('stops the run at a robot check and says so', async () => {
    sites[RETAIL]![OFFERS_PATH] = 'retail/robot-check.html';
    await clickButton(settings, 'Check offers now');
    await waitForText(settings, /Stopped: Amazon showed a robot check/);
    mkdirSync(ARTIFACTS, { recursive: true });
    await settings.screenshot(join(ARTIFACTS, 'firefox-settings-offer-check-robot.png'));
  });
});
