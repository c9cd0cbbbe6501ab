import { daysBetween, middayUtc } from './calendar';
import { formatDateWith, formatNumber, formatRelative } from './intl';

/**
 * How a calendar day is shown, one name per meaning. The examples are British English; each
 * language writes its own (Welsh: "Dydd Mawrth, 10 Mawrth 2026").
 */
const DAY_STYLES = {
  /** "Tuesday, 10 March 2026": a meeting's own page. */
  full: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  /** "Tue, 10 Mar 2026": lists that span years. */
  weekday: { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' },
  /** "Tue 10 Mar": lists within the coming weeks. */
  'weekday-short': { weekday: 'short', day: 'numeric', month: 'short' },
  /** "10 Mar 2026": when something happened. */
  date: { day: 'numeric', month: 'short', year: 'numeric' },
  /** "10 March 2026": printed documents. */
  'date-long': { day: 'numeric', month: 'long', year: 'numeric' },
  /** "March 2026": a month (also takes "2026-03"). */
  month: { month: 'long', year: 'numeric' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

export type DayStyle = keyof typeof DAY_STYLES;

/** A calendar day ("2026-03-10", or "2026-03" for style "month") in words; anything else comes back as it was. */
export function formatDay(day: string, style: DayStyle): string {
  const date = middayUtc(style === 'month' && /^\d{4}-\d{2}$/.test(day) ? `${day}-15` : day.slice(0, 10));
  if (Number.isNaN(date.getTime())) return day;
  return formatDateWith(date, { ...DAY_STYLES[style], timeZone: 'UTC' });
}

/** "today", "tomorrow", "in 5 days", "yesterday", "3 days ago": `day` as seen from `today`. */
export function formatDayFrom(day: string, today: string): string {
  return formatRelative(daysBetween(today, day), 'day');
}

/** "14:32", in the device's time zone. */
export function formatTime(moment: Date): string {
  return formatDateWith(moment, { hour: '2-digit', minute: '2-digit' });
}

/**
 * Roughly how long, in the largest unit that reads well: "5 days", "3 weeks", "8 months",
 * "2 years" (how long someone has been involved).
 */
export function formatDuration(days: number): string {
  const unit = (n: number, u: 'day' | 'week' | 'month' | 'year') => formatNumber(n, { style: 'unit', unit: u, unitDisplay: 'long' });
  if (days < 14) return unit(days, 'day');
  if (days < 61) return unit(Math.floor(days / 7), 'week');
  const months = Math.floor(days / 30.44);
  if (months < 24) return unit(months, 'month');
  return unit(Math.floor(days / 365.25), 'year');
}
