import { plural, t } from '@lingui/core/macro';
import type { MeetingSeries } from '../domain/plan/meeting-series';
import { addDays, middayUtc } from '../format/calendar';
import { formatDay } from '../format/dates';
import { formatDateWith } from '../format/intl';

/** A Sunday, from which the other weekdays are counted. */
const A_SUNDAY = '2026-01-04';

/** 0 → "Sunday", 2 → "Tuesday", in the app's language. */
export function weekdayName(weekday: number): string {
  return formatDateWith(middayUtc(addDays(A_SUNDAY, weekday)), { weekday: 'long', timeZone: 'UTC' });
}

/** 1 → "Every week", 2 → "Every second week", 4 → "Every 4 weeks". */
export function everyWords(weeks: number): string {
  if (weeks === 1) return t`Every week`;
  if (weeks === 2) return t`Every second week`;
  return plural(weeks, { one: 'Every # week', other: 'Every # weeks' });
}

/** "Every second Tuesday, 10:00 to 12:00, Village hall. 8 meetings from Tue, 3 Mar 2026." */
export function seriesPattern(series: MeetingSeries): string {
  const day = weekdayName(series.weekday);
  const start = series.startTime;
  const end = series.endTime;
  const weeks = series.everyWeeks;
  const when =
    weeks === 1
      ? t`Every ${day}, ${start} to ${end}`
      : weeks === 2
        ? t`Every second ${day}, ${start} to ${end}`
        : plural(weeks, { one: `Every # week on ${day}, ${start} to ${end}`, other: `Every # weeks on ${day}, ${start} to ${end}` });
  const place = series.place;
  const first = formatDay(series.firstDate, 'weekday');
  const count = series.count;
  return [
    place
      ? t({ message: `${when}, ${place}.`, comment: 'When a series of meetings is, then where' })
      : t({ message: `${when}.`, comment: 'When a series of meetings is' }),
    plural(count, { one: `# meeting from ${first}.`, other: `# meetings from ${first}.` }),
  ].join(' ');
}
