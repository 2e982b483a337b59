import { CJK_CHARS, dictionary, type FieldKind, type NoticeLanguage, type PhraseEntry } from './labels';
import type { Squashed } from './normalise';

/**
 * One regex pass over the squashed text finds every dictionary key: labels, headings, example
 * intros and phrases. Matches may overlap (the scan moves on one character after each match):
 * "we removed" must not hide "removed some of your images", which starts inside it.
 * Labels and headings, unlike phrases, do not overlap each other: the first and longest wins.
 */

export interface StructureHit {
  type: 'label' | 'heading' | 'examples';
  kind?: FieldKind;
  /** Where the label or heading starts in the normalised text. */
  start: number;
  /** Where its value starts. */
  valueStart: number;
}

export interface PhraseMatch {
  start: number;
  end: number;
  entry: PhraseEntry;
}

export interface TextScan {
  hits: StructureHit[];
  /** Spans [start, end) of headings in squashed coordinates. */
  headingSpans: [number, number][];
  phrases: PhraseMatch[];
  /** Labels (2) and headings (3) per language, for language detection. */
  languageHits: Map<NoticeLanguage, number>;
}

const MAX_MATCHES = 10_000;

export function scanText(text: string, squashed: Squashed): TextScan {
  const dict = dictionary();
  const { text: sq, origin } = squashed;
  const hits: StructureHit[] = [];
  const headingSpans: [number, number][] = [];
  const phrases: PhraseMatch[] = [];
  const languageHits = new Map<NoticeLanguage, number>();
  const count = (languages: Iterable<NoticeLanguage>, weight: number) => {
    for (const language of languages) languageHits.set(language, (languageHits.get(language) ?? 0) + weight);
  };
  // eslint-disable-next-line no-control-regex
  const scanner = !/[^\x00-\x7f]/.test(sq) ? dict.scanners.ascii : CJK_CHARS.test(sq) ? dict.scanners.all : dict.scanners.latin;
  scanner.lastIndex = 0;
  let structureEnd = 0;
  let seen = 0;
  let match: RegExpExecArray | null;
  while ((match = scanner.exec(sq)) && seen++ < MAX_MATCHES) {
    const sqStart = match.index;
    scanner.lastIndex = sqStart + 1;
    const longest = dict.keys.get(match[0]);
    if (!longest) continue;
    let structureFound = sqStart < structureEnd;
    // The longest key first, then the shorter keys it starts with (the regex reports only the longest).
    for (let k = -1; k < longest.prefixes.length; k++) {
      const key = k < 0 ? match[0] : longest.prefixes[k]!;
      const info = k < 0 ? longest : dict.keys.get(key)!;
      const sqEnd = sqStart + key.length;
      if (info.phrase) phrases.push({ start: sqStart, end: sqEnd, entry: info.phrase });
      if (structureFound) continue;
      const start = origin[sqStart]!;
      if (info.heading) {
        hits.push({ type: 'heading', start, valueStart: origin[sqEnd - 1]! + 1 });
        headingSpans.push([sqStart, sqEnd]);
        count(info.heading, 3);
      } else if (info.examples) {
        hits.push({ type: 'examples', start, valueStart: origin[sqEnd - 1]! + 1 });
      } else if (info.label) {
        const label = info.label;
        const colon = sq.charCodeAt(sqEnd) === 58; // ':'
        if ((!colon && !label.colonOptional) || !startsWord(text, start, label.cjk) || (label.lineStart && !atLineStart(text, start))) continue;
        hits.push({ type: 'label', kind: label.kind, start, valueStart: colon ? origin[sqEnd]! + 1 : origin[sqEnd - 1]! + 1 });
        count(label.languages, 2);
      } else {
        continue;
      }
      structureFound = true;
      structureEnd = sqEnd + (info.label && sq.charCodeAt(sqEnd) === 58 ? 1 : 0);
    }
  }
  return { hits, headingSpans, phrases, languageHits };
}

/**
 * A label must begin a word: after a non-letter, or with a capital ("CopyrightComplaint ID",
 * "B0CLMR7X2QTitle" glued by copy-paste). Rejects "subtitle:" and "purchasing" for "title:", "asin".
 */
function startsWord(text: string, start: number, cjk: boolean): boolean {
  if (cjk || start === 0) return true;
  const before = text[start - 1]!;
  if (before.toLowerCase() === before.toUpperCase()) return true; // not a letter
  const first = text[start]!;
  return first !== first.toLowerCase();
}

/** Only bullets or spaces between the line start and the label. */
function atLineStart(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  return start - lineStart < 12 && /^[\s\-–—•·*>]*$/.test(text.slice(lineStart, start));
}
