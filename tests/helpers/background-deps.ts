import { vi } from 'vitest';
import type { BackgroundDeps } from '../../lib/background/router';
import { SaveQueue } from '../../lib/background/unsaved';
import { BackupAssembly } from '../../lib/backup/pieces';
import type { BrandSentryDb } from '../../lib/db';

/** What the background's main() gives handleMessage, on a test database, with afterWrite a spy. */
export function backgroundDeps(db: BrandSentryDb, now: () => number = () => 1_700_000_000_000) {
  return {
    db,
    now,
    afterWrite: vi.fn(async () => {}),
    saves: new SaveQueue(() => db, now),
    backupPieces: new BackupAssembly(),
  } satisfies BackgroundDeps;
}
