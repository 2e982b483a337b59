import { type IPublicSuffix, type IResult, getEmptyResult, parseImpl, resetResult } from 'tldts-core';
import { parserData } from '../parser-data';

/**
 * Public suffixes and registrable domains by the ICANN section of the Public Suffix List
 * (https://publicsuffix.org/list/), synchronously: the notice parser calls this inline.
 *
 * tldts-core still reads the hostname out of a URL or address, validates it and spots IP
 * addresses, as tldts-icann did; only the suffix look-up is ours, over the rules in
 * public-suffixes.generated.ts (scripts/build-public-suffixes.ts), because tldts-icann's trie took
 * more than twice the room in the extension that the same rules take as one string. The extension
 * ships that string gzipped and loads it before first use (lib/parser-data.ts).
 *
 * Hosts must be ASCII (punycode): only the `xn--` forms of IDN suffixes are kept, and every
 * caller passes a host through toAscii (registrable.ts) first.
 */

const RULE = 1;
const EXCEPTION = 2;

/**
 * The rules (ICANN_RULES of public-suffixes.generated.ts) are a trie, right-most label first.
 * Siblings come sorted, each as: one letter A-Z, how many leading characters the label shares
 * with the sibling before it (A = 0); `!` if the label ends an exception rule, `?` if it ends no rule (it only leads to longer
 * ones), nothing if it ends a normal rule; the rest of the label; then its children in `( )`.
 * `Bc(AcomAedu)` after `ab` is `ac` with children `com` and `edu`: rules ac, com.ac, edu.ac.
 */
export function decodeRules(encoded: string): Map<string, number> {
  const rules = new Map<string, number>();
  const parents: string[] = []; // the full name each open `(` belongs to
  const previousAt: string[] = []; // the last sibling label at each open level
  let previous = '';
  let name = '';
  for (let i = 0; i < encoded.length; ) {
    const char = encoded[i]!;
    if (char === '(') {
      parents.push(name);
      previousAt.push(previous);
      previous = '';
      i++;
    } else if (char === ')') {
      parents.pop();
      previous = previousAt.pop()!;
      i++;
    } else {
      const shared = encoded.charCodeAt(i++) - 65;
      const mark = encoded[i] === '!' || encoded[i] === '?' ? encoded[i++] : '';
      let end = i;
      while (end < encoded.length && !/[A-Z()]/.test(encoded[end]!)) end++;
      const label = previous.slice(0, shared) + encoded.slice(i, end);
      i = end;
      const parent = parents[parents.length - 1];
      name = parent ? `${label}.${parent}` : label;
      if (mark !== '?') rules.set(name, mark === '!' ? EXCEPTION : RULE);
      previous = label;
    }
  }
  return rules;
}

let decoded: { from: string; rules: Map<string, number> } | null = null;

/**
 * The PSL algorithm: the matching rule with the most labels prevails, an exception rule over
 * any other (and the suffix is the exception minus its left-most label); `*` stands for one
 * label (the list only has it left-most); with no match, the default rule `*`.
 */
export function publicSuffixOf(host: string): string {
  // Asked every time, so a call before the data is loaded fails loudly even after a first decode.
  const encoded = parserData().suffixRules;
  if (decoded?.from !== encoded) decoded = { from: encoded, rules: decodeRules(encoded) };
  const { rules } = decoded;
  const labels = host.split('.');
  let prevailing = 1;
  for (let count = 1; count <= labels.length; count++) {
    const parent = labels.slice(labels.length - count + 1).join('.');
    const kind = rules.get(labels.slice(labels.length - count).join('.'));
    if (kind === EXCEPTION) return parent;
    if (kind === RULE || (count > 1 && rules.get(`*.${parent}`) === RULE)) prevailing = count;
  }
  return labels.slice(labels.length - prevailing).join('.');
}

function suffixLookup(hostname: string, _options: unknown, out: IPublicSuffix): void {
  out.publicSuffix = publicSuffixOf(hostname);
}

// tldts-core's steps (a const enum it does not export at run time): how far parseImpl goes.
const HOSTNAME = 0;
const PUBLIC_SUFFIX = 2;
const DOMAIN = 3;
type Step = Parameters<typeof parseImpl>[1];

const RESULT: IResult = getEmptyResult();

function parse(input: string, step: number): IResult {
  resetResult(RESULT);
  return parseImpl(input, step as Step, suffixLookup, undefined, RESULT);
}

/** The hostname of a URL or host (lower case), as tldts reads it; null when there is none. */
export function getHostname(input: string): string | null {
  return parse(input, HOSTNAME).hostname;
}

/** The public suffix of an ASCII host or URL (`co.uk`); null for an IP address or no host. */
export function getPublicSuffix(input: string): string | null {
  return parse(input, PUBLIC_SUFFIX).publicSuffix;
}

/** The registrable domain ("eTLD+1") of an ASCII host or URL; null for a bare suffix, an IP or no host. */
export function getDomain(input: string): string | null {
  return parse(input, DOMAIN).domain;
}
