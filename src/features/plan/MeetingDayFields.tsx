import { t } from '@lingui/core/macro';
import type { Meeting } from '../../core/domain/meeting';
import { today } from '../../core/format/calendar';
import { formatDay } from '../../core/format/dates';
import { SelectField, type Option } from '../../ui/form/SelectField';
import { TextField } from '../../ui/TextField';

/**
 * Meetings to choose where something was agreed or discussed: not cancelled, each named by
 * its title and date. `upTo` leaves out meetings after that day (a step recorded today cannot
 * have happened at next week's meeting).
 */
function meetingChoices(meetings: readonly Meeting[], options: { order: 'newest' | 'oldest'; upTo?: string | undefined }): Option<string>[] {
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

/**
 * Where and when something happened, side by side: the meeting (optional) and the day.
 * Choosing a meeting that has happened fills in its day.
 */
export function MeetingDayFields(props: {
  meetings: readonly Meeting[];
  meetingLabel: string;
  meetingId: string;
  onMeeting: (id: string) => void;
  order: 'newest' | 'oldest';
  /** Only meetings up to this day can be chosen. */
  upTo?: string;
  dayLabel: string;
  day: string;
  onDay: (day: string) => void;
  dayHint?: string;
  /** A day must be given (otherwise it may be left empty). */
  dayRequired?: boolean;
}) {
  return (
    <div class="plan-field-row">
      <SelectField
        label={props.meetingLabel}
        emptyLabel={t`Not at a meeting`}
        value={props.meetingId}
        options={meetingChoices(props.meetings, { order: props.order, upTo: props.upTo })}
        onChange={(id) => {
          props.onMeeting(id);
          const meeting = props.meetings.find((m) => m.id === id);
          if (meeting && meeting.date <= today()) props.onDay(meeting.date);
        }}
      />
      <TextField label={props.dayLabel} type="date" value={props.day} onInput={props.onDay} required={props.dayRequired} hint={props.dayHint} />
    </div>
  );
}
