import { parserData } from '../../parser-data';
import { squashPhrase } from '../normalise';
import type { FieldKind, LabelSet, NoticeLanguage } from './types';

export type { FieldKind, LabelSet, NoticeLanguage } from './types';

/** Kinds whose values are checked (ASIN shape, digits), so a label without a colon is safe. */
const COLON_OPTIONAL = new Set<FieldKind>(['asin', 'complaintId', 'trademarkNumber', 'patentNumber']);

export type VocabularyGroup = keyof LabelSet['vocabulary'];
export type EventGroup = keyof LabelSet['events'];
export type PhraseGroup = VocabularyGroup | `event.${EventGroup}` | 'claim' | 'greeting';

export interface LabelEntry {
  kind: FieldKind;
  colonOptional: boolean;
  lineStart: boolean;
  /** No case boundary check for labels that start with a CJK character. */
  cjk: boolean;
  languages: Set<NoticeLanguage>;
}

export interface PhraseEntry {
  groups: Set<PhraseGroup>;
  languages: Set<NoticeLanguage>;
}

/** Everything one squashed key can be: a label, a heading, an examples intro and/or a phrase. */
export interface KeyInfo {
  label?: LabelEntry;
  heading?: Set<NoticeLanguage>;
  examples?: boolean;
  phrase?: PhraseEntry;
  /** Shorter keys that are prefixes of this one: the regex reports only the longest key at a position. */
  prefixes: string[];
}

export type Script = 'ascii' | 'latin' | 'all';

export interface Dictionary {
  keys: Map<string, KeyInfo>;
  /**
   * One regex of every key, longest first, in three sizes: a text with only ASCII letters cannot
   * contain a key with é or 商, and V8 scans a smaller, ASCII-only alternation several times faster.
   */
  scanners: Record<Script, RegExp>;
  phrases: Map<string, PhraseEntry>;
  loginWords: readonly string[];
  /** Month name (lower case, no dot) -> 0-based month. */
  months: Map<string, number>;
  stopwords: Map<string, NoticeLanguage>;
}

let compiled: { from: readonly LabelSet[]; dictionary: Dictionary } | null = null;

/**
 * The merged dictionary of every language, compiled once on first use from the loaded label sets
 * (lib/parser-data.ts; the sources are ./all.ts).
 */
export function dictionary(): Dictionary {
  // Asked every time, so a call before the data is loaded fails loudly even after a first compile.
  const sets = parserData().labelSets;
  if (compiled?.from !== sets) compiled = { from: sets, dictionary: compile(sets) };
  return compiled.dictionary;
}

/** CJK ideographs, kana, CJK punctuation and full-width forms. */
export const CJK_CHARS = /[\u3000-\u9fff\uff00-\uffef]/;

function compile(sets: readonly LabelSet[]): Dictionary {
  const keys = new Map<string, KeyInfo>();
  const phrases = new Map<string, PhraseEntry>();
  const loginWords = new Set<string>();
  const months = new Map<string, number>();
  const stopwords = new Map<string, NoticeLanguage>();
  const ambiguousStopwords = new Set<string>();
  const info = (key: string): KeyInfo => {
    let entry = keys.get(key);
    if (!entry) keys.set(key, (entry = { prefixes: [] }));
    return entry;
  };

  const addPhrase = (phrase: string, group: PhraseGroup, language: NoticeLanguage) => {
    const key = squashPhrase(phrase);
    if (!key) return;
    const entry = phrases.get(key) ?? { groups: new Set<PhraseGroup>(), languages: new Set<NoticeLanguage>() };
    entry.groups.add(group);
    entry.languages.add(language);
    phrases.set(key, entry);
    info(key).phrase = entry;
  };

  for (const set of sets) {
    const lineStart = new Set(set.lineStart.map(squashPhrase));
    for (const [kind, list] of Object.entries(set.fields) as [FieldKind, readonly string[]][]) {
      for (const label of list) {
        const key = squashPhrase(label);
        const entry = info(key);
        if (entry.label) {
          entry.label.languages.add(set.language);
          continue;
        }
        entry.label = {
          kind,
          colonOptional: COLON_OPTIONAL.has(kind),
          lineStart: lineStart.has(key),
          cjk: CJK_CHARS.test(key[0] ?? ''),
          languages: new Set([set.language]),
        };
      }
    }
    for (const heading of set.headings) {
      const entry = info(squashPhrase(heading));
      (entry.heading ??= new Set()).add(set.language);
    }
    for (const intro of set.examplesIntro) info(squashPhrase(intro)).examples = true;
    for (const [group, list] of Object.entries(set.vocabulary) as [VocabularyGroup, readonly string[]][]) {
      for (const phrase of list) addPhrase(phrase, group, set.language);
    }
    for (const [group, list] of Object.entries(set.events) as [EventGroup, readonly string[]][]) {
      for (const phrase of list) addPhrase(phrase, `event.${group}`, set.language);
    }
    for (const phrase of set.amazonClaims) addPhrase(phrase, 'claim', set.language);
    for (const phrase of set.greetings) addPhrase(phrase, 'greeting', set.language);
    for (const word of set.loginWords) loginWords.add(squashPhrase(word));
    set.months.forEach((names, month) => {
      for (const name of names) months.set(name.toLowerCase(), month);
    });
    for (const word of set.stopwords) {
      const previous = stopwords.get(word);
      if (previous && previous !== set.language) ambiguousStopwords.add(word);
      stopwords.set(word, set.language);
    }
  }
  for (const word of ambiguousStopwords) stopwords.delete(word);

  // Prefix lists: for each key, the shorter keys it starts with (longest first).
  const lengths = [...new Set([...keys.keys()].map((key) => key.length))].sort((a, b) => b - a);
  for (const [key, entry] of keys) {
    for (const length of lengths) {
      if (length < key.length && keys.has(key.slice(0, length))) entry.prefixes.push(key.slice(0, length));
    }
  }

  const all = [...keys.keys()];
  const latin = all.filter((key) => !CJK_CHARS.test(key));
  const ascii = latin.filter((key) => /^[\x00-\x7f]*$/.test(key));
  return {
    keys,
    scanners: { ascii: alternation(ascii), latin: alternation(latin), all: alternation(all) },
    phrases,
    loginWords: [...loginWords],
    months,
    stopwords,
  };
}

/** One regex of literal alternatives, longest first so the longest key wins at a position. */
function alternation(keys: string[]): RegExp {
  const unique = [...new Set(keys)].filter(Boolean).sort((a, b) => b.length - a.length);
  return new RegExp(unique.map((key) => key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
}
