import type { FieldKind } from './labels';
import type { StructureHit, TextScan } from './scan';
import { charsOrSpace, trimEndWhere } from '../trim';

/**
 * Reads the `Label: value` fields of a notice. Labels are found in the squashed text by ./scan.ts
 * (so spacing, case and PDF splits do not matter) and values are cut from the normalised text: a value runs to
 * the end of its line or to the next label or heading, whichever comes first. That one rule reads
 * fields on their own lines, fields glued onto one line ("ASIN: B0.. Title: ... Complaint ID: 1"),
 * and headings run into a value ("Trademark number :xxxWhy did this happen?").
 */

export interface FieldScan {
  values: Map<FieldKind, string[]>;
  /** Lines of each "rights owner's contact details" block. */
  ownerBlocks: string[][];
  /** Ranges [start, end) in the normalised text quoting example terms: not the complainant. */
  exampleRanges: [number, number][];
  headingCount: number;
}

const BULLET = /^\s*(?:-{1,3}|[–—•·▪►>]|\d{1,2}[.)])\s*/;

export function readFields(text: string, scan: TextScan): FieldScan {
  const hits = scan.hits;
  const values = new Map<FieldKind, string[]>();
  const ownerBlocks: string[][] = [];
  const exampleRanges: [number, number][] = [];
  for (let i = 0; i < hits.length; i++) {
    const hit = hits[i]!;
    const nextStart = hits[i + 1]?.start ?? text.length;
    if (hit.type === 'heading') continue;
    if (hit.type === 'examples') {
      exampleRanges.push([hit.start, examplesEnd(text, hit.valueStart, nextStart)]);
      continue;
    }
    const kind = hit.kind!;
    if (kind === 'rightsOwnerBlock') {
      ownerBlocks.push(blockLines(text, hit.valueStart, hits, i));
      continue;
    }
    const value = valueAt(text, hit.valueStart, nextStart, hits, i);
    if (value) {
      const list = values.get(kind) ?? [];
      if (list.length < 500) list.push(value);
      values.set(kind, list);
    }
  }
  return { values, ownerBlocks, exampleRanges, headingCount: scan.headingSpans.length };
}

function valueAt(text: string, from: number, nextStart: number, hits: StructureHit[], index: number): string {
  let lineEnd = text.indexOf('\n', from);
  if (lineEnd < 0) lineEnd = text.length;
  const end = Math.min(lineEnd, nextStart);
  const value = cleanValue(text.slice(from, end));
  if (value || end === nextStart) return value;
  // "ASIN:" alone on its line, the value on the next one (pages that put label and value in two cells).
  let next = lineEnd + 1;
  while (next < text.length && text[next] === '\n') next++;
  if (next >= text.length || next >= (hits[index + 1]?.start ?? text.length)) return '';
  let nextLineEnd = text.indexOf('\n', next);
  if (nextLineEnd < 0) nextLineEnd = text.length;
  return cleanValue(text.slice(next, Math.min(nextLineEnd, hits[index + 1]?.start ?? text.length)));
}

/**
 * Lines of the contact block: the rest of the label's line, then up to four lines that look like
 * contact lines (a bullet, an address, or a short line that is not a sentence). After a blank
 * line only bullets and addresses continue the block: pages that render <br> as a block put blank
 * lines between the bullets.
 */
function blockLines(text: string, from: number, hits: StructureHit[], index: number): string[] {
  const lines: string[] = [];
  const stop = hits[index + 1]?.start ?? text.length;
  let cursor = from;
  let afterBlank = false;
  for (let taken = 0; taken < 10 && cursor < stop && lines.length < 4; taken++) {
    let lineEnd = text.indexOf('\n', cursor);
    if (lineEnd < 0) lineEnd = text.length;
    const raw = text.slice(cursor, Math.min(lineEnd, stop));
    const line = cleanValue(raw.replace(BULLET, ''));
    cursor = lineEnd + 1;
    if (!line) {
      if (taken > 0) afterBlank = true;
      continue;
    }
    const strict = afterBlank && lines.length > 0;
    const continues = taken === 0 || (strict ? BULLET.test(raw) || raw.includes('@') : looksLikeContactLine(raw));
    if (!continues) break;
    lines.push(line);
  }
  return lines;
}

function looksLikeContactLine(line: string): boolean {
  if (BULLET.test(line) || line.includes('@')) return true;
  const trimmed = line.trim();
  return trimmed.length <= 80 && !/[.!?。]$/.test(trimmed) && trimmed.split(/\s+/).length <= 8;
}

/** The example bullets after "Examples of unacceptable terms:" run to the first line that is not a bullet. */
function examplesEnd(text: string, from: number, nextStart: number): number {
  let cursor = text.indexOf('\n', from);
  if (cursor < 0) return Math.min(text.length, nextStart);
  cursor++;
  while (cursor < text.length && cursor < nextStart) {
    let lineEnd = text.indexOf('\n', cursor);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(cursor, lineEnd);
    if (line.trim() && !BULLET.test(line)) return cursor;
    cursor = lineEnd + 1;
  }
  return Math.min(cursor, nextStart, text.length);
}

/** Separators a value picks up at its end (trimmed by a linear scan: a value is attacker text of any length). */
const VALUE_END = charsOrSpace(',;');

/** Trims spaces, bullets and stray separators a value picks up from its surroundings. */
export function cleanValue(value: string): string {
  return trimEndWhere(value.replace(/^[\s:：#\-–—]+/, ''), VALUE_END).slice(0, 2_000);
}
