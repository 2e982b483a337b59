import { parserData } from '../parser-data';
import type { LabelSet, NoticeLanguage } from './labels';
import type { ActionClass, Meaning, SubjectClass } from './labels/types';

/**
 * Recognition by meaning: what Amazon says happened, read from a subject word (account, listing,
 * images, selling privileges, rights owner) and an action word (removed, deactivated, reinstated,
 * reported...) a few words apart in one clause. This is what lets "your Amazon selling account
 * has been permanently deactivated", "Ihr Angebot wurde ... entfernt", "è stato disattivato" and
 * "1 つ以上の出品情報を削除いたしました" read alike, and "has not been removed", "may be
 * deactivated", "if ... removed" and "remains active" read as no removal.
 *
 * One pass over the text: clauses end at punctuation, each clause is cut into words (Latin script)
 * or searched by substrings (CJK), and each action looks at most WINDOW words either side for its
 * subject. Linear in the text whatever an attacker writes; no regex runs over the text.
 */

export type EventKind =
  | 'accountDeactivated' | 'listingRemoved' | 'imagesRemoved' | 'reinstated' | 'remainsActive' | 'rightsOwnerReported' | 'buyerComplaint'
  | 'brandRegistryChange';

export interface EventScan {
  /** Events the text reports as having happened. */
  found: Set<EventKind>;
  /** Events the text mentions only negated, as possible or as a condition ("may be deactivated"). */
  blocked: Set<EventKind>;
  /** Where each blocked mention is: the clause [start, end) in the normalised text. */
  blockedSpans: { kind: EventKind; start: number; end: number }[];
}

/** Words between a subject and its action (Latin script). */
const WINDOW = 10;
const REPORT_WINDOW = 14;
/** Characters between a subject and its action (CJK). */
const CJK_WINDOW = 16;
/** Past this many words or occurrences in one clause the rest is not read (bounded work per clause). */
const MAX_CLAUSE_TOKENS = 400;
/** A notice is a few kB; past this a pasted page is left to the phrase scan (./scan.ts), which reads all of it. */
const MAX_EVENT_CHARS = 40_000;
const MAX_OCCURRENCES = 40;

const EVENT_OF: Record<SubjectClass, Partial<Record<ActionClass, EventKind>>> = {
  account: { removed: 'accountDeactivated', deactivated: 'accountDeactivated', suspended: 'accountDeactivated', inactive: 'accountDeactivated', reinstated: 'reinstated', active: 'remainsActive' },
  privileges: { removed: 'accountDeactivated', deactivated: 'accountDeactivated', suspended: 'accountDeactivated', inactive: 'accountDeactivated', reinstated: 'reinstated' },
  listing: { removed: 'listingRemoved', deactivated: 'listingRemoved', suspended: 'listingRemoved', inactive: 'listingRemoved', reinstated: 'reinstated', active: 'remainsActive' },
  images: { removed: 'imagesRemoved', deactivated: 'imagesRemoved', suspended: 'imagesRemoved', reinstated: 'reinstated' },
  rightsOwner: { reported: 'rightsOwnerReported' },
  buyer: { reported: 'buyerComplaint' },
  brand: { removed: 'brandRegistryChange', deactivated: 'brandRegistryChange', suspended: 'brandRegistryChange', granted: 'brandRegistryChange' },
};

/** "will remain inactive" is a state, not a future event. */
const STATE_ACTIONS = new Set<ActionClass>(['removed', 'deactivated', 'suspended', 'inactive', 'active']);

interface WordEntry {
  subject?: SubjectClass;
  action?: ActionClass;
}

interface Markers {
  negations: Set<string>;
  modals: Set<string>;
  conditionals: Set<string>;
  futures: Set<string>;
  remain: Set<string>;
  conjunctions: Set<string>;
  awayFrom: Set<string>;
  sell: Set<string>;
  requirements: Set<string>;
}

interface CjkPattern {
  text: string;
  subject?: SubjectClass;
  action?: ActionClass;
  marker?: keyof Markers;
}

interface Compiled {
  words: Map<string, WordEntry>;
  pairs: Map<string, WordEntry>;
  prefixes: [string, WordEntry][];
  suffixes: [string, WordEntry][];
  markers: Map<NoticeLanguage, Markers>;
  cjk: CjkPattern[];
}

const CJK_LANGUAGES = new Set<NoticeLanguage>(['zh', 'ja']);
let compiled: { from: readonly LabelSet[]; events: Compiled } | null = null;

function compile(sets: readonly LabelSet[]): Compiled {
  const words = new Map<string, WordEntry>();
  const pairs = new Map<string, WordEntry>();
  const prefixes: [string, WordEntry][] = [];
  const suffixes: [string, WordEntry][] = [];
  const markers = new Map<NoticeLanguage, Markers>();
  const cjk: CjkPattern[] = [];
  const addWord = (pattern: string, entry: WordEntry) => {
    const word = pattern.toLowerCase();
    if (word.includes(' ')) pairs.set(word, { ...pairs.get(word), ...entry });
    else if (word.endsWith('*')) prefixes.push([word.slice(0, -1), entry]);
    else if (word.startsWith('*')) suffixes.push([word.slice(1), entry]);
    else words.set(word, { ...words.get(word), ...entry });
  };
  for (const set of sets) {
    const meaning: Meaning = set.meaning;
    const isCjk = CJK_LANGUAGES.has(set.language);
    for (const [subject, list] of Object.entries(meaning.subjects) as [SubjectClass, readonly string[]][]) {
      for (const pattern of list) isCjk ? cjk.push({ text: pattern.toLowerCase(), subject }) : addWord(pattern, { subject });
    }
    for (const [action, list] of Object.entries(meaning.actions) as [ActionClass, readonly string[]][]) {
      for (const pattern of list) isCjk ? cjk.push({ text: pattern.toLowerCase(), action }) : addWord(pattern, { action });
    }
    const own: Markers = {
      negations: new Set(meaning.negations), modals: new Set(meaning.modals), conditionals: new Set(meaning.conditionals),
      futures: new Set(meaning.futures), remain: new Set(meaning.remain), conjunctions: new Set(meaning.conjunctions), awayFrom: new Set(meaning.awayFrom ?? []), sell: new Set(meaning.sell ?? []),
      requirements: new Set(meaning.requirements ?? []),
    };
    markers.set(set.language, own);
    if (!isCjk) for (const text of meaning.notSubjects ?? []) addWord(text, {});
    if (isCjk) {
      for (const text of meaning.notSubjects ?? []) cjk.push({ text });
      for (const marker of ['negations', 'modals', 'conditionals', 'futures', 'remain'] as const) {
        for (const text of meaning[marker]) cjk.push({ text, marker });
      }
    }
  }
  // Longer patterns first: at one position the longest wins ("出品者" is the seller, not a listing).
  cjk.sort((a, b) => b.text.length - a.text.length);
  return { words, pairs, prefixes, suffixes, markers, cjk };
}

/**
 * Events in `text` (normalised, see ./normalise.ts). `language` picks the function words
 * (negations, modals...) of that language, with English's, which notices in every language quote.
 * `skip` holds ranges of template headings ("Have your listings been removed in error?").
 */
export function scanEvents(fullText: string, language: NoticeLanguage, skip: readonly [number, number][] = []): EventScan {
  // Asked every time, so a call before the data is loaded fails loudly even after a first compile.
  const sets = parserData().labelSets;
  if (compiled?.from !== sets) compiled = { from: sets, events: compile(sets) };
  const text = fullText.length > MAX_EVENT_CHARS ? fullText.slice(0, MAX_EVENT_CHARS) : fullText;
  const dict = compiled.events;
  const markerSets = [dict.markers.get(language), language === 'en' ? undefined : dict.markers.get('en')].filter((set): set is Markers => !!set);
  const result: EventScan = { found: new Set(), blocked: new Set(), blockedSpans: [] };
  const headings = [...skip].sort((a, b) => a[0] - b[0]);
  let nextHeading = 0;
  const is = (kind: keyof Markers, word: string) => markerSets.some((set) => set[kind].has(word));

  const requirementItems = requirementLists(text, is);
  let nextItem = 0;
  const inRequirementItem = (at: number) => {
    while (nextItem < requirementItems.length && requirementItems[nextItem]![1] <= at) nextItem++;
    const item = requirementItems[nextItem];
    return !!item && item[0] <= at;
  };
  let sentenceClauses: [number, number][] = [];
  let clauseStart = 0;
  const flushSentence = (question: boolean) => {
    if (!question) for (const [start, end] of sentenceClauses) readClause(text, start, end, dict, is, result, inRequirementItem(start));
    sentenceClauses = [];
  };
  for (let i = 0; i <= text.length; i++) {
    // A template heading ends the sentence before it and is not read itself.
    while (nextHeading < headings.length && headings[nextHeading]![1] <= i) nextHeading++;
    const heading = headings[nextHeading];
    if (heading && heading[0] <= i && i < text.length) {
      if (i > clauseStart) sentenceClauses.push([clauseStart, i]);
      flushSentence(false);
      i = heading[1] - 1;
      clauseStart = heading[1];
      continue;
    }
    const code = i < text.length ? text.charCodeAt(i) : 0x0a;
    const end = i === text.length;
    let clauseEnd = false;
    let sentenceEnd: 'statement' | 'question' | null = null;
    if (code === 0x3f || code === 0xff1f) sentenceEnd = 'question'; // ? ？
    else if (code === 0x21 || code === 0x3002 || code === 0xff01) sentenceEnd = 'statement'; // ! 。 ！
    else if (code === 0x2e) {
      // "." ends a sentence before a space or a line end, not inside "Amazon.com" or "1.2".
      const next = text.charCodeAt(i + 1);
      if (Number.isNaN(next) || next === 0x20 || next === 0x0a) sentenceEnd = 'statement';
    } else if (code === 0x0a) {
      // A blank line ends a sentence (headings, field blocks); one line break does not (PDF copies break sentences).
      if (end || text.charCodeAt(i + 1) === 0x0a) sentenceEnd = 'statement';
      else clauseEnd = isFieldLine(text, i + 1);
    } else if (code === 0x2c || code === 0x3b || code === 0xff0c || code === 0x3001 || code === 0xff1b || code === 0x3a) {
      clauseEnd = true; // , ; ， 、 ； :
    } else if (code === 0x5b || code === 0x5d || code === 0x28 || code === 0x29 || code === 0xff08 || code === 0xff09) {
      clauseEnd = true; // [Email Address Removed], (notes): an aside is its own clause
    }
    if (clauseEnd || sentenceEnd || end) {
      if (i > clauseStart) sentenceClauses.push([clauseStart, i]);
      clauseStart = i + 1;
    }
    if (sentenceEnd || end) flushSentence(sentenceEnd === 'question');
  }
  return result;
}

const BULLETS = '•-*–—·';

/**
 * The bullet lines under a line that ends in a colon and asks for something ("please make sure
 * that:", "if you...:", "you must:"): requirements or conditions, not events. One pass over the
 * lines; each line's words are read once.
 */
function requirementLists(text: string, is: MarkerTest): [number, number][] {
  const items: [number, number][] = [];
  let introduced = false;
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let first = start;
    while (first < end && (text.charCodeAt(first) === 0x20 || text.charCodeAt(first) === 0x09)) first++;
    if (first < end && BULLETS.includes(text[first]!)) {
      if (introduced) items.push([start, end]);
    } else {
      let last = end - 1;
      while (last > first && (text.charCodeAt(last) === 0x20 || text.charCodeAt(last) === 0x09)) last--;
      const colon = last >= first && (text.charCodeAt(last) === 0x3a || text.charCodeAt(last) === 0xff1a);
      introduced = colon && lineAsks(text, first, last, is);
    }
    start = end + 1;
  }
  return items;
}

function lineAsks(text: string, from: number, to: number, is: MarkerTest): boolean {
  let wordStart = -1;
  for (let i = from; i <= to + 1; i++) {
    const letter = i <= to && isWordChar(text.charCodeAt(i));
    if (letter && wordStart < 0) wordStart = i;
    else if (!letter && wordStart >= 0) {
      const word = text.slice(wordStart, i).toLowerCase();
      if (is('requirements', word) || is('modals', word) || is('conditionals', word)) return true;
      wordStart = -1;
    }
  }
  return false;
}

/**
 * A line that starts with a bullet or a label ("-- ", "ASIN:") begins its own clause; so does a
 * line that opens a quotation: agencies and forum posts quote a notice under their own line
 * ("If you received a notice like this" + the notice in quotes), and that line's "if" is not the
 * notice's.
 */
function isFieldLine(text: string, from: number): boolean {
  const code = text.charCodeAt(from);
  return code === 0x2d || code === 0x2022 || code === 0x2a || OPENING_QUOTES.includes(code);
}

/** " “ „ « 「 『 */
const OPENING_QUOTES = [0x22, 0x201c, 0x201e, 0xab, 0x300c, 0x300e];

type MarkerTest = (kind: keyof Markers, word: string) => boolean;

function readClause(text: string, start: number, end: number, dict: Compiled, is: MarkerTest, result: EventScan, requirement: boolean) {
  const clause = text.slice(start, end).toLowerCase();
  // An item of a list of requirements reports nothing that happened: what it names is blocked.
  const clauseResult: EventScan = { found: requirement ? new Set() : result.found, blocked: new Set(), blockedSpans: result.blockedSpans };
  readWords(clause, dict, is, clauseResult);
  if (/[\u3040-\u30ff\u3400-\u9fff]/.test(clause)) readCjk(clause, dict, clauseResult);
  if (requirement) for (const kind of clauseResult.found) clauseResult.blocked.add(kind);
  for (const kind of clauseResult.blocked) {
    result.blocked.add(kind);
    result.blockedSpans.push({ kind, start, end });
  }
}

interface Token {
  word: string;
  entry: WordEntry | undefined;
  /** Words this entry spans (2 for "taken down"). */
  length: number;
}

function readWords(clause: string, dict: Compiled, is: MarkerTest, result: EventScan) {
  const tokens: Token[] = [];
  let wordStart = -1;
  for (let i = 0; i <= clause.length && tokens.length < MAX_CLAUSE_TOKENS; i++) {
    const letter = i < clause.length && isWordChar(clause.charCodeAt(i));
    if (letter && wordStart < 0) wordStart = i;
    else if (!letter && wordStart >= 0) {
      tokens.push({ word: clause.slice(wordStart, i), entry: undefined, length: 1 });
      wordStart = -1;
    }
  }
  if (tokens.length < 2) return;
  for (let i = 0; i < tokens.length; i++) {
    const pair = i + 1 < tokens.length ? dict.pairs.get(`${tokens[i]!.word} ${tokens[i + 1]!.word}`) : undefined;
    if (pair) {
      tokens[i]!.entry = pair;
      tokens[i]!.length = 2;
    } else {
      tokens[i]!.entry = lookup(tokens[i]!.word, dict);
    }
  }
  let firstConditional = -1;
  for (let a = 0; a < tokens.length; a++) {
    if (firstConditional < 0 && is('conditionals', tokens[a]!.word)) firstConditional = a;
    // "You may no longer sell on Amazon", "you currently may not sell": selling privileges are gone.
    if (is('sell', tokens[a]!.word) && firstConditional < 0 && hasWord(tokens, Math.max(0, a - 2), a - 1, (word) => is('negations', word))) {
      result.found.add('accountDeactivated');
    }
    const action = tokens[a]!.entry?.action;
    if (!action) continue;
    // The nearest subject that this action can happen to, before or after it; one across a
    // conjunction ("deactivated, and your listings") only when none is on the action's side.
    let best = -1;
    let bestScore = Infinity;
    let bestKind: EventKind | undefined;
    // A report names its rights owner further away ("une notification concernant une violation ... du titulaire").
    const window = action === 'reported' ? REPORT_WINDOW : WINDOW;
    for (let s = Math.max(0, a - window); s <= Math.min(tokens.length - 1, a + window); s++) {
      const subject = tokens[s]!.entry?.subject;
      const kind = subject ? EVENT_OF[subject][action] : undefined;
      if (!kind || s === a) continue;
      // "removed from your Account": a place the action happened in, not what it happened to.
      if (action !== 'reported' && s > a && (is('awayFrom', tokens[s - 1]?.word ?? '') || is('awayFrom', tokens[s - 2]?.word ?? ''))) continue;
      const score = Math.abs(s - a) + (crossesConjunction(tokens, s, a, is) ? window : 0) + (s > a ? 0.5 : 0);
      if (score < bestScore) {
        best = s;
        bestScore = score;
        bestKind = kind;
      }
    }
    if (!bestKind) continue;
    const lo = Math.min(best, a);
    const hi = Math.max(best, a) + tokens[Math.max(best, a)]!.length - 1;
    const blocked = blockedByWords(tokens, lo, hi, a, action, is) || (firstConditional >= 0 && firstConditional < hi) || conditionalBefore(tokens, a, hi, is);
    (blocked ? result.blocked : result.found).add(bestKind);
  }
}

function crossesConjunction(tokens: Token[], s: number, a: number, is: MarkerTest): boolean {
  for (let i = Math.min(s, a) + 1; i < Math.max(s, a); i++) if (is('conjunctions', tokens[i]!.word)) return true;
  return false;
}

function conditionalBefore(tokens: Token[], from: number, hi: number, is: MarkerTest): boolean {
  for (let i = from; i <= hi && i < tokens.length; i++) if (is('conditionals', tokens[i]!.word)) return true;
  return false;
}

/** Negation between the words or just before the action; a modal or future in or just before the span. */
function blockedByWords(tokens: Token[], lo: number, hi: number, action: number, actionClass: ActionClass, is: MarkerTest): boolean {
  const remains = STATE_ACTIONS.has(actionClass) && hasWord(tokens, Math.max(0, action - 3), action - 1, (word) => is('remain', word));
  // "has not been removed" (between the words), "have not removed your listing" (just before an action that comes first).
  for (let i = Math.max(0, action === lo ? action - 1 : lo); i <= hi; i++) {
    if (i === action) continue;
    if (is('negations', tokens[i]!.word)) return true;
  }
  for (let i = Math.max(0, lo - 3); i <= hi; i++) {
    if (i === action) continue;
    const word = tokens[i]!.word;
    if (is('modals', word)) return true;
    if (!remains && is('futures', word)) return true;
  }
  return false;
}

function hasWord(tokens: Token[], from: number, to: number, test: (word: string) => boolean): boolean {
  for (let i = from; i <= to; i++) if (tokens[i] && test(tokens[i]!.word)) return true;
  return false;
}

function lookup(word: string, dict: Compiled): WordEntry | undefined {
  const exact = dict.words.get(word);
  if (exact) return exact;
  if (word.length < 5) return undefined;
  for (const [suffix, entry] of dict.suffixes) if (word.endsWith(suffix) && word.length > suffix.length) return entry;
  for (const [prefix, entry] of dict.prefixes) if (word.startsWith(prefix)) return entry;
  return undefined;
}

/** Letters and digits of Latin, Greek and Cyrillic scripts; CJK and punctuation end a word. */
function isWordChar(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) ||
    (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) || (code >= 0x370 && code <= 0x52f)
  );
}

interface Occurrence {
  start: number;
  end: number;
  pattern: CjkPattern;
}

function readCjk(clause: string, dict: Compiled, result: EventScan) {
  const found: Occurrence[] = [];
  for (const pattern of dict.cjk) {
    if (!pattern.text) continue;
    let from = 0;
    for (let n = 0; n < MAX_OCCURRENCES; n++) {
      const at = clause.indexOf(pattern.text, from);
      if (at < 0) break;
      found.push({ start: at, end: at + pattern.text.length, pattern });
      from = at + 1;
    }
  }
  // The longest pattern at a position wins, and what it covers is not read again.
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Occurrence[] = [];
  let coverEnd = -1;
  for (const occurrence of found) {
    if (occurrence.start < coverEnd && occurrence.end <= coverEnd) continue;
    kept.push(occurrence);
    coverEnd = Math.max(coverEnd, occurrence.end);
  }
  const markers = kept.filter((o) => o.pattern.marker);
  const subjects = kept.filter((o) => o.pattern.subject);
  for (const action of kept) {
    const actionClass = action.pattern.action;
    if (!actionClass) continue;
    let best: { occurrence: Occurrence; kind: EventKind; gap: number } | null = null;
    for (const subject of subjects) {
      const kind = EVENT_OF[subject.pattern.subject!][actionClass];
      if (!kind) continue;
      const gap = subject.end <= action.start ? action.start - subject.end : subject.start >= action.end ? subject.start - action.end : -1;
      if (gap < 0 || gap > CJK_WINDOW) continue;
      if (!best || gap < best.gap) best = { occurrence: subject, kind, gap };
    }
    if (!best) continue;
    const lo = Math.min(best.occurrence.start, action.start);
    const blocked = markers.some(({ start, pattern }) => {
      // 可能会被删除, 削除される可能性: just before or after the verb.
      if (pattern.marker === 'modals') return start >= lo - 4 && start <= action.end + 6;
      if (pattern.marker === 'conditionals') return start < action.end;
      if (pattern.marker === 'negations') return start >= lo - 2 && start <= action.end + 4;
      return false;
    });
    (blocked ? result.blocked : result.found).add(best.kind);
  }
}
