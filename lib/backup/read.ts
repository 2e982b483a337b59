import { CURRENT_SCHEMA_VERSION } from '../db/schema';
import { upgradeFlagRow } from '../db/upgrades/v5-flag-subjects';
import { V7_DROPPED_TABLES, v7MarkForReading } from '../db/upgrades/v7-string-keys';
import { V8_ACCOUNT_TABLES, v8WithAccount } from '../db/upgrades/v8-accounts';
import { TABLE_ROW_SCHEMAS, tablesAtVersion } from './tables';

export type BackupCheck = { ok: true; version: number; rows: Map<string, unknown[]> } | { ok: false; error: string };

interface Target {
  /** Names a backup may carry: the extension's database and the target's own. */
  acceptedNames: readonly string[];
  /** Primary key path of each table, to name a bad row by its key. */
  keyPaths: ReadonlyMap<string, string | null>;
}

/**
 * Reads and checks a backup file completely, writing nothing: JSON, format, database name,
 * schema version, table list, row counts, then every row against its zod schema. The first
 * problem found is reported with where it is (table, row, field), in words a seller can pass on.
 */
export function readBackup(text: string, target: Target): BackupCheck {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return fail(`The file is not valid JSON; it may be truncated or damaged (${error instanceof Error ? error.message : String(error)}).`);
  }
  if (!isObject(json)) return fail('The file is not a Brand Sentry backup: it holds no JSON object.');
  if (json.format === 'brand-sentry-evidence') return fail('This is the evidence.json of an evidence pack, not a backup. Choose a brand-sentry-backup-<date>.json file.');
  if (json.formatName !== 'dexie' || json.formatVersion !== 1) return fail('The file is not a Brand Sentry backup (it is not a database export of format "dexie", version 1).');
  const data = json.data;
  if (!isObject(data) || !Array.isArray(data.tables) || !Array.isArray(data.data)) return fail('The backup is incomplete: its "data" part with tables and rows is missing.');
  if (typeof data.databaseName !== 'string' || !target.acceptedNames.includes(data.databaseName)) {
    return fail(`The backup is of another database ("${String(data.databaseName)}"), not of Brand Sentry.`);
  }
  const version = data.databaseVersion;
  if (typeof version !== 'number') return fail('The backup does not say which schema version it has.');
  if (version > CURRENT_SCHEMA_VERSION) {
    return fail(`The backup comes from a newer Brand Sentry (database schema version ${version}; this one reads up to version ${CURRENT_SCHEMA_VERSION}). Update the extension, then restore.`);
  }
  const known = tablesAtVersion(version);
  if (!known) return fail(`The backup has an unknown database schema version (${version}).`);

  const rows = new Map<string, unknown[]>();
  for (const [index, table] of data.data.entries()) {
    if (!isObject(table) || typeof table.tableName !== 'string' || !Array.isArray(table.rows)) return fail(`The backup's table number ${index + 1} is damaged.`);
    if (!known.has(table.tableName) || !TABLE_ROW_SCHEMAS[table.tableName]) return fail(`The backup has a table Brand Sentry does not know: "${table.tableName}".`);
    if (rows.has(table.tableName)) return fail(`The backup has table "${table.tableName}" twice.`);
    rows.set(table.tableName, table.rows);
  }
  // A file cut short can still end in valid JSON: the announced row counts catch it.
  for (const meta of data.tables) {
    if (!isObject(meta) || typeof meta.name !== 'string') return fail('The backup\'s table list is damaged.');
    const stored = rows.get(meta.name);
    if (!stored) return fail(`The backup lists table "${meta.name}" but has no rows for it; the file may be truncated.`);
    if (meta.rowCount !== stored.length) return fail(`Table "${meta.name}" should have ${String(meta.rowCount)} rows but has ${stored.length}; the file may be truncated.`);
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

  const valid = new Map<string, unknown[]>();
  for (const [tableName, tableRows] of rows) {
    const schema = TABLE_ROW_SCHEMAS[tableName]!;
    const keyPath = target.keyPaths.get(tableName) ?? null;
    const out: unknown[] = [];
    for (const [index, raw] of tableRows.entries()) {
      const revived = reviveUndefined(raw);
      if (typeof revived === 'string') return fail(`Table "${tableName}", row ${index + 1}: ${revived}`);
      const parsed = schema.safeParse(revived);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        const key = keyPath && isObject(revived) && revived[keyPath] !== undefined ? ` (${keyPath} ${JSON.stringify(revived[keyPath]).slice(0, 80)})` : '';
        return fail(`Table "${tableName}", row ${index + 1}${key}, field "${issue.path.join('.') || '(row)'}": ${issue.message}`);
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
 * Returns the plain row, or a reason as a string.
 */
function reviveUndefined(raw: unknown): unknown {
  if (!isObject(raw) || !('$types' in raw)) return raw;
  const types = raw.$types;
  if (!isObject(types)) return 'damaged type annotations ($types).';
  const row = structuredClone(raw);
  delete row.$types;
  for (const [path, type] of Object.entries(types)) {
    const keys = path.split('.').map((part) => part.replace(/~1/g, '.').replace(/~0/g, '~'));
    // A path through __proto__ (or constructor.prototype) would reach Object.prototype, and the
    // `delete` below would remove its members in the worker: such a file is not ours.
    if (keys.some((key) => FORBIDDEN_KEYS.has(key))) return `has a type annotation through "${path.slice(0, 100)}", which no backup holds.`;
    let parent: unknown = row;
    for (const key of keys.slice(0, -1)) parent = ownValue(parent, key);
    const last = keys[keys.length - 1]!;
    const value = ownValue(parent, last);
    if (type === 'arrayNonindexKeys' && Array.isArray(value)) continue;
    if (type === 'undef' && isObject(parent) && Object.hasOwn(parent, last)) {
      delete parent[last];
      continue;
    }
    return `holds a value of type "${String(type)}" at "${path.slice(0, 100)}", which Brand Sentry never stores.`;
  }
  return row;
}

const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** The object's or array's own property, never one inherited from a prototype. */
function ownValue(parent: unknown, key: string): unknown {
  return (isObject(parent) || Array.isArray(parent)) && Object.hasOwn(parent, key) ? (parent as Record<string, unknown>)[key] : undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fail(error: string): { ok: false; error: string } {
  return { ok: false, error };
}
