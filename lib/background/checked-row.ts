import { TABLE_ROW_SCHEMAS } from '../backup/tables';

/**
 * A derived row (a listing state, a change, a role, a flag) checked by its table's schema
 * before it is written, as captured rows are: a mistake in the records code then fails the
 * write with the table's name, inside the transaction, instead of storing a row that the
 * popup, the dashboard or a restore would later reject. The schemas are the backup's, so what
 * is written is exactly what a backup accepts.
 */
export function checkedRow<T>(table: string, row: T): T {
  const schema = TABLE_ROW_SCHEMAS[table];
  if (!schema) throw new Error(`No row schema for table "${table}"`);
  const result = schema.safeParse(row);
  if (result.success) return row;
  const issue = result.error.issues[0]!;
  throw new Error(`A ${table} row fails its schema at "${issue.path.join('.') || '(row)'}": ${issue.message}`);
}

export function checkedRows<T>(table: string, rows: readonly T[]): T[] {
  return rows.map((row) => checkedRow(table, row));
}
