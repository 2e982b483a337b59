import { isMasked } from './normalise';
import { charsOrSpace, trimEndWhere } from '../trim';

/**
 * Value parsers for the fields of a notice. Each takes the raw value text after a label and
 * returns clean values; masked or placeholder values ("*****", "xxx", "[##]", "。。。") give none.
 */

/** An ASIN: "B0" and 8 more, or an ISBN-10 (books keep their ISBN as ASIN). */
const ASIN_CHUNKS = /^(?:B0[0-9A-Z]{8})+$/;
const ISBN_ASIN = /^\d{9}[\dX]$/;
/** A masked ASIN ("B0XXXXXXXX", "B07TLXXXX") is not an ASIN. */
const MASKED_RUN = /XXX/;

/**
 * ASINs in a labelled value: "B0AAAAAAAA, B0BBBBBBBB", "B0AAAAAAAA B0BBBBBBBB",
 * run together "B0AAAAAAAAB0BBBBBBBB", or "B0AAAAAAAA - Product title".
 */
export function asinsInValue(value: string): string[] {
  const asins: string[] = [];
  for (const token of value.split(/[^A-Za-z0-9]+/)) {
    if (token.length < 10) continue;
    const upper = token.toUpperCase();
    if (ASIN_CHUNKS.test(upper)) {
      for (let i = 0; i < upper.length; i += 10) pushAsin(asins, upper.slice(i, i + 10));
    } else if (ISBN_ASIN.test(upper)) {
      pushAsin(asins, upper);
    }
  }
  return asins;
}

function pushAsin(into: string[], asin: string) {
  if (!MASKED_RUN.test(asin)) into.push(asin);
}

/**
 * ASINs anywhere in the text, unlabelled lists included (some copies
 * list ASINs with no label at all). Only the B0 form: a bare 10-digit number is as likely a phone or an order.
 * Matches "B0CLMR7X2Q" and run-together "B0CLMR7X2QB0CLMR8Y3R" standing as their own word.
 */
const ASIN_IN_TEXT = /(?<![A-Za-z0-9])((?:B0[0-9A-Z]{8})+)(?![A-Za-z0-9])/g;

export function asinsInText(text: string, skip: readonly [number, number][]): string[] {
  const asins: string[] = [];
  ASIN_IN_TEXT.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = ASIN_IN_TEXT.exec(text)) && asins.length < 2_000) {
    if (inRanges(match.index, skip)) continue;
    const run = match[1]!;
    for (let i = 0; i < run.length; i += 10) pushAsin(asins, run.slice(i, i + 10));
  }
  return asins;
}

/** The title after an ASIN on the same line: "ASIN: B0CLMR7X2Q - Lumora Pour-Over Set" (the old template). */
export function titleAfterAsin(value: string): string | null {
  // An ASIN, then " - " and the title.
  const match = /(?:B0[0-9A-Z]{8}|\d{9}[\dX])\s+[-–—]\s+([^-–—].*)$/.exec(value);
  const title = match?.[1]?.trim();
  return title && !isMasked(title) && !/^\.{3}$/.test(title) ? title.slice(0, 2_000) : null;
}

/** Complaint IDs: runs of 6 to 14 digits (9 to 11 seen); "640XCCCCC" (masked) gives none. */
export function complaintIdsInValue(value: string): string[] {
  const ids: string[] = [];
  for (const match of value.matchAll(/(?<![\dA-Za-z])\d{6,14}(?![\dA-Za-z])/g)) ids.push(match[0]);
  return ids;
}

/**
 * Trademark numbers stay as written, only tidied: label words ("Reg. No.", "No."), parenthesised
 * notes ("(EUIPO)") and extra spaces go, the rest is kept, because how a number is written tells
 * its office (lib/domains/trademark-office.ts reads "5,123,456" as USPTO and 第1234567号 as JPO or
 * CNIPA). Compare numbers with trademarkDigits() from there, not as strings.
 *   "UK00003987412" -> "UK00003987412"   "018234567 (EUIPO)" -> "018234567"   "5,123,456" -> "5,123,456"
 *   "Reg. No. 5,123,456" -> "5,123,456"   "第1234567号" -> "第1234567号"   "xxx" / "[##]" -> none
 *
 * Patent numbers are normalised to one compact form, office prefix and kind code kept:
 *   "US 10,123,456 B2" -> "US10123456B2"   "EP 1 234 567 B1" -> "EP1234567B1"   "ZL 2019 2 1234567.8" -> "ZL2019212345678"
 */
const NUMBER_SHAPE = /^[A-Z]{0,5}\d{5,14}(?:[A-Z]\d?)?$/;
/** What ends a written number in prose, trimmed linearly. */
/** Punctuation that ends a sentence around a number ("... number 98765432.\""). */
const NUMBER_END = charsOrSpace('.,;:"\'”’)」');
const LABEL_NOISE = /^\s*(?:reg(?:istration)?\.?\s*(?:no|nr|number)\.?|no\.|nr\.|n°|number|#)\s*/i;

export function trademarkNumbers(value: string): string[] {
  const numbers: string[] = [];
  const seen = new Set<string>();
  for (const part of splitNumbers(value)) {
    const written = trimEndWhere(part.replace(LABEL_NOISE, ''), NUMBER_END).replace(/\s+/g, ' ').trim();
    const compact = compactNumber(written);
    if (compact && !seen.has(compact)) {
      seen.add(compact);
      numbers.push(written.slice(0, 64));
    }
  }
  return numbers;
}

export function patentNumbers(value: string): string[] {
  const numbers: string[] = [];
  for (const part of splitNumbers(value)) {
    const compact = compactNumber(part.replace(LABEL_NOISE, ''));
    if (compact && !numbers.includes(compact)) numbers.push(compact.slice(0, 64));
  }
  return numbers;
}

/** Several numbers in one value: split on ; / 、 "and", and on commas that are not thousands separators. */
function splitNumbers(value: string): string[] {
  return value
    .replace(/\([^)]{0,80}\)/g, ' ')
    .split(/[;/、]|,(?!\d{3}(?!\d))|\s+(?:and|und|et|y|e|和|及び)\s+/)
    .filter((part) => part.trim() && !/[*。●■]|xx/i.test(part)); // masked parts say nothing
}

/** Upper case, letters and digits only; null unless it has the shape of a registration number. */
function compactNumber(written: string): string | null {
  const compact = written.toUpperCase().replace(/[第号]/g, '').replace(/[^A-Z0-9]/g, '');
  return NUMBER_SHAPE.test(compact) ? compact : null;
}

/** SKUs: tokens separated by commas, semicolons or spaces. */
export function skusInValue(value: string): string[] {
  if (isMasked(value)) return [];
  return value
    .split(/[,;]\s*|\s+/)
    .map((sku) => sku.trim())
    .filter((sku) => sku && !isMasked(sku))
    .map((sku) => sku.slice(0, 200));
}

/** A title, unless it is masked or an ASIN list. */
export function cleanTitle(value: string): string | null {
  const title = value.trim();
  if (!title || isMasked(title)) return null;
  return title.slice(0, 2_000);
}

export function inRanges(position: number, ranges: readonly [number, number][]): boolean {
  for (const [start, end] of ranges) if (position >= start && position < end) return true;
  return false;
}

/** Keeps the first occurrence of each value, in order. */
export function unique<T>(values: Iterable<T>): T[] {
  return [...new Set(values)];
}
