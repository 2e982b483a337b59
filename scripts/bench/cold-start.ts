import type { CDPSession, Page } from 'playwright-core';
import type { ExtensionBrowser } from '../chromium';
import { describe, median, result, type Row } from './report';

const RUNS = 15;
const WARMUP = 2;

/** What each extension is asked once awake: Brand Sentry's popup asks this first, and it needs no storage. */
const MESSAGE = { type: 'UItoBG.saveStatus' };

/**
 * Service-worker cold start: every worker stopped (CDP ServiceWorker.stopAllWorkers, as Chrome
 * stops an idle one), then a message sent from one of the extension's own pages, timed from the
 * send to the answer. That span is the worker's start, its module loaded and run (`main()`), and
 * the message answered. The floor is the same for the empty WXT extension (scripts/bench/
 * empty-extension) loaded in the same Chromium, alternating which goes first, medians. Run on
 * an empty database: what the worker's own code costs (the database's share is in the popup and
 * ingest figures), and what every seller pays on the first message after Chrome stopped it.
 */
export async function coldStartFigure(session: ExtensionBrowser): Promise<Row> {
  const floorId = session.alongsideIds[0];
  if (!floorId) throw new Error('the cold start figure needs the empty extension loaded alongside');
  const ours = await session.context.newPage();
  const floor = await session.context.newPage();
  // Pages with no script of their own: only an origin to send from.
  await ours.goto(`chrome-extension://${session.extensionId}/manifest.json`);
  await floor.goto(`chrome-extension://${floorId}/manifest.json`);
  const cdp = await session.context.newCDPSession(ours);
  const running = new Map<string, string>();
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const version of versions) running.set(version.versionId, version.runningStatus);
  });
  await cdp.send('ServiceWorker.enable');
  const times = { ours: [] as number[], floor: [] as number[] };
  try {
    for (let i = -WARMUP; i < RUNS; i++) {
      for (const which of i % 2 === 0 ? (['ours', 'floor'] as const) : (['floor', 'ours'] as const)) {
        await stopAll(cdp, running);
        const ms = await timeFirstAnswer(which === 'ours' ? ours : floor);
        if (i >= 0) times[which].push(ms);
      }
    }
  } finally {
    await cdp.detach();
    await ours.close();
    await floor.close();
  }
  const oursMedian = median(times.ours);
  const floorMedian = median(times.floor);
  return result({
    name: 'service worker cold start to first answer / empty WXT background',
    value: oursMedian / floorMedian,
    unit: 'x',
    budget: 2,
    note: `Brand Sentry ${describe(times.ours, 'ms')}; empty WXT background ${describe(times.floor, 'ms')}; send of ${MESSAGE.type} to its answer, every worker stopped before each, alternating`,
  });
}

/** Stops every service worker and waits until none runs, so the next message starts one. */
async function stopAll(cdp: CDPSession, running: Map<string, string>): Promise<void> {
  await cdp.send('ServiceWorker.stopAllWorkers');
  const deadline = Date.now() + 10_000;
  while ([...running.values()].some((status) => status !== 'stopped')) {
    if (Date.now() > deadline) throw new Error(`service workers did not stop: ${JSON.stringify([...running])}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function timeFirstAnswer(page: Page): Promise<number> {
  const { ms, reply } = await page.evaluate(async (message) => {
    const start = performance.now();
    const reply = await (globalThis as any).chrome.runtime.sendMessage(message);
    return { ms: performance.now() - start, reply };
  }, MESSAGE);
  if (!reply?.ok) throw new Error(`${page.url()} answered ${JSON.stringify(reply)}`);
  return ms;
}
