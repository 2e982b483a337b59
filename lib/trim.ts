/**
 * Trims by character class in one linear pass from each end. A regex such as /[\s.,;:]+$/ looks
 * for its run at every position of the text: on a value that is one long run of those characters
 * followed by anything else (attacker text: "....x") that is quadratic. These never backtrack.
 */

/** `text` without the characters at its end for which `drop` is true. */
export function trimEndWhere(text: string, drop: (char: string) => boolean): string {
  let end = text.length;
  while (end > 0 && drop(text[end - 1]!)) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** `text` without the characters at its start for which `drop` is true. */
export function trimStartWhere(text: string, drop: (char: string) => boolean): string {
  let start = 0;
  while (start < text.length && drop(text[start]!)) start++;
  return start === 0 ? text : text.slice(start);
}

/** A test for "one of these characters, or white space" (the `\s` of a regex). */
export function charsOrSpace(chars: string): (char: string) => boolean {
  return (char) => chars.includes(char) || /\s/.test(char);
}

/** A test for "one of these characters". */
export function chars(set: string): (char: string) => boolean {
  return (char) => set.includes(char);
}
