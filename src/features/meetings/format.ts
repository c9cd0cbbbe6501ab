import { daysBetween } from '../../core/meetings/dates';
import { formatDateWith } from '../../core/format/intl';

const asDate = (iso: string) => new Date(iso + 'T12:00:00Z');

/** "Tuesday 10 March 2026" */
export function longDate(iso: string): string {
  return formatDateWith(asDate(iso), { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** "Tue 10 Mar" */
export function shortDate(iso: string): string {
  return formatDateWith(asDate(iso), { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });
}

/** "10 Mar 2026" */
export function compactDate(iso: string): string {
  return formatDateWith(asDate(iso), { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

/** "today", "tomorrow", "in 5 days", "yesterday", "3 days ago" */
export function relativeDay(iso: string, today: string): string {
  const d = daysBetween(today, iso);
  if (d === 0) return 'today';
  if (d === 1) return 'tomorrow';
  if (d === -1) return 'yesterday';
  return d > 0 ? `in ${d} days` : `${-d} days ago`;
}

export function percent(rate: number | null): string {
  return rate === null ? '–' : `${Math.round(rate * 100)}%`;
}

export function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
