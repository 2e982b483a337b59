import { dictionary, type NoticeLanguage } from './labels';
import type { Squashed } from './normalise';

/**
 * The language a notice is written in. CJK by script: Japanese has kana, Chinese has none.
 * A Chinese forum post quoting an English notice stays English: CJK wins only when its characters
 * outweigh the Latin text (a CJK character carries about as much as a short Latin word).
 * Latin languages by the labels, headings and phrases found plus function words only one of
 * them uses ("der", "les", "los", "della"); English when nothing tells.
 */

const STOPWORD_CHARS = 4_000;

export function detectLanguage(
  text: string,
  squashed: Squashed,
  ...hitMaps: ReadonlyMap<NoticeLanguage, number>[]
): NoticeLanguage {
  const { han, kana, latin } = squashed.counts;
  if ((han + kana) * 4 > latin && han + kana >= 8) return kana * 10 >= han + kana || kana >= 20 ? 'ja' : 'zh';

  const scores = new Map<NoticeLanguage, number>();
  const add = (language: NoticeLanguage, weight: number) => scores.set(language, (scores.get(language) ?? 0) + weight);
  for (const hits of hitMaps) for (const [language, count] of hits) if (language !== 'zh' && language !== 'ja') add(language, count);

  // Function words only when the labels and phrases leave it open (a short or label-less text).
  if (!clearWinner(scores)) {
    const stopwords = dictionary().stopwords;
    const head = (text.length > STOPWORD_CHARS ? text.slice(0, STOPWORD_CHARS) : text).toLowerCase();
    for (const match of head.matchAll(/[a-zà-ÿ]+/g)) {
      const language = stopwords.get(match[0]);
      if (language) add(language, 1);
    }
  }
  let best: NoticeLanguage = 'en';
  let bestScore = 0;
  for (const [language, score] of scores) {
    if (score > bestScore) {
      best = language;
      bestScore = score;
    }
  }
  return best;
}

/** A language ahead by at least 6 points and twice the next one. */
function clearWinner(scores: ReadonlyMap<NoticeLanguage, number>): boolean {
  const sorted = [...scores.values()].sort((a, b) => b - a);
  const [first = 0, second = 0] = sorted;
  return first >= 6 && first >= 2 * second;
}
