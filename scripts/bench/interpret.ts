import { performance } from 'node:perf_hooks';
import { interpret } from '../../lib/interpret';
import { noticeReads } from '../../tests/helpers/notice-reads';
import { describe, median, repeat, result, type Row } from './report';

const NOTICES = 2_000;
const RUNS = 9;
const WARMUP = 2;

/**
 * How fast PageReads become records: `interpret()` over generated notices of typical size (2-4 kB,
 * seven languages, eight templates, as pages, webmail and pastes). Each run interprets all of
 * them; the figure is notices per second at the median run.
 */
export async function interpretFigure(): Promise<Row> {
  const reads = noticeReads(NOTICES).map((generated) => generated.read);
  const averageChars = Math.round(reads.reduce((sum, read) => sum + read.text.length, 0) / reads.length);
  let found = 0;
  const times = await repeat(RUNS, WARMUP, () => {
    const start = performance.now();
    found = 0;
    for (const read of reads) found += interpret(read).notices.length;
    return performance.now() - start;
  });
  const rates = times.map((ms) => NOTICES / (ms / 1000));
  return result({
    name: 'interpret notices',
    value: median(rates),
    unit: 'notices/s',
    budget: 5_000,
    better: 'higher',
    note: `${NOTICES} generated notices (average ${averageChars} chars, ${found} notices found per pass); pass time ${describe(times, 'ms')}`,
  });
}
