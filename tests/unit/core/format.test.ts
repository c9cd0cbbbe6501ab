import { afterEach, describe, expect, it } from 'vitest';
import { addDays, dayOf, daysBetween, isRealDate, onOrAfter, today, weekdayOf } from '../../../src/core/format/calendar';
import { formatDay, formatDayFrom, formatDuration, formatTime } from '../../../src/core/format/dates';
import { compareText, formatList, formatNumber, pluralCategory, setFormatLocale } from '../../../src/core/format/intl';
import { formatBytes, formatHours, formatPence, formatShare } from '../../../src/core/format/numbers';
import { seededRandom } from '../../../src/core/reference/random';

afterEach(() => setFormatLocale('en-GB'));

describe('calendar days', () => {
  it('adds and counts days across month ends, leap days and clock changes', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30'); // clocks go forward on the 29th
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
    expect(daysBetween('2026-03-10', '2026-03-03')).toBe(-7);
  });

  it('gets back to the same day after any number of days there and back', () => {
    const random = seededRandom(16);
    for (let i = 0; i < 500; i++) {
      const start = addDays('2000-01-01', random.int(0, 20_000));
      const step = random.int(-2000, 2000);
      const end = addDays(start, step);
      expect(isRealDate(end)).toBe(true);
      expect(daysBetween(start, end)).toBe(step);
      expect(addDays(end, -step)).toBe(start);
    }
  });

  it('finds weekdays and refuses days that do not exist', () => {
    expect(weekdayOf('2026-03-10')).toBe(2);
    expect(onOrAfter('2026-03-10', 4)).toBe('2026-03-12');
    expect(onOrAfter('2026-03-12', 4)).toBe('2026-03-12');
    for (const bad of ['2026-02-30', '2026-13-01', '26-03-10', '2026-3-1', '']) expect(isRealDate(bad)).toBe(false);
  });

  it('reads today and the day of a moment in the device’s time zone', () => {
    expect(today(new Date(2026, 2, 10, 23, 59))).toBe('2026-03-10');
    expect(dayOf(new Date(2026, 0, 1, 0, 0))).toBe('2026-01-01');
  });
});

describe('days in words', () => {
  it('has one British English wording per style', () => {
    expect(formatDay('2026-03-10', 'weekday-short')).toBe('Tue 10 Mar');
    expect(formatDay('2026-03-10', 'date')).toBe('10 Mar 2026');
    expect(formatDay('2026-03-10', 'date-long')).toBe('10 March 2026');
    expect(formatDay('2026-03', 'month')).toBe('March 2026');
    expect(formatDay('2026-03-10', 'full')).toMatch(/^Tuesday,? 10 March 2026$/);
    expect(formatDay('2026-03-10T09:00:00Z', 'date')).toBe('10 Mar 2026');
  });

  it('gives back what it cannot read instead of "Invalid Date"', () => {
    expect(formatDay('someday', 'date')).toBe('someday');
  });

  it('says days relative to today in words', () => {
    expect(['2026-03-10', '2026-03-11', '2026-03-09', '2026-03-15', '2026-03-07'].map((d) => formatDayFrom(d, '2026-03-10'))).toEqual([
      'today',
      'tomorrow',
      'yesterday',
      'in 5 days',
      '3 days ago',
    ]);
  });

  it('rounds a duration to the unit that reads well', () => {
    expect([1, 5, 20, 100, 800].map(formatDuration)).toEqual(['1 day', '5 days', '2 weeks', '3 months', '2 years']);
  });

  it('shows a time of day on the 24-hour clock', () => {
    expect(formatTime(new Date(2026, 2, 10, 14, 5))).toBe('14:05');
  });
});

describe('numbers', () => {
  it('formats counts, shares, money, hours and sizes', () => {
    expect(formatNumber(1234)).toBe('1,234');
    expect(formatShare(0.644)).toBe('64%');
    expect(formatShare(null)).toBe('–');
    expect(formatPence(123450)).toBe('£1,234.50');
    expect([formatHours(1), formatHours(2.5)]).toEqual(['1 hour', '2.5 hours']);
    expect([formatBytes(500), formatBytes(2048), formatBytes(5 * 1024 * 1024)]).toEqual(['500 bytes', '2 kB', '5 MB']);
  });

  it('joins names into a list', () => {
    expect(formatList(['Ann', 'Bob', 'Cai'])).toBe('Ann, Bob and Cai');
    expect(formatList(['Ann'])).toBe('Ann');
  });
});

describe('in Welsh', () => {
  it('writes days, relative days, lists and numbers the Welsh way once the language changes', () => {
    const english = formatDay('2026-09-03', 'date-long');
    setFormatLocale('cy-GB');
    expect(formatDay('2026-09-03', 'date-long')).toBe('3 Medi 2026');
    expect(formatDayFrom('2026-09-04', '2026-09-03')).toBe('yfory');
    expect(formatDuration(100)).toBe('3 mis');
    setFormatLocale('en-GB');
    expect(formatDay('2026-09-03', 'date-long')).toBe(english);
  });

  it('knows all six Welsh plural categories', () => {
    setFormatLocale('cy');
    expect([0, 1, 2, 3, 6, 7].map((n) => pluralCategory(n))).toEqual(['zero', 'one', 'two', 'few', 'many', 'other']);
  });

  it('sorts by the language’s own alphabet (Welsh "ch" comes after "c")', () => {
    const names = ['Chris', 'Cai', 'Dafydd'];
    expect([...names].sort((a, b) => compareText(a, b))).toEqual(['Cai', 'Chris', 'Dafydd']);
    setFormatLocale('cy');
    expect([...names].sort((a, b) => compareText(a, b))).toEqual(['Cai', 'Chris', 'Dafydd']);
    expect(['Cyril', 'Chris'].sort((a, b) => compareText(a, b))).toEqual(['Cyril', 'Chris']);
  });
});
