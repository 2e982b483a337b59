import type Dexie from 'dexie';
import type { DBCore, DBCoreTable } from 'dexie';

/**
 * Tells which tables were written since a consumer last looked: a Dexie middleware sees every
 * mutation (add, put, update, delete, clear) through this connection. The background is the only
 * writer, so its connection sees them all; readers can then keep unchanged tables in memory.
 */
export class WriteTracker {
  private readonly written = new Set<string>();

  constructor(db: Dexie) {
    db.use({
      stack: 'dbcore',
      name: 'brand-sentry-write-tracker',
      create: (down: DBCore): DBCore => ({
        ...down,
        table: (name: string): DBCoreTable => {
          const table = down.table(name);
          return {
            ...table,
            mutate: (request) => {
              this.written.add(name);
              return table.mutate(request);
            },
          };
        },
      }),
    });
  }

  /** True once for each write since the last call for that table. */
  takeWritten(table: string): boolean {
    return this.written.delete(table);
  }
}
