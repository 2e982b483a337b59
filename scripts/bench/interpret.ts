import { interpret } from '../../lib/interpret';
import { noticeReads } from '../../tests/helpers/notice-reads';
import { cpuMs, describe, median, result, type Row } from './report';

const NOTICES = 2_000;
/** Notices per slice: the floor and interpret take turns every slice, so load hits both alike. */
const SLICE = 50;
const RUNS = 9;
const WARMUP = 2;
/** Today's ratio, the worst of runs beside a build on the 2-core machine (README, Budgets): it may not get worse. */
export const INTERPRET_BUDGET = 80;

/**
 * How fast PageReads become records: `interpret()` over generated notices of typical size (2-4 kB,
 * seven languages, eight templates, as pages, webmail and pastes), against a floor that touches
 * every input once: `JSON.stringify` of each read (every field and character read and written
 * once, what sending it in a message costs). Both run over the same notices in slices of 50,
 * taking turns (and turns at going first), so a busy machine slows both alike; the figure is the
 * median of the slices' ratios (a burst of other work lands in a few slices, not in the median).
 */
export async function interpretFigure(): Promise<Row> {
  const reads = noticeReads(NOTICES).map((generated) => generated.read);
  const averageChars = Math.round(reads.reduce((sum, read) => sum + read.text.length, 0) / reads.length);
  let found = 0;
  let sink = 0;
  const times = { interpret: [] as number[], floor: [] as number[] };
  const ratios: number[] = [];
  for (let run = -WARMUP; run < RUNS; run++) {
    const pass = { interpret: 0, floor: 0 };
    found = 0;
    for (let from = 0; from < reads.length; from += SLICE) {
      const slice = reads.slice(from, from + SLICE);
      const spent = { interpret: 0, floor: 0 };
      for (const what of (from / SLICE + run) % 2 === 0 ? (['interpret', 'floor'] as const) : (['floor', 'interpret'] as const)) {
        const start = cpuMs();
        if (what === 'interpret') for (const read of slice) found += interpret(read).notices.length;
        else for (const read of slice) sink += JSON.stringify(read).length;
        spent[what] = cpuMs() - start;
        pass[what] += spent[what];
      }
      if (run >= 0) ratios.push(spent.interpret / spent.floor);
    }
    if (run >= 0) {
      times.interpret.push(pass.interpret);
      times.floor.push(pass.floor);
    }
  }
  if (sink === 0) throw new Error('the floor serialised nothing');
  const rate = NOTICES / (median(times.interpret) / 1000);
  return result({
    name: 'interpret notices / JSON.stringify of the reads',
    value: median(ratios),
    unit: 'x',
    budget: INTERPRET_BUDGET,
    note: `median of ${ratios.length} slices' ratios; ${NOTICES} generated notices (average ${averageChars} chars, ${found} notices found per pass, ${Math.round(rate)} notices per CPU second); interpret pass ${describe(times.interpret, 'ms CPU')}; JSON.stringify pass ${describe(times.floor, 'ms CPU')}`,
  });
}
