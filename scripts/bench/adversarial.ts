import { interpret } from '../../lib/interpret';
import { PageRead } from '../../lib/model/page-read';
import { readEml } from '../../lib/notices/eml';
import { readPastedText } from '../../lib/notices/paste';
import { adversarialEml, adversarialTexts, benignText, fill } from '../../tests/helpers/adversarial';
import { cpuMs, median, result, round, type Row } from './report';

const RUNS = 5;
const SIZES = [100_000, 1_000_000];

type Pipeline = (text: string) => Promise<unknown>;

/** The paths a seller's text takes: pasted, and an HTML-only mail (postal-mime, then HTML to text). */
const PIPELINES: Record<string, Pipeline> = {
  paste: async (text) => interpret(PageRead.parse(readPastedText(text, 0))),
  'html mail': async (text) => interpret(PageRead.parse(await readEml(adversarialEml(text)))),
};

/**
 * Bounded work on any input: for each pipeline and size, the slowest adversarial input's time
 * (tests/helpers/adversarial.ts: runs of separators, dots, `<`, `@`, combining marks...) as a
 * ratio to a benign notice text of the same size, measured in the same run (taking turns, CPU
 * time, medians of 5).
 * A quadratic step shows as a ratio in the tens or thousands; budget 3x.
 */
export async function adversarialFigures(): Promise<Row[]> {
  const rows: Row[] = [];
  for (const [pipeline, run] of Object.entries(PIPELINES)) {
    for (const size of SIZES) {
      const benign = benignText(size);
      const found = await slowestOverBenign(
        adversarialTexts(size).map(({ name, text }) => ({ name, run: () => run(text) })),
        () => run(benign),
      );
      rows.push(
        result({
          name: `adversarial ${pipeline}, ${size / 1000} kB`,
          value: found.ms / found.benign,
          unit: 'x benign',
          budget: 3,
          note: `slowest "${found.name}" ${round(found.ms)} ms CPU; benign text of the same size ${round(found.benign)} ms CPU`,
        }),
      );
    }
  }
  rows.push(await encodedMailFigure(1_000_000));
  return rows;
}

/**
 * Every hostile input once, then the slowest `retimed` of them each taking turns with the benign
 * input (and turns at going first) `runs` times, in CPU time (cpuMs: time the machine gives other
 * work is not counted); the worst median against the benign median.
 */
async function slowestOverBenign(hostile: ReadonlyArray<{ name: string; run: () => Promise<unknown> }>, benign: () => Promise<unknown>, runs = RUNS, retimed = 1) {
  const once = async (run: () => Promise<unknown>) => {
    const start = cpuMs();
    await run();
    return cpuMs() - start;
  };
  const first: Array<{ name: string; run: () => Promise<unknown>; ms: number }> = [];
  for (const input of hostile) first.push({ ...input, ms: await once(input.run) });
  let worst = { name: '', ms: 0, benign: 1 };
  for (const candidate of first.sort((a, b) => b.ms - a.ms).slice(0, retimed)) {
    const times = { slowest: [] as number[], benign: [] as number[] };
    for (let i = -1; i < runs; i++) {
      for (const what of i % 2 === 0 ? (['slowest', 'benign'] as const) : (['benign', 'slowest'] as const)) {
        const ms = await once(what === 'slowest' ? candidate.run : benign);
        if (i >= 0) times[what].push(ms);
      }
    }
    const found = { name: candidate.name, ms: median(times.slowest), benign: median(times.benign) };
    if (found.ms / found.benign > worst.ms / worst.benign) worst = found;
  }
  return worst;
}

const mailHead = (encoding: string) => `From: "Amazon" <notice@amazon.com>\r\nSubject: Notice\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: ${encoding}\r\n\r\n`;

/**
 * The transfer encodings' own shapes an attacker picks: base64 whose every short line is
 * padded (one unit per line), lines of one character, quoted-printable all escapes or all soft
 * breaks. The slowest, as a ratio to a benign base64 mail of the same size (76-character lines
 * of a notice), each shape taking turns with it, medians of 21.
 */
async function encodedMailFigure(size: number): Promise<Row> {
  const benignBody = Buffer.from(benignText(Math.floor((size * 3) / 4))).toString('base64').replace(/.{76}/g, '$&\r\n');
  const hostile: Record<string, string> = {
    'base64, every line padded': mailHead('base64') + fill('QQ==\r\n', size),
    'base64, one character a line': mailHead('base64') + fill('Q\r\n', size),
    'quoted-printable, all escapes': mailHead('quoted-printable') + fill('=41=42=43=\r\n', size),
    'quoted-printable, all soft breaks': mailHead('quoted-printable') + fill('=\r\n', size),
  };
  const benign = mailHead('base64') + benignBody;
  const found = await slowestOverBenign(
    Object.entries(hostile).map(([name, mail]) => ({ name, run: () => readEml(mail) })),
    () => readEml(benign),
    // Tens of milliseconds each: every shape re-timed, and more turns, for a steady median.
    21,
    Object.keys(hostile).length,
  );
  return result({
    name: `adversarial encoded mail, ${size / 1000} kB`,
    value: found.ms / found.benign,
    unit: 'x benign',
    budget: 3,
    note: `slowest "${found.name}" ${round(found.ms)} ms CPU; a benign base64 mail of the same size ${round(found.benign)} ms CPU`,
  });
}
