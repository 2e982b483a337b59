import { type Said, said } from '../said';

/**
 * A backup travels to the background in pieces: Chrome refuses a runtime message over 64 MiB,
 * and a seller's backup with screenshots grows past that. Pieces are strings of at most
 * PIECE_CHARS characters; serialised, a piece stays well under the limit even when every
 * character is escaped or takes three bytes.
 */
export const PIECE_CHARS = 8 * 1024 * 1024;
/** The largest backup restored: below V8's longest string, which the joined text must fit in. */
export const MAX_BACKUP_CHARS = 400_000_000;
export const MAX_PIECES = Math.ceil(MAX_BACKUP_CHARS / PIECE_CHARS);

export interface BackupPiece {
  /** One restore's id (a random UUID), so pieces of two restores never mix. */
  upload: string;
  index: number;
  count: number;
  text: string;
}

/** The pieces of a backup's text, in order. */
export function splitBackup(text: string, upload: string, pieceChars = PIECE_CHARS): BackupPiece[] {
  const count = Math.max(1, Math.ceil(text.length / pieceChars));
  return Array.from({ length: count }, (_, index) => ({ upload, index, count, text: text.slice(index * pieceChars, (index + 1) * pieceChars) }));
}

/**
 * The background's side: collects one restore's pieces in order and gives the whole text with
 * the last one. A piece out of order, of another restore or after the worker restarted (its
 * memory is gone) ends the upload with a reason; nothing is written before the text is whole.
 */
export class BackupAssembly {
  #upload: string | null = null;
  #parts: string[] = [];

  add(piece: BackupPiece): { ok: true; text: string | null; received: number } | { ok: false; error: Said } {
    if (piece.index === 0) {
      this.#upload = piece.upload;
      this.#parts = [];
    } else if (piece.upload !== this.#upload || piece.index !== this.#parts.length) {
      this.#upload = null;
      this.#parts = [];
      return { ok: false, error: said('restoreIncomplete') };
    }
    this.#parts.push(piece.text);
    if (this.#parts.length < piece.count) return { ok: true, text: null, received: this.#parts.length };
    const text = this.#parts.join('');
    this.#upload = null;
    this.#parts = [];
    return { ok: true, text, received: piece.count };
  }
}
