/**
 * Text normalisation for the notice parser. Two forms:
 * - `normaliseText`: the text values are read from. NFKC (full-width colon, digits and letters
 *   become ASCII, "…" becomes "..."), one kind of apostrophe, quote, dash and space, no zero-width
 *   or control characters, no lone surrogates. Line breaks are kept: they delimit values.
 * - `squash`: the same text lower-cased with every whitespace removed, plus a map back to the
 *   normalised text. Labels, headings and vocabulary are matched on it, so "Trademark number :",
 *   a PDF-split "Compla int ID", "投诉 ID" and "投诉ID" all read alike.
 */

/** Notices are a few kB; a pasted page can be 1 MB. Past this the parser reads only the start. */
export const MAX_PARSE_CHARS = 300_000;

/**
 * What one character becomes, or null to keep it: \r\n and \r -> \n; curly and angle quotes ->
 * ' and "; dashes -> -; zero-width characters and soft hyphens vanish; tabs, no-break and other
 * spaces, line separators and control characters -> space; lone surrogates -> U+FFFD.
 */
function replacement(code: number, text: string, index: number): string | null {
  if (code === 0x0d) return text.charCodeAt(index + 1) === 0x0a ? '' : '\n';
  if (code < 0x20 || code === 0x7f) return ' ';
  if (code === 0x60 || code === 0x2018 || code === 0x2019 || code === 0x201a || code === 0x201b || code === 0x2032 || code === 0xb4) return "'";
  if (code === 0x201c || code === 0x201d || code === 0x201e || code === 0x201f || code === 0x2033 || code === 0xab || code === 0xbb) return '"';
  if ((code >= 0x2010 && code <= 0x2015) || code === 0x2212 || code === 0xfe58 || code === 0xfe63 || code === 0x2e3a || code === 0x2e3b) return '-';
  if ((code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff || code === 0xad) return '';
  if (code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0x2028 || code === 0x2029) return ' ';
  if (code >= 0xd800 && code <= 0xdbff) {
    const next = text.charCodeAt(index + 1);
    return next >= 0xdc00 && next <= 0xdfff ? null : '\ufffd';
  }
  if (code >= 0xdc00 && code <= 0xdfff) {
    const previous = text.charCodeAt(index - 1);
    return previous >= 0xd800 && previous <= 0xdbff ? null : '\ufffd';
  }
  return null;
}

/** One pass with charCodeAt: several times faster than a regex character class on two-byte strings. */
function rewrite(text: string): { text: string; ascii: boolean } {
  let out = '';
  let last = 0;
  let ascii = true;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x20 && code < 0x7f && code !== 0x60) continue;
    if (code === 0x0a) continue;
    const replaced = replacement(code, text, i);
    if (replaced === null) {
      ascii = false;
      continue;
    }
    out += text.slice(last, i) + replaced;
    last = i + 1;
  }
  return { text: last === 0 ? text : out + text.slice(last), ascii };
}

export function normaliseText(raw: string): string {
  let text = typeof raw === 'string' ? raw : String(raw ?? '');
  if (text.length > MAX_PARSE_CHARS) text = text.slice(0, MAX_PARSE_CHARS);
  const first = rewrite(text);
  // Curly quotes and dashes are gone now; NFKC only when something non-ASCII is left (ASCII is NFKC).
  if (first.ascii) return first.text;
  const normalised = first.text.normalize('NFKC');
  // NFKC maps compatibility spaces and dashes to forms the rewrite tidies again.
  return normalised === first.text ? normalised : rewrite(normalised).text;
}

export interface Squashed {
  /** Lower-cased, whitespace removed. */
  text: string;
  /** origin[i] = index in the normalised text of squashed character i; origin[length] = text length. */
  origin: Int32Array;
  /** Characters counted on the way, for language detection. */
  counts: { han: number; kana: number; latin: number };
}

const utf16 = typeof TextDecoder === 'function' ? new TextDecoder('utf-16le') : null;

export function squash(text: string): Squashed {
  let lower = text.toLowerCase();
  // A few characters lower-case to more code units (İ): keep those as they are so indexes stay aligned.
  if (lower.length !== text.length) {
    lower = Array.from(text, (char) => {
      const lowered = char.toLowerCase();
      return lowered.length === char.length ? lowered : char;
    }).join('');
  }
  const origin = new Int32Array(lower.length + 1);
  const codes = new Uint16Array(lower.length);
  let length = 0;
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i);
    if (code === 32 || code === 10) continue; // normaliseText leaves no other whitespace
    codes[length] = code;
    origin[length++] = i;
  }
  origin[length] = text.length;
  return { text: fromCodes(codes.subarray(0, length)), origin: origin.subarray(0, length + 1), counts: countScripts(lower) };
}

/** UTF-16 code units to a string: one native decode (normaliseText left no lone surrogates). */
function fromCodes(codes: Uint16Array): string {
  if (utf16) {
    const decoded = utf16.decode(codes);
    if (decoded.length === codes.length) return decoded;
  }
  let out = '';
  for (let i = 0; i < codes.length; i += 8_192) out += String.fromCharCode(...codes.subarray(i, i + 8_192));
  return out;
}

/** Han, kana and Latin letters, counted only when the text has CJK at all (language detection). */
function countScripts(lower: string): Squashed['counts'] {
  const counts = { han: 0, kana: 0, latin: 0 };
  if (!/[\u3040-\u30ff\u4e00-\u9fff]/.test(lower)) return counts;
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i);
    if (code >= 0x61 && code <= 0x7a) counts.latin++;
    else if (code >= 0x4e00 && code <= 0x9fff) counts.han++;
    else if (code >= 0x3040 && code <= 0x30ff) counts.kana++;
    else if (code >= 0xc0 && code <= 0x24f) counts.latin++;
  }
  return counts;
}

/** Squashes a dictionary phrase the same way the text is squashed. */
export function squashPhrase(phrase: string): string {
  return normaliseText(phrase).toLowerCase().replace(/\s+/g, '');
}

/** Characters posters use to mask values: `*`, `。`, `●`, `■`, `#`, and runs of x. */
const MASK_ONLY = /^[\s*。.●■#xX×_-]*$/;

/** True for a value that is only masking ("***", "xxxx", "。。。。", "[##]"). */
export function isMasked(value: string): boolean {
  const stripped = value.replace(/[[\]()]/g, '');
  return stripped.trim() === '' || MASK_ONLY.test(stripped);
}
