import { html, SafeHtml } from './escape';

/** Building blocks of the bilingual report: English first (Amazon reads it), Chinese beside or below. */

export function heading(level: 2 | 3, en: string, zh: string): SafeHtml {
  const inner = html`${en} <span class="zh" lang="zh-CN">${zh}</span>`;
  return level === 2 ? html`<h2>${inner}</h2>` : html`<h3>${inner}</h3>`;
}

export function pair(en: string, zh: string, className = ''): SafeHtml {
  return html`<p class="${className}">${en}</p><p class="zh ${className}" lang="zh-CN">${zh}</p>`;
}

export type Cell = string | number | SafeHtml | null;

/**
 * A column header in both languages; `'id'` marks a column of identifiers or dates (complaint
 * IDs, ASINs, days), which wrap only between values, never inside one: a complaint ID broken
 * over two lines is one a reviewer cannot search for.
 */
export type Column = readonly [en: string, zh: string] | readonly [en: string, zh: string, kind: 'id'];

export function table(headers: readonly Column[], rows: readonly (readonly Cell[])[]): SafeHtml {
  if (rows.length === 0) return html`<p class="muted">None recorded. <span lang="zh-CN">暂无记录。</span></p>`;
  const ids = headers.map((header) => header[2] === 'id');
  return html`<table>
<thead><tr>${headers.map(([en, zh]) => html`<th scope="col">${en}<br><span class="zh" lang="zh-CN">${zh}</span></th>`)}</tr></thead>
<tbody>${rows.map((row) => html`<tr>${row.map((cell, index) => (ids[index] ? html`<td class="id">${unbroken(cell)}</td>` : html`<td>${cell ?? '-'}</td>`))}</tr>\n`)}</tbody>
</table>`;
}

/** Each of a cell's comma-separated values kept on one line ("2026-11-20" would break at its hyphens). */
function unbroken(cell: Cell): Cell | SafeHtml[] {
  if (typeof cell !== 'string') return cell ?? '-';
  return cell.split(', ').map((value, index) => html`${index ? ', ' : ''}<span class="nobr">${value}</span>`);
}

export function plural(count: number, one: string, many: string): string {
  return `${count} ${Math.abs(count) === 1 ? one : many}`;
}

const REPORT_CSS_TEXT = `
:root { color: #1d1f23; font: 14px/1.5 system-ui, -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", sans-serif; }
body { margin: 24px auto; max-width: 960px; padding: 0 16px; }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 18px; margin: 28px 0 8px; border-bottom: 2px solid #0b5cad; padding-bottom: 4px; }
h3 { font-size: 15px; margin: 18px 0 6px; }
.zh { color: #3d434c; font-weight: normal; }
p { margin: 4px 0; }
p.zh { margin-bottom: 10px; }
.fact { font-size: 16px; font-weight: 600; }
.fact.zh { font-size: 15px; }
.winning { background: #e8f3ea; border-left: 4px solid #1e6b34; padding: 6px 10px; }
.against { background: #fdf0e6; border-left: 4px solid #8a5200; padding: 6px 10px; }
.muted, .meta { color: #5b616b; }
table { border-collapse: collapse; width: 100%; margin: 6px 0 12px; }
th, td { border: 1px solid #c9ced6; padding: 4px 6px; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
td.id { overflow-wrap: normal; }
.nobr { white-space: nowrap; }
th { background: #f1f3f6; font-size: 13px; }
pre { white-space: pre-wrap; overflow-wrap: anywhere; background: #f7f8fa; border: 1px solid #dfe2e7; padding: 8px; font: 12px/1.45 ui-monospace, Consolas, monospace; }
img { max-width: 100%; border: 1px solid #c9ced6; }
.capture { border-top: 1px solid #dfe2e7; padding-top: 8px; margin-top: 16px; }
figure.picture { margin: 8px 0; }
figure.picture svg { width: 100%; height: auto; }
figure.picture figcaption { color: #5b616b; font-size: 13px; }
.legend span { margin-right: 12px; }
.swatch { display: inline-block; width: 11px; height: 11px; margin-right: 4px; vertical-align: -1px; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
svg { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
.disclaimer { border: 1px solid #c9ced6; padding: 6px 10px; margin: 10px 0; }
@media print {
  body { margin: 0; max-width: none; }
  h2 { break-after: avoid; }
  table, img, .fact, figure { break-inside: avoid; }
  .capture { break-before: page; }
}
`;

/**
 * The stylesheet as markup: CSS is not HTML text, so it is not HTML-escaped (escaping turned the
 * quotes of "Segoe UI" into &quot; and broke the font list). It is our own constant; the guard
 * keeps it from ever closing its <style> element.
 */
export const REPORT_CSS: SafeHtml = (() => {
  if (REPORT_CSS_TEXT.includes('<')) throw new Error('The report stylesheet must not contain "<".');
  return new SafeHtml(REPORT_CSS_TEXT);
})();
