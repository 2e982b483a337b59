// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { ingest } from '../../lib/background/ingest';
import { interpret } from '../../lib/interpret';
import { PageRead } from '../../lib/model/page-read';
import { NoticeDraft } from '../../lib/model/notice';
import { readPage } from '../../lib/pages/read-page';
import { examplesOf } from '../../lib/pages/examples';
import { PAGE_KINDS } from '../../lib/pages/registry';
import { freshDb } from '../helpers/db';
import { MUTATIONS, mutateHtml, mutateRead, type Mutation } from '../helpers/mutate';
import { noticeRead } from '../helpers/notice-reads';
import { random } from '../helpers/prng';
import { sellerCentralPage } from '../helpers/seller-central-page';

/**
 * Generated and mutated inputs through the whole pipeline: the page reader (happy-dom), the
 * interpreters and ingest on fake-indexeddb. Nothing may throw, every read must stay valid (the
 * background rejects what is not), and every stored capture ends interpreted or unrecognised
 * with a reason: never lost, never failed, never pending. Seeded: a failure names its seed and
 * index, and reproduces. No timing assertions (the test timeouts are the hang guard; speed is
 * `npm run bench`).
 */
const ITEMS = 10_000;
const DOM_PAGES = 300;
const INGESTED = 300;

interface Item {
  index: number;
  mutation: Mutation | 'none';
  read: PageRead;
}

function generate(seed: number, count: number): Item[] {
  const rng = random(seed);
  return Array.from({ length: count }, (_, index) => {
    const base = noticeRead(rng).read;
    // Every tenth item unmutated; the rest one or two mutations; only a few huge ones (1 MB).
    let mutation: Mutation | 'none' = 'none';
    let read = base;
    if (index % 10 !== 0) {
      mutation = index % 500 === 1 ? 'huge' : rng.pick(MUTATIONS.filter((m) => m !== 'huge'));
      read = mutateRead(rng, read, mutation);
      if (rng.chance(0.3)) read = mutateRead(rng, read, rng.pick(MUTATIONS.filter((m) => m !== 'huge' && m !== 'duplicate')));
    }
    return { index, mutation, read: PageRead.parse(read) };
  });
}

const short = (item: Item) => `#${item.index} (${item.mutation}, ${item.read.pageKind}): ${JSON.stringify(item.read.text.slice(0, 80))}`;

describe('fuzz: generated and mutated pages and notices', () => {
  const items = generate(20_261_124, ITEMS);

  it(`interprets ${ITEMS} generated notices and mutations without throwing, each interpreted or unrecognised with a reason`, () => {
    const failures: string[] = [];
    let slowest = { ms: 0, item: '' };
    const statuses: Record<string, number> = {};
    for (const item of items) {
      const started = performance.now();
      try {
        const result = interpret(item.read);
        statuses[result.status] = (statuses[result.status] ?? 0) + 1;
        if (result.status !== 'interpreted' && result.status !== 'unrecognised') failures.push(`${short(item)}: status ${result.status}`);
        if (result.status === 'unrecognised' && !result.reason?.key) failures.push(`${short(item)}: unrecognised without a reason`);
        for (const { draft } of result.notices) {
          const valid = NoticeDraft.safeParse(draft);
          if (!valid.success) failures.push(`${short(item)}: notice draft would not store: ${valid.error.issues[0]?.path.join('.')} ${valid.error.issues[0]?.message}`);
        }
      } catch (error) {
        failures.push(`${short(item)}: threw ${error instanceof Error ? error.stack?.split('\n').slice(0, 3).join(' ') : String(error)}`);
      }
      const ms = performance.now() - started;
      if (ms > slowest.ms) slowest = { ms, item: short(item) };
    }
    console.info(`fuzz interpret: ${JSON.stringify(statuses)}; slowest ${slowest.ms.toFixed(0)} ms ${slowest.item}`);
    expect(failures.slice(0, 20)).toEqual([]);
  }, 300_000);

  it(`reads ${DOM_PAGES} generated, broken and hostile Seller Central pages in happy-dom into valid PageReads`, () => {
    const rng = random(4_242);
    const kinds = PAGE_KINDS.filter((kind) => kind.auto);
    const failures: string[] = [];
    for (let i = 0; i < DOM_PAGES; i++) {
      const size = i < 2 ? 1_000_000 : i % 50 === 3 ? 0 : rng.int(2_000, 60_000);
      const page = size === 0 ? '' : sellerCentralPage({ targetBytes: size, seed: i }).html;
      const html = i % 3 === 0 ? page : mutateHtml(rng, page);
      const kind = rng.pick(kinds);
      const examples = examplesOf(kind.id);
      const url = new URL(examples[i % examples.length]!);
      document.open();
      document.write(html);
      document.close();
      try {
        const read = PageRead.safeParse(readPage(document, url, kind, { keepHtml: rng.chance(0.2) }));
        if (!read.success) failures.push(`page ${i} (${kind.id}): invalid read: ${read.error.issues.slice(0, 2).map((issue) => `${issue.path.join('.')} ${issue.message}`).join('; ')}`);
        else if (html.includes('onerror=alert') && read.data.text.includes('<img')) {
          // An attribute payload is data: it may appear as text, it must not have become an element.
          if (document.querySelector('img[onerror]')) failures.push(`page ${i}: an attribute payload became an element`);
        }
      } catch (error) {
        failures.push(`page ${i} (${kind.id}): readPage threw ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    expect(failures.slice(0, 20)).toEqual([]);
  }, 600_000); // a hang guard: minutes on the shared 2-core machine when every suite runs at once

  it(`stores ${INGESTED} of them through ingest: every capture kept, none failed or pending, unrecognised ones say why`, async () => {
    const db = freshDb();
    const rng = random(77);
    const sample = rng.shuffle(items).slice(0, INGESTED);
    const failures: string[] = [];
    let now = Date.UTC(2026, 10, 1);
    for (const item of sample) {
      try {
        const result = await ingest(db, { read: item.read, source: rng.pick(['auto', 'click', 'paste', 'eml'] as const), now: (now += 60_000) });
        const stored = await db.captures.get(result.captureId);
        if (!stored) failures.push(`${short(item)}: capture lost`);
        else if (stored.status !== 'interpreted' && stored.status !== 'unrecognised') failures.push(`${short(item)}: stored as ${stored.status}: ${JSON.stringify(stored.statusReason)}`);
        else if (stored.status === 'unrecognised' && !stored.statusReason?.key) failures.push(`${short(item)}: unrecognised without a reason`);
      } catch (error) {
        failures.push(`${short(item)}: ingest threw ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    expect(failures.slice(0, 20)).toEqual([]);
    expect(await db.captures.count()).toBeGreaterThan(INGESTED * 0.9); // a few mutations are identical pages: one capture
    db.close();
  }, 300_000);
});
