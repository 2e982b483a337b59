/**
 * CSV as RFC 4180 says (CRLF rows, fields with `,` `"` CR or LF quoted, quotes doubled), with
 * one addition against CSV injection (OWASP): a cell that a spreadsheet would read as a formula
 * (starting with = + - @, tab or CR) is prefixed with an apostrophe. Complaint texts come from
 * strangers, and sellers open this file in Excel or WPS.
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvTable(header: readonly string[], rows: readonly (readonly (string | number | boolean | null | undefined)[])[]): string {
  // The BOM makes Excel read UTF-8 (Chinese titles, curly quotes) instead of the local code page.
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
