import { all, squash, textOf } from './dom';

/**
 * A table row's cells under their column headers (`col:<header>`), so the background can find a
 * column by the words that name it (lib/seller-signals/labels.ts) whatever its position: Manage
 * Inventory's pricing columns, Business Reports' featured offer percentage. Headers are read once
 * per table: `th` of a `table`, `kat-table-head` cells of a Katal table.
 */
const headers = new WeakMap<Element, string[]>();

export function columnCells(row: Element): Record<string, string> {
  const cells: Record<string, string> = {};
  const table = row.closest('table,kat-table');
  if (!table) return cells;
  let names = headers.get(table);
  if (!names) headers.set(table, (names = all(table, 'th,kat-table-head kat-table-cell').map((cell) => squash(cell.textContent).slice(0, 99))));
  all(row, 'td,kat-table-cell').forEach((cell, index) => names![index] && (cells[`col:${names![index]}`] = textOf(cell)));
  return cells;
}
