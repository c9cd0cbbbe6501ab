/**
 * Arithmetic on calendar days written "2026-03-24", free of time zones and clock changes:
 * the app's dates are days (a meeting, a payment), not moments.
 */
const DAY_MS = 86_400_000;

const toUtc = (day: string) => Date.parse(day + 'T00:00:00Z');
const fromUtc = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** True for a real calendar day written like 2026-03-24. */
export function isRealDate(day: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return false;
  const ms = toUtc(day);
  return !Number.isNaN(ms) && fromUtc(ms) === day;
}

export function addDays(day: string, days: number): string {
  return fromUtc(toUtc(day) + days * DAY_MS);
}

/** Whole days from `from` to `to`; negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to) - toUtc(from)) / DAY_MS);
}

/** 0 is Sunday, as in JavaScript dates. */
export function weekdayOf(day: string): number {
  return new Date(toUtc(day)).getUTCDay();
}

/** The first day on or after `day` that falls on `weekday`. */
export function onOrAfter(day: string, weekday: number): string {
  return addDays(day, (weekday - weekdayOf(day) + 7) % 7);
}

/** Today's date in the device's time zone. */
export function today(now: Date = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** The day a moment falls on in the device's time zone (for "created at" times). */
export function dayOf(moment: string | Date): string {
  return today(typeof moment === 'string' ? new Date(moment) : moment);
}

/** Noon UTC on the day: the instant to format a day with (timeZone 'UTC'), whatever the device's zone. */
export function middayUtc(day: string): Date {
  return new Date(day + 'T12:00:00Z');
}
