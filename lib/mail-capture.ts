import type { PageRead } from './model/page-read';

/**
 * What the popup and the dashboard say about a webmail capture. Pure and DOM-free, so both can
 * import it without the page readers.
 */

/**
 * A webmail capture in which no sender address was found (no message open, a sender shown by
 * name only, a page that changed): its sender is unknown and never trusted, and the seller is
 * told to check who sent it ("sender not found").
 */
export function senderNotFound(read: Pick<PageRead, 'pageKind' | 'mail'>): boolean {
  return read.pageKind === 'webmail' && !read.mail?.from;
}

/** One open message of a captured thread, as the reader listed it (newest first). */
export interface ThreadMessage {
  index: number;
  name: string | null;
  address: string | null;
  date: string | null;
  chosen: boolean;
}

/** The thread's open messages (rows of kind `mail-message`), newest first. */
export function threadMessages(read: Pick<PageRead, 'rows'>): ThreadMessage[] {
  return read.rows
    .filter((row) => row.kind === 'mail-message')
    .map((row) => ({
      index: Number(row.cells.index ?? 0),
      name: row.cells.name ?? null,
      address: row.cells.address ?? null,
      date: row.cells.date ?? null,
      chosen: row.cells.chosen === 'true',
    }))
    .filter((message) => Number.isInteger(message.index) && message.index >= 0);
}
