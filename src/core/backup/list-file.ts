import { t } from '@lingui/core/macro';
import { formatNumber } from '../format/intl';
import { formatBytes } from '../format/numbers';
import { fail, ok, type Result } from '../result';
import { guessSeparator, parseCsv, type CsvRow, type Separator } from './csv-parse';
import { MAX_LIST_BYTES, MAX_LIST_COLUMNS, MAX_LIST_ROWS } from './limits';

/*
 * The gate for lists of people brought in from a spreadsheet (CSV). Like restore.ts it reads
 * and checks only: it turns the file's bytes into a table of text cells, or a plain-English
 * reason why it cannot. What may be added from the table is decided in people-import.ts, and
 * written only by the import commands.
 */

export type ListEncoding = 'UTF-8' | 'UTF-16' | 'Windows-1252';

export interface ListTable {
  /** The first row, taken as the column headings. */
  header: string[];
  /** Every row after it, each with as many cells as the header (missing cells are empty). */
  rows: CsvRow[];
  encoding: ListEncoding;
  separator: Separator;
}

const SIGNATURES: { bytes: number[]; kind: 'workbook' | 'other' }[] = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], kind: 'workbook' }, // .xlsx, .ods (zip)
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], kind: 'workbook' }, // .xls
  { bytes: [0x25, 0x50, 0x44, 0x46], kind: 'other' }, // PDF
];

const notAList = () =>
  t`That file is not a list the app can read. In your spreadsheet, choose “Save as” or “Download as” and pick CSV, then choose that file. Nothing was added.`;

/** Reads a CSV file into a table. Never throws; never writes anything. */
export function readListFile(bytes: Uint8Array): Result<ListTable> {
  if (bytes.length === 0) return fail(t`That file is empty. Nothing was added.`);
  if (bytes.length > MAX_LIST_BYTES) {
    const limit = formatBytes(MAX_LIST_BYTES);
    return fail(t`That file is too large for a list of people (the limit is ${limit}). Split it into smaller files, or check it is the right file. Nothing was added.`);
  }
  const signature = SIGNATURES.find((s) => s.bytes.every((b, i) => bytes[i] === b));
  if (signature?.kind === 'workbook')
    return fail(t`That file is a spreadsheet workbook, not a CSV file. In your spreadsheet, choose “Save as” or “Download as” and pick CSV, then choose that file. Nothing was added.`);
  if (signature) return fail(notAList());

  const decoded = decode(bytes);
  if (!decoded) return fail(notAList());
  const { text, encoding } = decoded;
  if (looksBinary(text)) return fail(notAList());

  const separator = guessSeparator(text);
  const parsed = parseCsv(text, separator, MAX_LIST_ROWS + 1);
  if (!parsed.ok) {
    if (parsed.problem === 'too-many-rows') {
      const most = formatNumber(MAX_LIST_ROWS);
      return fail(t`That list has more than ${most} rows, more than the app brings in at once. Split it into smaller files and bring each one in. Nothing was added.`);
    }
    const row = formatNumber(parsed.row);
    return fail(t`A quoted cell that starts in row ${row} is never closed, so the file cannot be read safely. Check that row in your spreadsheet and save it as CSV again. Nothing was added.`);
  }
  const [first, ...others] = parsed.rows;
  if (!first) return fail(t`That file is empty. Nothing was added.`);
  const rest = others.filter((r) => r.cells.some((c) => c.trim() !== ''));
  if (rest.length === 0) return fail(t`That file has column headings but no rows of people under them. Nothing was added.`);
  const width = parsed.rows.reduce((most, r) => Math.max(most, r.cells.length), 0);
  if (width > MAX_LIST_COLUMNS) {
    const most = formatNumber(MAX_LIST_COLUMNS);
    return fail(t`That file has more than ${most} columns, which is not what a list of people looks like. Check it is the right file. Nothing was added.`);
  }
  const header = pad(first.cells, width).map((h) => h.trim());
  const rows = rest.map((r) => ({ row: r.row, cells: pad(r.cells, width) }));
  return ok({ header, rows, encoding, separator });
}

function pad(cells: string[], width: number): string[] {
  return cells.length >= width ? cells : [...cells, ...Array<string>(width - cells.length).fill('')];
}

/**
 * UTF-8 (with or without its byte-order mark) when the bytes are valid UTF-8; UTF-16 when
 * they start with its mark (Excel's "Unicode text"); otherwise Windows-1252, which older Excel
 * on Windows writes and which any byte sequence decodes as.
 */
function decode(bytes: Uint8Array): { text: string; encoding: ListEncoding } | undefined {
  try {
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
      return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes.subarray(3)), encoding: 'UTF-8' };
    if (bytes[0] === 0xff && bytes[1] === 0xfe)
      return { text: new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true }).decode(bytes.subarray(2)), encoding: 'UTF-16' };
    if (bytes[0] === 0xfe && bytes[1] === 0xff)
      return { text: new TextDecoder('utf-16be', { fatal: true, ignoreBOM: true }).decode(bytes.subarray(2)), encoding: 'UTF-16' };
  } catch {
    return undefined;
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'Windows-1252' };
  }
}

/** Text with NUL bytes, or many other control characters, is not a spreadsheet's text. */
function looksBinary(text: string): boolean {
  const sample = text.length > 65_536 ? text.slice(0, 65_536) : text;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) control++;
  }
  return control > sample.length / 100;
}
