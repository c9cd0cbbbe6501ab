/** Date arithmetic on plain calendar dates ("2026-03-24"), free of time zones and clock changes. */

const DAY = 86_400_000;

function toUtc(iso: string): number {
  return Date.parse(iso + 'T00:00:00Z');
}

function fromUtc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return fromUtc(toUtc(iso) + days * DAY);
}

/** 0 is Sunday, as in JavaScript dates. */
export function weekdayOf(iso: string): number {
  return new Date(toUtc(iso)).getUTCDay();
}

/** The first date on or after `iso` that falls on `weekday`. */
export function onOrAfter(iso: string, weekday: number): string {
  return addDays(iso, (weekday - weekdayOf(iso) + 7) % 7);
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

// Written out by hand so every browser shows the same words.
function parts(iso: string) {
  const ms = toUtc(iso);
  if (Number.isNaN(ms)) return undefined;
  const d = new Date(ms);
  return { day: DAYS[d.getUTCDay()]!, date: d.getUTCDate(), month: MONTHS[d.getUTCMonth()]!, year: d.getUTCFullYear() };
}

/** "Tue 24 Mar 2026" */
export function formatDate(iso: string): string {
  const p = parts(iso);
  return p ? `${p.day} ${p.date} ${p.month} ${p.year}` : iso;
}

/** "Tue 24 Mar" */
export function formatShortDate(iso: string): string {
  const p = parts(iso);
  return p ? `${p.day} ${p.date} ${p.month}` : iso;
}

/** True for a real calendar date written like 2026-03-24. */
export function isRealDate(iso: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return false;
  const ms = toUtc(iso);
  return !Number.isNaN(ms) && fromUtc(ms) === iso;
}
