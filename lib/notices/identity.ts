import { sha256Hex } from '../hash';
import type { NoticeDraft } from '../model/notice';
import { normaliseText, squash } from './normalise';
import { phrasesOf } from './vocabulary';

/**
 * One notice, however it was captured: `complaint:<smallest complaint id>` when it has one (the
 * same complaint ID is the same complaint, whatever the copy looks like), else
 * `text:<sha256 of the normalised text>`.
 *
 * The normalised text is what survives every way of copying a notice: NFKC, lower case, no
 * whitespace, no punctuation (so quotes, dashes and bullets of any style vanish), runs of masking
 * characters ("*****", "xxxx", "。。。") collapsed to one "*", and it starts at the notice's
 * greeting ("Hello,", "Guten Tag", "您好"...) when there is one, so the page around a notice (the
 * Performance Notifications list, a forum post's intro) does not change it.
 */
export function noticeIdentity(draft: Pick<NoticeDraft, 'complaintIds'>, text: string): Promise<string> | string {
  const smallest = smallestComplaintId(draft.complaintIds);
  if (smallest) return `complaint:${smallest}`;
  return sha256Hex(identityText(text)).then((hash) => `text:${hash}`);
}

/** Numerically smallest: IDs differ in length (9 to 11 digits), so not by string order. */
export function smallestComplaintId(ids: readonly string[]): string | null {
  let smallest: string | null = null;
  let smallestValue = '';
  for (const id of ids) {
    if (!/^\d+$/.test(id)) continue;
    const value = id.replace(/^0+(?=\d)/, '');
    if (smallest === null || value.length < smallestValue.length || (value.length === smallestValue.length && value < smallestValue)) {
      smallest = id;
      smallestValue = value;
    }
  }
  return smallest;
}

export function identityText(text: string): string {
  const normalised = normaliseText(text);
  const squashed = squash(normalised);
  const { firstGreeting } = phrasesOf(squashed, normalised);
  const body = firstGreeting > 0 ? squashed.text.slice(firstGreeting) : squashed.text;
  return body
    .replace(/[*。●■#]+|x{3,}/g, '*')
    .replace(/[^\p{L}\p{N}*]+/gu, '')
    .replace(/\*+/g, '*');
}
