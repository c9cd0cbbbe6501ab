import { t } from '@lingui/core/macro';
import type { Meeting } from '../../core/domain/meeting';
import { formatDay } from '../../core/format/dates';
import type { Option } from '../../ui/form/SelectField';

/**
 * Meetings to choose where something was agreed or discussed: not cancelled, each named by
 * its title and date. `upTo` leaves out meetings after that day (a step recorded today cannot
 * have happened at next week's meeting).
 */
export function meetingChoices(meetings: readonly Meeting[], options: { order: 'newest' | 'oldest'; upTo?: string }): Option<string>[] {
  const sign = options.order === 'newest' ? -1 : 1;
  return meetings
    .filter((m) => !m.cancelled && (options.upTo === undefined || m.date <= options.upTo))
    .sort((a, b) => sign * (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .map((m) => {
      const title = m.title;
      const day = formatDay(m.date, 'weekday');
      return { value: m.id, label: t({ message: `${title}, ${day}`, comment: 'A meeting to choose from: its title, then its date' }) };
    });
}
