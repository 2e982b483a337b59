/**
 * The version 7 upgrade: the tables keyed by auto-increment numbers are dropped (version 8 brings
 * them back keyed by strings) and every capture is marked read by parser version 0, so the
 * background reads it again and refills them. Frozen with its version; a restored backup of an
 * older version takes the same step (lib/backup/read.ts).
 */
export const V7_DROPPED_TABLES = ['listingSnapshots', 'listingChanges', 'brandRoleSnapshots', 'brandRoleChanges'] as const;

export function v7MarkForReading(capture: { parserVersion?: unknown }): void {
  capture.parserVersion = 0;
}
