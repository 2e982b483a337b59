/**
 * Does a small charting library pay for itself in size against the overview's plain SVG?
 *
 *   mkdir /tmp/charts && cd /tmp/charts && npm init -y && npm install --ignore-scripts \
 *     chartist@1.5.0 frappe-charts@1.6.2 d3-scale@4.0.3 d3-axis@3.0.1 d3-selection@3.0.1 d3-shape@3.2.1 \
 *     @observablehq/plot@0.6.17 uplot@1.6.32
 *   npx tsx scripts/chart-library-size.ts /tmp/charts
 *
 * Each candidate is bundled as the dashboard would ship it (esbuild, the bundler under Vite:
 * ES module, minified, tree-shaken to the exports our three pictures would need, with the CSS it
 * needs to draw), then gzipped at level 9. Against it: our drawing code, the part a library would
 * replace (lib/overview/draw*.ts, svg.ts and the Preact renderer; Preact itself is shipped anyway).
 * The data preparation (weekly counts, date lines, follow-sellers), the tables and the words stay
 * ours with or without a library, so they are in neither figure. The candidates are not project
 * dependencies: they are installed in a folder of their own for this measurement only.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const ROOT = process.cwd();

interface Candidate {
  name: string;
  /** What the three pictures (stacked bars per week, a date line, a dot per seller against a line) would import. */
  entry: string;
  css?: string;
  note: string;
}

const CANDIDATES: Candidate[] = [
  { name: 'chartist 1.5.0', entry: "export { BarChart, LineChart } from 'chartist';", css: 'chartist/dist/index.css', note: 'SVG; bars and lines, a date line drawn by hand on its Svg' },
  { name: 'frappe-charts 1.6.2', entry: "export { Chart } from 'frappe-charts';", note: 'SVG; CSS injected by the script' },
  {
    name: 'd3-scale + d3-axis + d3-selection + d3-shape',
    entry: "export { scaleLinear, scaleBand, scaleUtc } from 'd3-scale'; export { axisBottom, axisLeft } from 'd3-axis'; export { select } from 'd3-selection'; export { stack } from 'd3-shape';",
    note: 'SVG building blocks; the marks, labels and lanes still written by hand',
  },
  { name: '@observablehq/plot 0.6.17', entry: "export { plot, barY, stackY, dot, ruleX, text, tickX } from '@observablehq/plot';", note: 'SVG; brings d3' },
  { name: 'uplot 1.6.32', entry: "export { default } from 'uplot';", css: 'uplot/dist/uPlot.min.css', note: 'canvas, not SVG: no markup for screen readers or for report.html' },
];

const OURS = `
export { drawWeeklyChart, drawDateLine } from './lib/overview/draw';
export { drawFollowSellers } from './lib/overview/draw-offers';
export { drawingMarkup } from './lib/overview/svg';
export { DrawingSvg } from './components/overview/Drawing';
`;

async function bundledBytes(contents: string, resolveDir: string, external: string[] = []): Promise<{ raw: number; gzip: number }> {
  const result = await build({
    stdin: { contents, resolveDir, loader: 'tsx' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    treeShaking: true,
    jsx: 'automatic',
    jsxImportSource: 'preact',
    external,
    logLevel: 'error',
  });
  const code = Buffer.concat(result.outputFiles.map((file) => Buffer.from(file.contents)));
  return { raw: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

const dir = process.argv[2];
if (!dir || !existsSync(join(dir, 'node_modules'))) {
  console.error('Usage: npx tsx scripts/chart-library-size.ts DIR (a folder where the candidates are installed; see the comment at the top of this file)');
  process.exit(2);
}
const ours = await bundledBytes(OURS, ROOT, ['preact', 'preact/*']);
console.log(`plain SVG (ours): ${kB(ours.raw)} minified, ${kB(ours.gzip)} gzipped`);
for (const candidate of CANDIDATES) {
  const js = await bundledBytes(candidate.entry, dir);
  const css = candidate.css ? readFileSync(join(dir, 'node_modules', candidate.css)) : Buffer.alloc(0);
  const gzip = js.gzip + (css.length ? gzipSync(css, { level: 9 }).length : 0);
  const raw = js.raw + css.length;
  console.log(`${candidate.name}: ${kB(raw)} minified, ${kB(gzip)} gzipped, ${(gzip / ours.gzip).toFixed(1)}x ours (${candidate.note})`);
}
