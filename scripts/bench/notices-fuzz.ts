import { performance } from 'node:perf_hooks';
import { parseNoticeStrict } from '../../lib/notices/parse';
import { benignText } from '../../tests/helpers/adversarial';
import { noticeFuzzCases } from '../../tests/helpers/notice-fuzz';
import { median, repeat, result, round, type Row } from './report';

const CASES = 2_000;
/** Below this a case takes a few microseconds and its ratio is timer noise. */
const MIN_CHARS = 2_000;
const SLOWEST = 5;
const RUNS = 3;

/**
 * The notice fuzz test's 2 000 generated inputs (tests/helpers/notice-fuzz.ts: fixtures cut,
 * shuffled, relabelled, glued, label soup, binary, up to 1.5 MB), timed: the slowest per
 * character of them, re-timed as a median, as a ratio to a benign notice text of the same size
 * measured in the same run. A step that is not linear on some mutation shows as a large ratio.
 */
export async function noticesFuzzFigure(): Promise<Row> {
  const timed: { index: number; chars: number; perChar: number; text: string; source: Parameters<typeof parseNoticeStrict>[0] }[] = [];
  const started = performance.now();
  for (const { index, text, source } of noticeFuzzCases(CASES)) {
    const before = performance.now();
    parseNoticeStrict(source);
    const ms = performance.now() - before;
    if (text.length >= MIN_CHARS) timed.push({ index, chars: text.length, perChar: ms / text.length, text, source });
  }
  const total = performance.now() - started;
  timed.sort((a, b) => b.perChar - a.perChar);
  let worst = { ratio: 0, index: -1, chars: 0, ms: 0, benign: 0 };
  for (const candidate of timed.slice(0, SLOWEST)) {
    const time = async (run: () => unknown) => median(await repeat(RUNS, 1, () => {
      const start = performance.now();
      run();
      return performance.now() - start;
    }));
    const ms = await time(() => parseNoticeStrict(candidate.source));
    const benign = benignText(candidate.chars);
    const benignMs = await time(() => parseNoticeStrict({ text: benign, origin: 'paste' }));
    const ratio = ms / benignMs;
    if (ratio > worst.ratio) worst = { ratio, index: candidate.index, chars: candidate.chars, ms, benign: benignMs };
  }
  return result({
    name: 'notices fuzz, slowest generated input / benign',
    value: worst.ratio,
    unit: 'x benign',
    budget: 3,
    note: `case ${worst.index} (${worst.chars} chars) ${round(worst.ms)} ms; benign text of the same size ${round(worst.benign)} ms; ${timed.length} of ${CASES} cases of ${MIN_CHARS}+ chars, all ${CASES} in ${round(total)} ms`,
  });
}
