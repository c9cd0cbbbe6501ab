import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../../src/core/pack/csv';

describe('CSV files that open correctly in spreadsheet programs', () => {
  it('quotes a cell with a comma, a quote or a line break, doubling the quotes', () => {
    expect(csvCell('Tea, coffee')).toBe('"Tea, coffee"');
    expect(csvCell('She said "yes"')).toBe('"She said ""yes"""');
    expect(csvCell('Line one\nline two')).toBe('"Line one\nline two"');
    expect(csvCell('Carriage\r\nreturn')).toBe('"Carriage\r\nreturn"');
    expect(csvCell('plain words')).toBe('plain words');
  });

  it('stops text being run as a formula: a leading = + - @ tab or return gets an apostrophe', () => {
    expect(csvCell('=HYPERLINK("http://evil","click")')).toBe(`"'=HYPERLINK(""http://evil"",""click"")"`);
    expect(csvCell('+44 7700 900123')).toBe("'+44 7700 900123");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1:A9)')).toBe("'@SUM(A1:A9)");
    expect(csvCell('\t=1+1')).toBe("'\t=1+1");
    expect(csvCell('\r=1+1')).toBe(`"'\r=1+1"`);
    expect(csvCell('a = b')).toBe('a = b');
  });

  it('keeps numbers as numbers (a negative number is not a formula) and writes yes/no as words', () => {
    expect(csvCell(-0.25)).toBe('-0.25');
    expect(csvCell(12)).toBe('12');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(true)).toBe('Yes');
    expect(csvCell(false)).toBe('No');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });

  it('starts with a UTF-8 byte-order mark and ends every line with CRLF', () => {
    const csv = toCsv(['Name', 'Note'], [['Zofia Nowak', 'Łódź, 🌻'], ['مريم', 'two\nlines']]);
    const bytes = new TextEncoder().encode(csv);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv).toBe('\uFEFFName,Note\r\nZofia Nowak,"Łódź, 🌻"\r\nمريم,"two\nlines"\r\n');
  });

  it('reads back to the same cells with a standard CSV reader', () => {
    const rows = [['a,b', '"q"', '=1', 'x\r\ny', ''], ['1', '2', '3', '4', '5']];
    const parsed = parseCsv(toCsv(['A', 'B', 'C', 'D', 'E'], rows).slice(1));
    expect(parsed).toEqual([['A', 'B', 'C', 'D', 'E'], ['a,b', '"q"', "'=1", 'x\r\ny', ''], ['1', '2', '3', '4', '5']]);
  });
});

/** A small RFC 4180 reader, as a spreadsheet program would read the file. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    } else cell += c;
  }
  return rows;
}
