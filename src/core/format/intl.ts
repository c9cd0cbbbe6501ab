/**
 * Numbers and dates in British English. `toLocaleString('en-GB', …)` builds a new formatter on
 * every call, which is slow on a tablet when a screen formats hundreds of them, so formatters
 * are made once per set of options and kept.
 */
const numbers = new Intl.NumberFormat('en-GB');
const dates = new Map<string, Intl.DateTimeFormat>();

/** 1234 → "1,234". */
export function formatNumber(n: number): string {
  return numbers.format(n);
}

/** A date (or date and time) with the given parts, as "Tue 3 Mar 2026". */
export function formatDateWith(date: Date, options: Intl.DateTimeFormatOptions): string {
  const key = JSON.stringify(options);
  let format = dates.get(key);
  if (!format) dates.set(key, (format = new Intl.DateTimeFormat('en-GB', options)));
  return format.format(date);
}

const collators = new Map<string, Intl.Collator>();

/**
 * Compares two pieces of text as a British English reader would sort them, for `sort`.
 * (`localeCompare` with a locale builds a collator per call: sorting 200 names made 1,500.)
 */
export function compareText(a: string, b: string, options: Intl.CollatorOptions = {}): number {
  const key = JSON.stringify(options);
  let collator = collators.get(key);
  if (!collator) collators.set(key, (collator = new Intl.Collator('en-GB', options)));
  return collator.compare(a, b);
}
