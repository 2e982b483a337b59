import type Dexie from 'dexie';

/**
 * Schema history. One dated entry per version; an old entry is never edited, a change is a new
 * version (with an upgrade and a test in tests/unit/db-migrations.test.ts). Dexie keeps the
 * tables of earlier versions unless a later one drops them (null).
 */
export interface SchemaVersion {
  version: number;
  date: string;
  why: string;
  stores: Record<string, string | null>;
  upgrade?: Parameters<ReturnType<Dexie['version']>['upgrade']>[0];
}

// Version 1 - 2026-11-24: the foundation. Raw captures (content-hash id), their screenshots, settings.
const v1: SchemaVersion = {
  version: 1,
  date: '2026-11-24',
  why: 'captures, screenshots and settings',
  stores: {
    captures: 'id, capturedAt, pageKind, status, parserVersion, marketplace',
    screenshots: 'id, captureId',
    settings: 'key',
  },
};

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [v1];
export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;
