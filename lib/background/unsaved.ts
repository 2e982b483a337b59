import type { BrandSentryDb } from '../db';
import type { CaptureResult, SaveFailureReason, SaveStatus } from '../messaging';
import { captureId, ingest, type IngestInput } from './ingest';

/** Thrown (and answered as `not-saved`) when storage refused a read; the read is kept to retry. */
export class NotSavedError extends Error {
  constructor(readonly reason: SaveFailureReason, detail: string) {
    super(detail);
    this.name = 'NotSavedError';
  }
}

/** How many refused reads are kept in the worker's memory (a read can be a 2 MB page). */
const KEEP = 20;

/**
 * Every store of a read goes through here. `ingest` already turns a failing interpreter or
 * record write into a `failed` capture; what reaches this catch is storage itself refusing
 * (a full disk, `QuotaExceededError`, a closed database). The read is then kept and stored again
 * at the next successful save or when the seller presses Retry, and the popup says "not saved".
 * A worker stopped with reads kept loses only its memory: the content script resends what the
 * background never confirmed (lib/content/watch-page.ts).
 */
export class SaveQueue {
  /** By capture id: a read the content script sends again is kept once. */
  #waiting = new Map<string, IngestInput>();
  #failure: SaveStatus['failure'] = null;
  #dropped = 0;
  #retrying = false;

  /** `db`: asked at the first store, so a worker that only answers status never declares its database. */
  constructor(
    private readonly db: () => BrandSentryDb,
    private readonly now: () => number = Date.now,
    private readonly store: (db: BrandSentryDb, input: IngestInput) => Promise<CaptureResult> = ingest,
  ) {}

  /** Stores a read; throws NotSavedError (keeping it) when storage refuses. */
  async save(input: IngestInput): Promise<CaptureResult> {
    let result: CaptureResult;
    try {
      result = await this.store(this.db(), input);
    } catch (error) {
      await this.#keep(input);
      throw this.#fail(error);
    }
    this.#failure = null;
    if (this.#waiting.size) void this.retry();
    return result;
  }

  /** Stores the kept reads, oldest first, until one is refused again. */
  async retry(): Promise<SaveStatus> {
    if (this.#retrying) return this.status();
    this.#retrying = true;
    try {
      for (const [id, input] of this.#waiting) {
        try {
          await this.store(this.db(), input);
        } catch (error) {
          this.#fail(error);
          break;
        }
        this.#waiting.delete(id);
        this.#failure = null;
      }
    } finally {
      this.#retrying = false;
    }
    return this.status();
  }

  status(): SaveStatus {
    return { failure: this.#failure, unsaved: this.#waiting.size, dropped: this.#dropped };
  }

  async #keep(input: IngestInput): Promise<void> {
    const id = await captureId(input.read);
    this.#waiting.delete(id); // kept again: it moves to the newest place
    this.#waiting.set(id, input);
    if (this.#waiting.size > KEEP) {
      this.#waiting.delete(this.#waiting.keys().next().value!);
      this.#dropped++;
    }
  }

  #fail(error: unknown): NotSavedError {
    const reason = isQuotaError(error) ? 'quota' : 'storage';
    const detail = error instanceof Error ? error.message : String(error);
    this.#failure = { reason, since: this.#failure?.since ?? this.now(), detail };
    return new NotSavedError(reason, detail);
  }
}

/** The browser's quota error, bare or wrapped by Dexie (its `inner` error, or an aborted transaction's). */
export function isQuotaError(error: unknown): boolean {
  for (let current = error, depth = 0; current && typeof current === 'object' && depth < 4; depth++) {
    const { name, inner } = current as { name?: unknown; inner?: unknown };
    if (name === 'QuotaExceededError') return true;
    current = inner;
  }
  return false;
}
