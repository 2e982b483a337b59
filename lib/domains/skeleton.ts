/**
 * Folding text so that look-alike spellings compare equal: Unicode confusables (bundled table),
 * accents, digits used as letters, and the multi-letter tricks (rn/m, vv/w). Used to find a
 * brand name inside a domain and to tell whether one domain label imitates another.
 */

/** Digits written for letters (1 stands for l and i, so i and l fold together as l). */
const DIGIT_AS_LETTER: Readonly<Record<string, string>> = { '0': 'o', '1': 'l', '3': 'e', '4': 'a', '5': 's', '7': 't' };

/**
 * Lower case, compatibility forms (fullwidth, ligatures), confusables to ASCII, accents dropped.
 * Keeps every other character, so non-Latin brand names still compare with themselves.
 */
export function foldConfusables(text: string, confusables: ReadonlyMap<string, string>): string {
  let out = '';
  for (const char of text.normalize('NFKC').toLowerCase()) out += confusables.get(char) ?? char;
  return out.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Folded, then digits read as letters, i/l merged (1 stands for both), rn -> m, vv -> w. */
function foldLetters(text: string, confusables: ReadonlyMap<string, string>): string {
  return foldConfusables(text, confusables)
    .replace(/[0134-57]/g, (digit) => DIGIT_AS_LETTER[digit] ?? digit)
    .replace(/i/g, 'l')
    .replace(/rn/g, 'm')
    .replace(/vv/g, 'w');
}

/** The comparable core of a name: letters folded, separators and punctuation removed. */
export function nameSkeleton(text: string, confusables: ReadonlyMap<string, string>): string {
  return foldLetters(text, confusables).replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * For comparing two whole labels: hyphens kept (lum-ora is hyphenation, not a homoglyph), and
 * cl -> d (a dnstwist homoglyph that would cause false hits when searching inside longer text).
 */
export function labelSkeleton(label: string, confusables: ReadonlyMap<string, string>): string {
  return foldLetters(label, confusables).replace(/cl/g, 'd');
}

/** The tokens of a label or host between separators, each as a skeleton. */
export function tokenSkeletons(text: string, confusables: ReadonlyMap<string, string>): string[] {
  return foldConfusables(text, confusables)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((token) => nameSkeleton(token, confusables));
}
