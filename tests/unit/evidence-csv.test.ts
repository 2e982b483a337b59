import { strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { csvCell, csvTable } from '../../lib/evidence/csv';
import { buildEvidencePack } from '../../lib/evidence';
import { ASIN, COMPLAINT_ID, evidenceInput, notice } from './evidence-fixture';

/** A minimal RFC 4180 reader, to check the file parses back to the values. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') row.push(cell), (cell = '');
    else if (char === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += char;
  }
  return rows;
}

describe('notices.csv', () => {
  it('quotes as RFC 4180 says', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(null)).toBe('');
    expect(csvTable(['a', 'b'], [['1', '2']])).toBe('\uFEFFa,b\r\n1,2\r\n');
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    expect(csvCell('=HYPERLINK("https://evil.example","Open")')).toBe('"\'=HYPERLINK(""https://evil.example"",""Open"")"');
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tcmd')).toBe("'\tcmd");
  });

  it('has one row per notice with exact IDs, dates and ASINs, and hostile values defused', () => {
    const second = notice({
      id: 'complaint:640123456',
      complaintIds: ['640123456'],
      asins: [ASIN, 'B07TLXXXX1'],
      rightsOwnerName: '=cmd|"/C calc"!A0',
      titles: ['@SUM(1+1)', 'Silk, "mulberry"\nmask'],
      receivedAt: Date.UTC(2026, 3, 1, 0, 5),
    });
    const csv = strFromU8(buildEvidencePack(evidenceInput({ notices: [notice(), second] })).files['notices.csv']!);
    const rows = parseCsv(csv.replace(/^\uFEFF/, ''));
    expect(rows).toHaveLength(3);
    const header = rows[0]!;
    const col = (row: string[], name: string) => row[header.indexOf(name)];
    expect(col(rows[1]!, 'complaint_ids')).toBe(COMPLAINT_ID);
    expect(col(rows[1]!, 'received_at_utc')).toBe('2026-03-12 09:30 UTC');
    expect(col(rows[1]!, 'asins')).toBe(ASIN);
    expect(col(rows[2]!, 'asins')).toBe(`${ASIN} | B07TLXXXX1`);
    expect(col(rows[2]!, 'received_at_utc')).toBe('2026-04-01 00:05 UTC');
    expect(col(rows[2]!, 'rights_owner_name')).toBe('\'=cmd|"/C calc"!A0');
    expect(col(rows[2]!, 'titles')).toBe('\'@SUM(1+1) | Silk, "mulberry"\nmask');
  });
});
