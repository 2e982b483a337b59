import type { BrandSentryDb } from '../db';
import type { WriteTracker } from '../db/write-tracker';

/**
 * The tables the flag rules read, kept in memory between recomputes and read again only when
 * written since (the background recomputes after every capture; most captures touch one or two
 * of these tables). Lives as long as the worker; a new worker starts empty.
 */
export class RecordCache {
  private readonly rows = new Map<string, unknown[]>();

  constructor(
    private readonly db: BrandSentryDb,
    private readonly writes: WriteTracker,
  ) {}

  async table<T>(name: string): Promise<T[]> {
    const written = this.writes.takeWritten(name);
    const cached = this.rows.get(name);
    if (cached && !written) return cached as T[];
    const rows = await this.db.table(name).toArray();
    this.rows.set(name, rows);
    return rows as T[];
  }

}
