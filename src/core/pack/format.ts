import { formatDateWith, formatNumber } from '../format/intl';

/** "6 Jan 2026". */
export function shortDate(iso: string): string {
  const date = new Date(iso + 'T12:00:00Z');
  return Number.isNaN(date.getTime()) ? iso : formatDateWith(date, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

/** "1,204". */
export function number(n: number): string {
  return formatNumber(n);
}

/** "1 meeting", "3 meetings". */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${number(n)} ${n === 1 ? one : many}`;
}

/** "64%". */
export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
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
