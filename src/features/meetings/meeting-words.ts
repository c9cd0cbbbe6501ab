import { t } from '@lingui/core/macro';
import type { Meeting } from '../../core/domain/meeting';
import { formatDay, formatDayFrom } from '../../core/format/dates';

/**
 * When and where a meeting is: "Tuesday 10 March 2026, 10:00–12:00 · Village hall", with how
 * far off it is ("(tomorrow)") when `today` is given.
 */
export function meetingWhen(meeting: Meeting, where: string | undefined, today?: string): string {
  const day = formatDay(meeting.date, 'full');
  const start = meeting.startTime;
  const end = meeting.endTime;
  if (today !== undefined) {
    const relative = formatDayFrom(meeting.date, today);
    return where ? t`${day} (${relative}), ${start}–${end} · ${where}` : t`${day} (${relative}), ${start}–${end}`;
  }
  return where ? t`${day}, ${start}–${end} · ${where}` : t`${day}, ${start}–${end}`;
}
