import type { PageRow } from '../../model/page-read';
import { all, keyOf, row, textOf } from '../dom';
import { katalValue } from '../read-text';

/**
 * Brand roles as Brand Registry and Seller Central's brand-relationships page list them: rows
 * kind 'brand-role', cells brand, role, status, in the page's own words (Administrator, Rights
 * Owner, Registered Agent, Brand Representative, Reseller; zh 管理员...); lib/listings
 * maps the words to roles.
 *
 * No public source shows these pages' markup (public posts give role names and UI paths only),
 * so the reader keys on what any version must show: a table (`table`, `kat-table`, or
 * ARIA roles) whose header names a Brand and a Role column. Without such a header: no rows.
 */
const HEADERS = [
  ['role', /role|角色|权限|permission/i],
  ['status', /status|状态/i],
  ['brand', /brand|品牌/i],
  // A column naming other users or selling accounts: the table is not (only) this account's brands.
  ['others', /account|user|mail|merchant|seller|账户|用户|卖家/i],
] as const;

/**
 * One more row, kind 'brand-list', says whether the page lists ALL brands of the account, so that
 * a brand missing from it is lost: cells.scope 'all' or 'partial' (with why). 'all' only when
 * rows were read, no table names users or accounts, and nothing hides rows (no pager, no search
 * text). An empty table is never 'all': a list still loading must not read as "every brand lost".
 */
export function readBrandRoleRows(doc: Document): PageRow[] {
  const rows: PageRow[] = [];
  let why = '';
  for (const table of all(doc, 'table, kat-table, [role=table], [role=grid]')) {
    const keys = all(table, 'th, kat-table-head kat-table-cell, [role=columnheader]').map((header) => keyOf(HEADERS, textOf(header)));
    if (!keys.includes('brand') || !keys.includes('role')) continue;
    if (keys.includes('others')) why = 'a table lists users or selling accounts';
    for (const tableRow of all(table, 'tbody tr, kat-table-body kat-table-row, [role=rowgroup] [role=row]')) {
      const cells: Record<string, string> = {};
      all(tableRow, 'td, kat-table-cell, [role=cell], [role=gridcell]').forEach((cell, index) => {
        const key = keys[index];
        if (key) cells[key] ||= textOf(cell);
      });
      const found = row('brand-role', { brand: cells.brand, role: cells.role, status: cells.status }, 2);
      if (found?.cells.brand && found.cells.role) rows.push(found);
    }
  }
  if (!rows.length) return [];
  if (doc.querySelector('kat-pagination, .a-pagination')) why ||= 'the list has pages';
  if (all(doc, 'input[type=search], kat-input[type=search]').some((search) => katalValue(search))) why ||= 'the list is filtered';
  return [...rows, row('brand-list', { scope: why ? 'partial' : 'all', reason: why, count: String(rows.length) })!];
}
