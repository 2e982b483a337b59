/**
 * `npm run bench`: builds the production extension into .output-bench (see package.json) and the
 * empty WXT extension the browser figures are measured against (scripts/bench/empty-extension,
 * into .output-bench/empty), then measures every budget (README, Budgets) and writes
 * bench-results.json at the repo root. Exit code 1 when a budget is missed. Every timed figure
 * is a ratio to a floor measured in the same run. Browser figures run in Debian's Chromium
 * (scripts/chromium.ts), Brand Sentry and the empty extension loaded side by side;
 * `--only <substring>` runs the figures whose group name contains it (size, read, interpret,
 * recompute, extension popup, extension store a capture, extension cold start, adversarial,
 * notices fuzz; `--only extension` runs the three browser figures).
 */
import './jitless';
import { join } from 'node:path';
import { build } from 'wxt';
import { launchWithExtension, type ExtensionBrowser } from '../chromium';
import { adversarialFigures } from './adversarial';
import { coldStartFigure } from './cold-start';
import { dataset } from './dataset';
import { fillDatabase } from './fill';
import { ingestFigure } from './ingest';
import { interpretFigure } from './interpret';
import { noticesFuzzFigure } from './notices-fuzz';
import { popupFigure, popupUrl } from './popup';
import { readOfferPageFigure } from './read-offer-page';
import { readPageFigure } from './read-page';
import { analysisInput, flagsFor, recomputeFigure } from './recompute';
import { printTable, type Row, writeJson } from './report';
import { sizeFigures } from './size';
import { installParserDataFromSources } from '../../lib/parser-data-sources';

// The Node figures parse with the sources of the data the extension loads from its package.
installParserDataFromSources();

const OUTPUT = join(process.cwd(), process.env.WXT_OUT_DIR ?? '.output-bench');
const EXTENSION = join(OUTPUT, 'chrome-mv3');
const FLOOR_EXTENSION = join(OUTPUT, 'empty', 'chrome-mv3');

async function main() {
  const onlyIndex = process.argv.indexOf('--only');
  const only = onlyIndex > 0 ? process.argv[onlyIndex + 1] : undefined;
  const wanted = (group: string) => !only || group.includes(only);
  const rows: Row[] = [];
  const step = async (group: string, run: () => Promise<Row | Row[]>) => {
    if (!wanted(group)) return;
    const started = Date.now();
    process.stdout.write(`bench: ${group}...`);
    const out = await run();
    rows.push(...(Array.isArray(out) ? out : [out]));
    process.stdout.write(` ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  };

  await step('size', async () => sizeFigures(EXTENSION));
  await step('interpret', interpretFigure);
  await step('adversarial', adversarialFigures);
  await step('notices fuzz', noticesFuzzFigure);

  const needData = wanted('recompute') || wanted('extension popup') || wanted('extension store a capture');
  let databaseNote = '';
  const data = needData ? dataset() : null;
  const input = data ? await analysisInput(data) : null;
  const flags = input ? flagsFor(input) : [];
  await step('recompute', () => recomputeFigure(input!, flags, data!.listingSnapshots.length));

  // The browser figures: each its own group (`--only popup`, `--only store`, `--only cold`), or all
  // with `--only extension`. The popup and the big-database store share one filled database.
  const popupGroup = 'extension popup';
  const storeGroup = 'extension store a capture';
  const coldGroup = 'extension cold start';
  const needFull = wanted(popupGroup) || wanted(storeGroup);
  const needBrowser = wanted('read') || wanted('read offers') || needFull || wanted(coldGroup);
  // The popup and the cold start are each measured against the empty extension, loaded alongside.
  const needFloor = wanted(popupGroup) || wanted(coldGroup);
  if (needFloor) {
    process.stdout.write('bench: building the empty extension...\n');
    await build({ root: join(process.cwd(), 'scripts', 'bench', 'empty-extension'), outDir: join(OUTPUT, 'empty') });
  }
  const launch = () => launchWithExtension(EXTENSION, {}, { alongside: needFloor ? [FLOOR_EXTENSION] : [] });
  let empty: ExtensionBrowser | undefined;
  let full: ExtensionBrowser | undefined;
  try {
    if (needBrowser) empty = await launch();
    await step('read', () => readPageFigure(empty!.context));
    await step('read offers', () => readOfferPageFigure(empty!.context));
    let open = 0;
    if (needFull) {
      full = await launch();
      const fillPage = await full.context.newPage();
      const counts = await fillDatabase(fillPage, popupUrl(full), data!, flags);
      await fillPage.close();
      open = flags.filter((flag) => flag.state === 'open').length;
      databaseNote = `database: ${Object.entries(counts).map(([k, v]) => `${k} ${v}`).join(', ')}`;
    }
    await step(popupGroup, async () => {
      const popup = await popupFigure(full!, open);
      popup.note = `${popup.note}; ${databaseNote}`;
      return popup;
    });
    let bigIngest: Row[] = [];
    if (wanted(storeGroup)) bigIngest = await ingestFigure(full!, 'big database', 2);
    // Closed first, so its worker's work on the big database does not run beside the rest.
    await full?.close();
    full = undefined;
    await step(storeGroup, async () => [...(await ingestFigure(empty!, 'empty database', 1)), ...bigIngest]);
    await step(coldGroup, () => coldStartFigure(empty!));
  } finally {
    await empty?.close();
    await full?.close();
  }

  printTable(rows);
  const path = writeJson(rows);
  const missed = rows.filter((row) => !row.ok);
  console.log(`\n${path}: ${rows.length} figures, ${missed.length} over budget${missed.length ? `: ${missed.map((r) => r.name).join('; ')}` : ''}`);
  process.exitCode = missed.length ? 1 : 0;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
