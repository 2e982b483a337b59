import type { PageRow } from '../../model/page-read';
import { all, isRow, keyOf, row, squash, textOf } from '../dom';

/**
 * The Account Health product policies table (ids and classes as several public
 * scrapers use them): `#ahd-product-policies-table`, top-level rows
 * `.ahd-product-policy-table-row-wrapper`, nested child rows `...-wrapper-nested` (depth 1),
 * each with an inner `div.kat-row.kat-no-gutters.ahd-product-policy-table-row` whose `kat-col-*`
 * children are the columns. Rows kind 'policy-violation'.
 */
const WRAPPERS = '.ahd-product-policy-table-row-wrapper, .ahd-product-policy-table-row-wrapper-nested';

/** Header words, en and zh (a public notifier's row dict). AHR impact before "impacted": both say 影响. */
const HEADERS = [
  ['impact', /rating|AHR|评级/i],
  ['impacted', /impacted|受到影响/i],
  ['salesAtRisk', /sales|销售/i],
  ['action', /action|操作/i],
  ['nextStep', /next|下一步/i],
  ['reason', /reason|原因/i],
  ['date', /date|日期/i],
] as const;

export function readPolicyRows(doc: Document): PageRow[] {
  const table = doc.querySelector('#ahd-product-policies-table');
  if (!table) return [];
  // A header row: a kat-row outside every row wrapper naming two known columns. Without one,
  // the order the scrapers read: Reason, Date, What was impacted, Action taken, Next step.
  let keys = ['reason', 'date', 'impacted', 'action', 'nextStep'];
  for (const candidate of all(table, '.kat-row')) {
    const labels = columnsOf(candidate).map((column) => keyOf(HEADERS, textOf(column)));
    if (!candidate.closest(WRAPPERS) && labels.filter(Boolean).length > 1) keys = labels;
  }
  // Virtualised rows have zero height, but only where there is layout: happy-dom and
  // a saved page have none, and there every row counts.
  const hasLayout = table.getBoundingClientRect().height > 0;
  return all(table, WRAPPERS).map((wrapper) => {
    const inner = all(wrapper, '.ahd-product-policy-table-row').find((candidate) => candidate.closest(WRAPPERS) === wrapper);
    if (!inner || (hasLayout && !wrapper.getBoundingClientRect().height)) return null;
    const cells: Record<string, string> = {};
    columnsOf(inner).forEach((column, index) => {
      const key = keys[index] || `column${index}`;
      if (key === 'impacted') Object.assign(cells, impacted(column));
      else cells[key] = textOf(key === 'reason' ? (column.querySelector('a') ?? column) : column);
    });
    // The next step is a kat-button whose label attribute is the text, wherever its column is.
    const button = inner.querySelector('kat-button');
    if (button) cells.nextStep = squash(button.getAttribute('label') ?? button.textContent);
    const nested = wrapper.parentElement?.closest(WRAPPERS) || wrapper.classList.contains('ahd-product-policy-table-row-wrapper-nested');
    return row('policy-violation', cells, 2, nested ? 1 : 0);
  }).filter(isRow);
}

const columnsOf = (element: Element) => Array.from(element.children).filter((child) => /\bkat-col-/.test(child.className));

/** What was impacted: first span = title, then spans "ASIN: B0..." / "SKU: ..." (several of each possible). */
function impacted(column: Element): Record<string, string> {
  const found: Record<string, string[]> = { ASIN: [], SKU: [], title: [] };
  for (const span of all(column, 'span')) {
    const text = squash(span.textContent);
    const labelled = /^(ASIN|SKU)\s*[:：]\s*(.+)/i.exec(text);
    if (labelled) found[labelled[1]!.toUpperCase()]!.push(...labelled[2]!.split(/[\s,，、]+/));
    else if (text && !span.querySelector('span')) found.title!.push(text);
  }
  return { title: found.title![0]!, asins: found.ASIN!.join(' '), skus: found.SKU!.join(' ') };
}
