import { CURRENT_SCHEMA_VERSION } from '../db/schema';
import { upgradeFlagRow } from '../db/upgrades/v5-flag-subjects';
import { V7_DROPPED_TABLES, v7MarkForReading } from '../db/upgrades/v7-string-keys';
import { V8_ACCOUNT_TABLES, v8WithAccount } from '../db/upgrades/v8-accounts';
import type { MessageKey } from '../i18n';
import { v10CaptureReason, v10DomainAgeReason } from '../db/upgrades/v10-said-reasons';
import { type Said, said } from '../said';
import { TABLE_ROW_SCHEMAS, tablesAtVersion } from './tables';

export type BackupCheck = { ok: true; version: number; rows: Map<string, unknown[]> } | { ok: false; error: Said };

interface Target {
  /** Names a backup may carry: the extension's database and the target's own. */
  acceptedNames: readonly string[];
  /** Primary key path of each table, to name a bad row by its key. */
  keyPaths: ReadonlyMap<string, string | null>;
}

/**
 * Reads and checks a backup file completely, writing nothing: JSON, format, database name,
 * schema version, table list, row counts, then every row against its zod schema. The first
 * problem found is reported with where it is (table, row, field), as a message key with its
 * parameters (lib/said.ts).
 */
export function readBackup(text: string, target: Target): BackupCheck {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return fail('backupNotJson', { detail: (error instanceof Error ? error.message : String(error)).slice(0, 300) });
  }
  if (!isObject(json)) return fail('backupNoObject');
  if (json.format === 'brand-sentry-evidence') return fail('backupIsEvidence');
  if (json.formatName !== 'dexie' || json.formatVersion !== 1) return fail('backupNotDexie');
  const data = json.data;
  if (!isObject(data) || !Array.isArray(data.tables) || !Array.isArray(data.data)) return fail('backupNoData');
  if (typeof data.databaseName !== 'string' || !target.acceptedNames.includes(data.databaseName)) {
    return fail('backupOtherDatabase', { name: String(data.databaseName).slice(0, 200) });
  }
  const version = data.databaseVersion;
  if (typeof version !== 'number') return fail('backupNoVersion');
  if (version > CURRENT_SCHEMA_VERSION) {
    return fail('backupNewer', { version, current: CURRENT_SCHEMA_VERSION });
  }
  const known = tablesAtVersion(version);
  if (!known) return fail('backupUnknownVersion', { version });

  const rows = new Map<string, unknown[]>();
  for (const [index, table] of data.data.entries()) {
    if (!isObject(table) || typeof table.tableName !== 'string' || !Array.isArray(table.rows)) return fail('backupTableDamaged', { number: index + 1 });
    if (!known.has(table.tableName) || !TABLE_ROW_SCHEMAS[table.tableName]) return fail('backupUnknownTable', { table: table.tableName.slice(0, 200) });
    if (rows.has(table.tableName)) return fail('backupTableTwice', { table: table.tableName });
    rows.set(table.tableName, table.rows);
  }
  // A file cut short can still end in valid JSON: the announced row counts catch it.
  for (const meta of data.tables) {
    if (!isObject(meta) || typeof meta.name !== 'string') return fail('backupListDamaged');
    const stored = rows.get(meta.name);
    if (!stored) return fail('backupTableMissing', { table: meta.name.slice(0, 200) });
    if (meta.rowCount !== stored.length) return fail('backupRowCount', { table: meta.name, expected: String(meta.rowCount).slice(0, 40), actual: stored.length });
  }

  // Rows of an older schema version take the upgrades the database itself would give them.
  const flags = rows.get('flags');
  if (flags && version < 5) rows.set('flags', flags.map((row) => (isObject(row) && typeof row.kind === 'string' ? upgradeFlagRow(row as { kind: string; subject: unknown }) : row)));
  if (version < 7) {
    // Numbered rows cannot be merged or kept: they are derived, and re-reading the captures refills them.
    for (const table of V7_DROPPED_TABLES) rows.delete(table);
    rows.get('captures')?.forEach((row) => isObject(row) && v7MarkForReading(row));
  }
  if (version < 8) for (const table of V8_ACCOUNT_TABLES) rows.get(table)?.forEach((row) => isObject(row) && v8WithAccount(row));
  if (version < 10) {
    rows.get('captures')?.forEach((row) => isObject(row) && v10CaptureReason(row));
    rows.get('domainAges')?.forEach((row) => isObject(row) && v10DomainAgeReason(row));
  }

  const valid = new Map<string, unknown[]>();
  for (const [tableName, tableRows] of rows) {
    const schema = TABLE_ROW_SCHEMAS[tableName]!;
    const keyPath = target.keyPaths.get(tableName) ?? null;
    const out: unknown[] = [];
    for (const [index, raw] of tableRows.entries()) {
      const revived = reviveUndefined(raw);
      if (isProblem(revived)) return fail(revived.key, { table: tableName, row: index + 1, ...revived.params });
      const parsed = schema.safeParse(revived);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        const key = keyPath && isObject(revived) && revived[keyPath] !== undefined ? ` (${keyPath} ${JSON.stringify(revived[keyPath]).slice(0, 80)})` : '';
        return fail('backupBadField', { table: tableName, row: index + 1, key, field: (issue.path.join('.') || '(row)').slice(0, 200), detail: issue.message.slice(0, 300) });
      }
      out.push(parsed.data);
    }
    valid.set(tableName, out);
  }
  return { ok: true, version, rows: valid };
}

/**
 * dexie-export-import (typeson) annotates special values under `$types`: a property whose value
 * is `undefined` is written as 0 and typed "undef"; arrays may be typed "arrayNonindexKeys" and
 * are plain arrays in the JSON. Brand Sentry stores plain JSON data only, so those are the only
 * annotations a genuine backup holds; any other (Date, Blob...) means the file is not ours.
 * Returns the plain row, or why it is not ours.
 */
function reviveUndefined(raw: unknown): unknown {
  if (!isObject(raw) || !('$types' in raw)) return raw;
  const types = raw.$types;
  if (!isObject(types)) return problem('backupTypesDamaged', {});
  const row = structuredClone(raw);
  delete row.$types;
  for (const [path, type] of Object.entries(types)) {
    const keys = path.split('.').map((part) => part.replace(/~1/g, '.').replace(/~0/g, '~'));
    // A path through __proto__ (or constructor.prototype) would reach Object.prototype, and the
    // `delete` below would remove its members in the worker: such a file is not ours.
    if (keys.some((key) => FORBIDDEN_KEYS.has(key))) return problem('backupForbiddenPath', { path: path.slice(0, 100) });
    let parent: unknown = row;
    for (const key of keys.slice(0, -1)) parent = ownValue(parent, key);
    const last = keys[keys.length - 1]!;
    const value = ownValue(parent, last);
    if (type === 'arrayNonindexKeys' && Array.isArray(value)) continue;
    if (type === 'undef' && isObject(parent) && Object.hasOwn(parent, last)) {
      delete parent[last];
      continue;
    }
    return problem('backupForeignType', { type: String(type).slice(0, 100), path: path.slice(0, 100) });
  }
  return row;
}

/** Why a row is not one of ours; a row itself never carries this symbol. */
const PROBLEM = Symbol('problem');
type Problem = { [PROBLEM]: true; key: MessageKey; params: Record<string, string> };
const problem = (key: MessageKey, params: Record<string, string>): Problem => ({ [PROBLEM]: true, key, params });
const isProblem = (value: unknown): value is Problem => isObject(value) && PROBLEM in value;

const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** The object's or array's own property, never one inherited from a prototype. */
function ownValue(parent: unknown, key: string): unknown {
  return (isObject(parent) || Array.isArray(parent)) && Object.hasOwn(parent, key) ? (parent as Record<string, unknown>)[key] : undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fail(key: MessageKey, params?: Record<string, string | number>): { ok: false; error: Said } {
  return { ok: false, error: said(key, params) };
}
