/**
 * Numbers, dates and sorting for the language the app is shown in (British English until a
 * facilitator chooses another). `toLocaleString(locale, …)` builds a new formatter on every
 * call, which is slow on a tablet when a screen formats hundreds of them, so formatters are
 * made once per language and set of options, and kept.
 */
let locale = 'en-GB';

/** The BCP 47 tag every formatter here uses ("en-GB", "cy-GB"). */
export function formatLocale(): string {
  return locale;
}

/** Called by src/i18n when the app's language changes; formatters for other languages stay cached. */
export function setFormatLocale(tag: string): void {
  locale = tag;
}

function cached<F>(cache: Map<string, F>, options: object | undefined, make: (locale: string) => F): F {
  const key = `${locale}|${options ? JSON.stringify(options) : ''}`;
  let format = cache.get(key);
  if (!format) cache.set(key, (format = make(locale)));
  return format;
}

const numbers = new Map<string, Intl.NumberFormat>();
const dates = new Map<string, Intl.DateTimeFormat>();
const collators = new Map<string, Intl.Collator>();
const pluralRules = new Map<string, Intl.PluralRules>();
const lists = new Map<string, Intl.ListFormat>();
const relative = new Map<string, Intl.RelativeTimeFormat>();

/** 1234 → "1,234"; with options, any Intl number style (percent, currency, unit). */
export function formatNumber(n: number, options?: Intl.NumberFormatOptions): string {
  return cached(numbers, options, (l) => new Intl.NumberFormat(l, options)).format(n);
}

/** A date (or date and time) with the given parts, as "Tue 3 Mar 2026". */
export function formatDateWith(date: Date, options: Intl.DateTimeFormatOptions): string {
  return cached(dates, options, (l) => new Intl.DateTimeFormat(l, options)).format(date);
}

/**
 * Compares two pieces of text as a reader of the app's language would sort them, for `sort`.
 * (`localeCompare` with a locale builds a collator per call: sorting 200 names made 1,500.)
 */
export function compareText(a: string, b: string, options: Intl.CollatorOptions = {}): number {
  return cached(collators, options, (l) => new Intl.Collator(l, options)).compare(a, b);
}

/** The CLDR plural category of a number ("one", "two", "few"… Welsh uses all six). */
export function pluralCategory(n: number, options?: Intl.PluralRulesOptions): Intl.LDMLPluralRule {
  return cached(pluralRules, options, (l) => new Intl.PluralRules(l, options)).select(n);
}

/** ["Ann", "Bob", "Cai"] → "Ann, Bob and Cai" ("or" with type "disjunction"). */
export function formatList(items: readonly string[], type: Intl.ListFormatType = 'conjunction'): string {
  return cached(lists, { type }, (l) => new Intl.ListFormat(l, { type })).format(items);
}

/** -1 → "yesterday", 5 → "in 5 days" (words such as "today" where the language has them). */
export function formatRelative(value: number, unit: Intl.RelativeTimeFormatUnit): string {
  return cached(relative, undefined, (l) => new Intl.RelativeTimeFormat(l, { numeric: 'auto' })).format(value, unit);
}
