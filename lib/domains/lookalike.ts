/**
 * Is a domain a near miss of an official one, and by which of dnstwist's fuzzers? Detects the
 * variant directly (cheaper and more complete than generating every permutation).
 */
import { getDomain, getPublicSuffix } from './public-suffix';
import { labelSkeleton } from './skeleton';
import { toAscii, toUnicode } from './registrable';

export type Fuzzer =
  | 'tld-swap'
  | 'subdomain'
  | 'homoglyph'
  | 'transposition'
  | 'vowel-swap'
  | 'repetition'
  | 'hyphenation'
  | 'omission'
  | 'addition'
  | 'insertion'
  | 'replacement'
  | 'bitsquatting'
  | 'distance';

/** QWERTY neighbours (dnstwist's keyboard map), for insertion and replacement. */
const QWERTY: Readonly<Record<string, string>> = {
  '1': '2q', '2': '3wq1', '3': '4ew2', '4': '5re3', '5': '6tr4', '6': '7yt5', '7': '8uy6', '8': '9iu7', '9': '0oi8', '0': 'po9',
  q: '12wa', w: '3esaq2', e: '4rdsw3', r: '5tfde4', t: '6ygfr5', y: '7uhgt6', u: '8ijhy7', i: '9okju8', o: '0plki9', p: 'lo0',
  a: 'qwsz', s: 'edxzaw', d: 'rfcxse', f: 'tgvcdr', g: 'yhbvft', h: 'ujnbgy', j: 'ikmnhu', k: 'olmji', l: 'kop',
  z: 'asx', x: 'zsdc', c: 'xdfv', v: 'cfgb', b: 'vghn', n: 'bhjm', m: 'njk',
};
const VOWELS = 'aeiou';
/** Edits of labels shorter than this are too often innocent neighbours (abc/abd). */
const MIN_EDIT_LABEL = 4;
/** Below this length a near-miss label only counts under the official suffix. */
const MIN_CROSS_SUFFIX_LABEL = 5;

interface Parts {
  suffix: string;
  /** The registrable label (left of the public suffix), Unicode. */
  label: string;
  /** Everything left of the suffix, Unicode, subdomains included. */
  prefix: string;
}

function partsOf(host: string): Parts | null {
  const ascii = toAscii(host.trim().toLowerCase().replace(/\.$/, ''));
  if (!ascii) return null;
  const suffix = getPublicSuffix(ascii);
  const registrable = getDomain(ascii);
  if (!suffix || !registrable) return null;
  const prefix = ascii.slice(0, -(suffix.length + 1));
  return { suffix, label: toUnicode(registrable.slice(0, -(suffix.length + 1))), prefix: toUnicode(prefix) };
}

/**
 * The fuzzer that turns `official` into `candidate` (a host or registrable domain), or null when
 * the candidate is the official domain itself, a subdomain of it, or no near miss.
 */
export function lookalikeFuzzer(candidate: string, official: string, confusables: ReadonlyMap<string, string>): Fuzzer | null {
  const c = partsOf(candidate);
  const o = partsOf(official);
  if (!c || !o) return null;
  if (c.label === o.label && c.suffix === o.suffix) return null; // the official domain or its subdomain
  if (c.suffix === o.suffix && c.prefix.includes('.') && c.prefix.replace(/\./g, '') === o.label) return 'subdomain';
  if (c.label === o.label) return 'tld-swap';
  if (c.suffix !== o.suffix && o.label.length < MIN_CROSS_SUFFIX_LABEL) return null;
  if (o.label.length >= 3 && labelSkeleton(c.label, confusables) === labelSkeleton(o.label, confusables)) return 'homoglyph';
  if (o.label.length < MIN_EDIT_LABEL) return null;
  return editFuzzer(c.label, o.label);
}

/** Single-edit fuzzers on two labels, most specific first; then the distance catch-all. */
export function editFuzzer(candidate: string, official: string): Fuzzer | null {
  const [a, b] = [candidate, official];
  if (a.length === b.length) {
    const diffs = [...a].flatMap((char, i) => (char === b[i] ? [] : [i]));
    if (diffs.length === 2 && diffs[1] === diffs[0]! + 1 && a[diffs[0]!] === b[diffs[1]!] && a[diffs[1]!] === b[diffs[0]!]) return 'transposition';
    if (diffs.length === 1) {
      const [x, y] = [a[diffs[0]!]!, b[diffs[0]!]!];
      if (VOWELS.includes(x) && VOWELS.includes(y)) return 'vowel-swap';
      if (QWERTY[y]?.includes(x)) return 'replacement';
      if (isBitFlip(x, y)) return 'bitsquatting';
    }
  }
  if (a.length === b.length + 1) {
    for (let i = 0; i < a.length; i++) {
      if (a.slice(0, i) + a.slice(i + 1) !== b) continue;
      const added = a[i]!;
      if (i > 0 && added === a[i - 1]) return 'repetition';
      if (added === '-' && i > 0 && i < a.length - 1) return 'hyphenation';
      if (i === a.length - 1) return 'addition';
      if ((i > 0 && QWERTY[a[i - 1]!]?.includes(added)) || QWERTY[a[i + 1]!]?.includes(added)) return 'insertion';
    }
  }
  if (a.length === b.length - 1) {
    for (let i = 0; i < b.length; i++) if (b.slice(0, i) + b.slice(i + 1) === a) return 'omission';
  }
  const limit = b.length >= 8 ? 2 : 1;
  // Lengths further apart than the limit are at least that many edits apart: no table needed.
  return Math.abs(a.length - b.length) <= limit && damerauLevenshtein(a, b) <= limit ? 'distance' : null;
}

/** One bit apart, and the result still a valid hostname character (bitsquatting). */
function isBitFlip(x: string, y: string): boolean {
  const xor = x.charCodeAt(0) ^ y.charCodeAt(0);
  return xor > 0 && (xor & (xor - 1)) === 0 && /^[a-z0-9-]$/.test(x);
}

/**
 * Optimal string alignment distance (adjacent transpositions count as one edit). Three rolling
 * rows, not a matrix: it runs for every distinct complainant domain against every brand on each
 * flag recompute, and a matrix of arrays per call was a tenth of the recompute's time.
 */
export function damerauLevenshtein(a: string, b: string): number {
  let twoBack = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, twoBack[j - 2]! + 1);
      current[j] = best;
    }
    [twoBack, previous, current] = [previous, current, twoBack];
  }
  return previous[b.length]!;
}
