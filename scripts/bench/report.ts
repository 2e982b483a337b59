import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** One measured figure against its budget. `ok` is decided here, from `value`, `budget` and `better`. */
export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  budget: number;
  ok: boolean;
}

export interface Measured {
  name: string;
  value: number;
  unit: string;
  budget: number;
  /** 'lower' (a time, a size, a ratio: at most the budget) or 'higher' (a rate: at least the budget). */
  better?: 'lower' | 'higher';
  /** Context printed under the table (samples, sizes, what the baseline was); not in the JSON. */
  note?: string;
}

/** A result with what the table prints beside it. */
export type Row = BenchResult & Pick<Measured, 'note' | 'better'>;

export function result(measured: Measured): Row {
  const better = measured.better ?? 'lower';
  const ok = better === 'lower' ? measured.value <= measured.budget : measured.value >= measured.budget;
  return { name: measured.name, value: round(measured.value), unit: measured.unit, budget: measured.budget, ok, note: measured.note, better };
}

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * Milliseconds of CPU time this process has used (all its threads, user and system). The Node
 * figures time their work and its floor with it rather than the wall clock: on a machine shared
 * with other work, a long span is preempted more often than a short one, which wall time turns
 * into a ratio that grows with the load.
 */
export function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

export function round(value: number): number {
  return Math.abs(value) >= 100 ? Math.round(value * 10) / 10 : Math.round(value * 1000) / 1000;
}

/** Runs `sample` `warmup` times unmeasured, then `runs` times; returns every measured value. */
export async function repeat(runs: number, warmup: number, sample: (index: number) => Promise<number> | number): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await sample(-1 - i);
  const values: number[] = [];
  for (let i = 0; i < runs; i++) values.push(await sample(i));
  return values;
}

export const describe = (values: readonly number[], unit: string): string =>
  `median of ${values.length}: ${round(median(values))} ${unit} (min ${round(Math.min(...values))}, max ${round(Math.max(...values))})`;

/** The table on stdout, then the notes. */
export function printTable(results: readonly Row[]): void {
  const rows = results.map((r) => [r.ok ? 'ok' : 'MISSED', r.name, `${r.value} ${r.unit}`, `${r.better === 'higher' ? '>=' : '<='} ${r.budget} ${r.unit}`]);
  const header = ['', 'figure', 'measured', 'budget'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd();
  console.log(`\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const row of rows) console.log(line(row));
  const notes = results.filter((r) => r.note);
  if (notes.length) {
    console.log('');
    for (const r of notes) console.log(`- ${r.name}: ${r.note}`);
  }
}

/** bench-results.json at the repo root: `{"results":[{"name","value","unit","budget","ok"}]}`. */
export function writeJson(results: ReadonlyArray<BenchResult>, root = process.cwd()): string {
  const path = join(root, 'bench-results.json');
  const plain = results.map(({ name, value, unit, budget, ok }) => ({ name, value, unit, budget, ok }));
  writeFileSync(path, `${JSON.stringify({ results: plain }, null, 2)}\n`);
  return path;
}
