/*
 * A small CSV reader (RFC 4180, with the leniency spreadsheets need): cells separated by one
 * character, rows by CRLF, LF or CR, quoted cells with "" for a quote and line breaks inside.
 * It reads no more rows than it is allowed, so a huge file stops early instead of filling memory.
 * Cells are text only: nothing in a cell is ever evaluated.
 */

export type Separator = ',' | ';' | '\t';

export interface CsvRow {
  /** The row's number as a spreadsheet shows it (the first row of the file is 1). */
  row: number;
  cells: string[];
}

export type CsvParse =
  | { ok: true; rows: CsvRow[] }
  | { ok: false; problem: 'too-many-rows' }
  | { ok: false; problem: 'unclosed-quote'; row: number };

const QUOTE = 34;
const CR = 13;
const LF = 10;

/** Reads `text` into rows of cells, stopping with `too-many-rows` once more than `maxRows` are found. Blank rows are left out. */
export function parseCsv(text: string, separator: Separator, maxRows: number): CsvParse {
  const sep = separator.charCodeAt(0);
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let rowNumber = 1;
  let i = 0;
  const n = text.length;

  const endRow = (): boolean => {
    cells.push(cell);
    cell = '';
    if (cells.length > 1 || cells[0] !== '') rows.push({ row: rowNumber, cells });
    cells = [];
    rowNumber++;
    return rows.length <= maxRows;
  };

  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === QUOTE && cell === '') {
      // A quoted cell: runs to the next quote not followed by another quote.
      const start = rowNumber;
      i++;
      let closed = false;
      let chunkStart = i;
      while (i < n) {
        const q = text.indexOf('"', i);
        if (q === -1) break;
        if (text.charCodeAt(q + 1) === QUOTE) {
          cell += text.slice(chunkStart, q + 1);
          i = q + 2;
          chunkStart = i;
          continue;
        }
        cell += text.slice(chunkStart, q);
        i = q + 1;
        closed = true;
        break;
      }
      if (!closed) return { ok: false, problem: 'unclosed-quote', row: start };
      // Anything after the closing quote up to the separator is kept, as spreadsheets do.
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d === sep || d === CR || d === LF) break;
        cell += text[i];
        i++;
      }
      continue;
    }
    if (c === sep) {
      cells.push(cell);
      cell = '';
      i++;
      continue;
    }
    if (c === CR || c === LF) {
      i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
      if (!endRow()) return { ok: false, problem: 'too-many-rows' };
      continue;
    }
    // Plain text up to the next separator, quote or line break, in one slice.
    let j = i + 1;
    while (j < n) {
      const d = text.charCodeAt(j);
      if (d === sep || d === CR || d === LF) break;
      j++;
    }
    cell += text.slice(i, j);
    i = j;
  }
  if (cell !== '' || cells.length > 0) {
    if (!endRow()) return { ok: false, problem: 'too-many-rows' };
  }
  return { ok: true, rows };
}

/** The separator a spreadsheet most likely used: the one found most often (outside quotes) in the first row. */
export function guessSeparator(text: string): Separator {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (let i = 0; i < text.length && i < 64 * 1024; i++) {
    const c = text[i]!;
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && c in counts) counts[c as Separator]++;
  }
  const best = (Object.keys(counts) as Separator[]).reduce((a, b) => (counts[b] > counts[a] ? b : a), ',');
  return counts[best] > 0 ? best : ',';
}
