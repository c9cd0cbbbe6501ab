import { t } from '@lingui/core/macro';
import { dayOf, daysBetween } from '../../core/format/calendar';
import { formatDay, formatTime } from '../../core/format/dates';

/** "today at 14:32", "yesterday at 14:32" or "on 3 Mar 2026 at 14:32", to follow a verb. */
export function whenItHappened(iso: string, now: Date): string {
  const moment = new Date(iso);
  const time = formatTime(moment);
  const day = dayOf(moment);
  const ago = daysBetween(day, dayOf(now));
  if (ago === 0) return t`today at ${time}`;
  if (ago === 1) return t`yesterday at ${time}`;
  const date = formatDay(day, 'date');
  return t`on ${date} at ${time}`;
}
