import { addDays, onOrAfter } from '../format/calendar';

export interface SeriesPattern {
  /** The series starts on the first `weekday` on or after this date. */
  from: string;
  weekday: number;
  everyWeeks: number;
  count: number;
}

/**
 * The dates of a series. Works on calendar dates only, so a 10:00 meeting stays at 10:00
 * local time across the clock changes in March and October.
 */
export function seriesDates(pattern: SeriesPattern): string[] {
  const first = onOrAfter(pattern.from, pattern.weekday);
  const dates: string[] = [];
  for (let i = 0; i < pattern.count; i++) dates.push(addDays(first, i * pattern.everyWeeks * 7));
  return dates;
}
