import type { NoticeLanguage, PhraseGroup } from './labels';
import type { Squashed } from './normalise';
import { scanText, type PhraseMatch } from './scan';

/**
 * Counts the vocabulary, event, claim and greeting phrases a scan found (./scan.ts). Two rules
 * keep the counts honest:
 * - a phrase inside a heading does not count ("Have your listings been removed in error?" is an
 *   instruction, not an event);
 * - a phrase inside a longer phrase of another group does not count ("design patent" is a design
 *   right, not a patent; 外观设计专利 is not 专利).
 */

export interface PhraseCounts {
  counts: Map<PhraseGroup, number>;
  languageHits: Map<NoticeLanguage, number>;
  /** Squashed index of the first greeting, -1 when none. */
  firstGreeting: number;
}

export function countPhrases(matches: readonly PhraseMatch[], headingSpans: readonly [number, number][]): PhraseCounts {
  const counts = new Map<PhraseGroup, number>();
  const languageHits = new Map<NoticeLanguage, number>();
  let firstGreeting = -1;
  let coverEnd = -1;
  let coverGroups: Set<PhraseGroup> | null = null;
  let headingIndex = 0;
  for (const { start, end, entry } of matches) {
    while (headingIndex < headingSpans.length && headingSpans[headingIndex]![1] <= start) headingIndex++;
    const heading = headingSpans[headingIndex];
    if (heading && heading[0] <= start && end <= heading[1]) continue;
    if (end <= coverEnd && coverGroups && !containsAll(coverGroups, entry.groups)) continue;
    if (end > coverEnd) {
      coverEnd = end;
      coverGroups = entry.groups;
    }
    for (const group of entry.groups) {
      counts.set(group, (counts.get(group) ?? 0) + 1);
      if (group === 'greeting' && firstGreeting < 0) firstGreeting = start;
    }
    for (const language of entry.languages) languageHits.set(language, (languageHits.get(language) ?? 0) + 1);
  }
  return { counts, languageHits, firstGreeting };
}

/** Phrase counts of a short text on its own (a reason cell, an "Infringement type" value). */
export function phrasesOf(squashed: Squashed, text = squashed.text): PhraseCounts {
  const scan = scanText(text, squashed);
  return countPhrases(scan.phrases, scan.headingSpans);
}

function containsAll(cover: Set<PhraseGroup>, groups: Set<PhraseGroup>): boolean {
  for (const group of groups) if (!cover.has(group)) return false;
  return true;
}
