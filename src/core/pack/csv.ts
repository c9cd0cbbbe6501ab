import type { I18n } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { i18n as appI18n } from '#i18n';

/** A value for one spreadsheet cell. Numbers stay numbers; yes/no reads as words. */
export type Cell = string | number | boolean | null | undefined;

// A spreadsheet treats a cell starting with one of these as a formula (or may, after trimming),
// so text from the app could run as a formula on a funder's computer.
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell as CSV: formulas neutralised with a leading apostrophe, quoted when it holds a comma, quote or line break. */
export function csvCell(value: Cell, i18n: I18n = appI18n): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text =
    typeof value === 'boolean'
      ? i18n._(
          value ? msg({ message: 'Yes', comment: 'A yes-or-no cell in a spreadsheet' }) : msg({ message: 'No', comment: 'A yes-or-no cell in a spreadsheet' }),
        )
      : value;
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A CSV file that opens correctly in Excel, LibreOffice and Google Sheets: UTF-8 with a
 * byte-order mark (so accents and emoji survive Excel), CRLF line ends, RFC 4180 quoting.
 */
export function toCsv(header: readonly string[], rows: Iterable<readonly Cell[]>, i18n: I18n = appI18n): string {
  const cell = (value: Cell) => csvCell(value, i18n);
  const lines = [header.map(cell).join(',')];
  for (const row of rows) lines.push(row.map(cell).join(','));
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
