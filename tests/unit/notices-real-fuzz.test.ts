import { describe, expect, it } from 'vitest';
import type { NoticeLanguage } from '../../lib/notices/labels';
import { parseNoticeStrict } from '../../lib/notices/parse';
import { random, type Random } from '../helpers/prng';
import { realNotice, realNoticeNames } from '../helpers/real-notices';
import { REAL_EXPECTED } from './notices-real-corpus.test';

/**
 * Sellers paste what they received "with a word more or less": each real notice, with words
 * inserted (adverbs, "Amazon"), function words removed ("the", "some", "die") and lines or words
 * re-cased, must keep the category, IP type and action a careful human reads from it.
 */

const INSERTED: Record<NoticeLanguage, readonly string[]> = {
  en: ['permanently', 'now', 'also', 'unfortunately', 'Amazon', 'all'],
  de: ['leider', 'nun', 'dauerhaft', 'Amazon', 'alle'],
  fr: ['malheureusement', 'désormais', 'Amazon', 'aussi'],
  es: ['lamentablemente', 'ahora', 'Amazon', 'también'],
  it: ['purtroppo', 'ora', 'Amazon', 'anche'],
  ja: ['また', '現在', '、'],
  zh: ['现在', '也', '，'],
};
/** Words a sentence does without and keeps its meaning. */
const REMOVABLE: Record<NoticeLanguage, readonly string[]> = {
  en: ['the', 'a', 'an', 'some', 'please', 'that', 'this', 'any', 'just'],
  de: ['die', 'der', 'das', 'einige', 'bitte', 'diese'],
  fr: ['les', 'le', 'la', 'certaines', 'ces'],
  es: ['los', 'las', 'el', 'la', 'algunos', 'algunas', 'esta'],
  it: ['il', 'le', 'la', 'alcune', 'i', 'queste'],
  ja: ['様'],
  zh: ['的'],
};
const VARIANTS = 12;

function vary(text: string, language: NoticeLanguage, rng: Random): string {
  const cjk = language === 'ja' || language === 'zh';
  let out = text;
  for (let round = 0; round < 1 + rng.int(0, 2); round++) {
    switch (rng.int(0, 3)) {
      case 0: // insert words between words (in CJK prose, after a clause mark: words have no spaces to find them by)
        out = cjk
          ? out.replace(/[、。，,]/g, (mark) => (rng.chance(0.3) ? mark + rng.pick(INSERTED[language]) : mark))
          : out.replace(/ (?=[\p{L}])/gu, () => (rng.chance(0.08) ? ` ${rng.pick(INSERTED[language])} ` : ' '));
        break;
      case 1: // remove function words
        out = cjk
          ? out.replace(new RegExp(REMOVABLE[language].join('|'), 'g'), (word) => (rng.chance(0.5) ? '' : word))
          : out.replace(/(^|[ \n])([\p{L}]+)(?= )/gu, (all, before: string, word: string) =>
              REMOVABLE[language].includes(word.toLowerCase()) && rng.chance(0.6) ? before : all);
        break;
      case 2: // re-case whole lines
        out = out.split('\n').map((line) => (rng.chance(0.3) ? (rng.chance(0.5) ? line.toUpperCase() : line.toLowerCase()) : line)).join('\n');
        break;
      default: // re-case single words
        out = out.replace(/[\p{L}]{3,}/gu, (word) => (rng.chance(0.15) ? (rng.chance(0.5) ? word.toUpperCase() : word[0]!.toUpperCase() + word.slice(1).toLowerCase()) : word));
    }
  }
  return out;
}

describe('real notices with a word more or less', () => {
  for (const name of realNoticeNames().filter((file) => file.endsWith('.txt'))) {
    const expected = REAL_EXPECTED[name]!;
    it(`${name} keeps its category, IP type and action`, () => {
      const rng = random(name.length * 7919 + name.charCodeAt(3));
      const text = realNotice(name);
      for (let variant = 0; variant < VARIANTS; variant++) {
        const varied = vary(text, expected.language, rng);
        const draft = parseNoticeStrict({ text: varied, origin: 'paste' });
        const got = draft && { category: draft.category, ipType: draft.ipType, action: draft.action };
        if (process.env.FUZZ_DEBUG && JSON.stringify(got) !== JSON.stringify({ category: expected.category, ipType: expected.ipType, action: expected.action })) {
          console.log(`=== ${name}\n${JSON.stringify(got)}\n${varied}`);
        }
        expect(got, varied).toEqual({
          category: expected.category, ipType: expected.ipType, action: expected.action,
        });
      }
    });
  }
});
