import { fnv1a } from '../hash';
import { MAX_TEXT_CHARS } from '../model/limits';
import type { PageReadInput } from '../model/page-read';
import { linksInText } from './links';

/**
 * Pasted text (a notice copied from a mail, a PDF or a forum) as a PageRead. The URL is
 * `paste:<when>-<fnv1a of the text>`: unique per paste, and the same text shows the same hash.
 * The sender of pasted text is unknown whatever it says, so there are no mail headers; the
 * notice parser reads a "Subject:" line from the text itself.
 */
export function readPastedText(text: string, now: number): PageReadInput {
  const clean = (typeof text === 'string' ? text : '').replace(/\r\n?/g, '\n').slice(0, MAX_TEXT_CHARS);
  const firstLine = clean.split('\n', 50).find((line) => line.trim())?.trim() ?? '';
  const when = Number.isFinite(now) ? Math.round(now) : 0;
  return {
    url: `paste:${when}-${fnv1a(clean).toString(16).padStart(8, '0')}`,
    title: firstLine.slice(0, 200),
    pageKind: 'paste',
    marketplace: null,
    lang: null,
    text: clean,
    html: null,
    links: linksInText(clean),
    mail: null,
  };
}
