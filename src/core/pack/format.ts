import { formatDay } from '../format/dates';
import { formatNumber } from '../format/intl';
import { formatShare } from '../format/numbers';

/*
 * Days and numbers in the pack. The pack is written in its own language (`PackContext`):
 * makePack and the report's renderers run each part with the formatters in the pack's
 * locale, so these follow it.
 */

/** "6 Jan 2026". */
export function shortDate(iso: string): string {
  return formatDay(iso, 'date');
}

/** "1,204". */
export function number(n: number): string {
  return formatNumber(n);
}

/** "64%". */
export function percent(share: number): string {
  return formatShare(share);
}

/** A file-name-safe version of a title: "Park Road Carers!" → "park-road-carers". */
export function slug(text: string, fallback = 'project'): string {
  const s = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/g, '');
  return s || fallback;
}

/** Orders plain codes such as ISO dates and ids (much faster than localeCompare for big lists). */
export function compareCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Capitalises the first letter of a sentence that starts with a count ("fewer than 5 people…"). */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
