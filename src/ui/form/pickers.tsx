import { t } from '@lingui/core/macro';
import { formatDay } from '../../core/format/dates';
import { compareText } from '../../core/format/intl';
import type { FieldFrame } from './Field';
import { SelectField, type Option } from './SelectField';

export interface PersonChoice {
  id: string;
  name: string;
  guest?: boolean | undefined;
  status?: string | undefined;
  archived?: boolean | undefined;
}

/** People who can be chosen: not archived, not left; members by name, then walk-ins by name. */
export function personOptions(people: readonly PersonChoice[]): Option<string>[] {
  return people
    .filter((p) => !p.archived && p.status !== 'left')
    .sort((a, b) => Number(a.guest ?? false) - Number(b.guest ?? false) || compareText(a.name, b.name))
    .map((p) => {
      const name = p.name;
      return { value: p.id, label: p.guest ? t({ message: `${name} (walk-in)`, comment: 'A person who came to a meeting without being a member' }) : name };
    });
}

/** Chooses one person of the project. */
export function PersonPicker(props: FieldFrame & { people: readonly PersonChoice[]; value: string; onChange: (id: string) => void; emptyLabel: string }) {
  return <SelectField {...props} options={personOptions(props.people)} />;
}

export interface MeetingChoice {
  id: string;
  date: string;
  title?: string | undefined;
  cancelled?: boolean | undefined;
  archived?: boolean | undefined;
}

/** Meetings that can be chosen (not cancelled or archived), newest first or soonest first. */
export function meetingOptions(meetings: readonly MeetingChoice[], order: 'newest' | 'soonest' = 'newest'): Option<string>[] {
  const sign = order === 'newest' ? -1 : 1;
  return meetings
    .filter((m) => !m.archived && !m.cancelled)
    .sort((a, b) => sign * (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .map((m) => {
      const day = formatDay(m.date, 'weekday');
      const title = m.title || t({ message: 'Meeting', comment: 'A meeting with no title of its own' });
      return { value: m.id, label: t({ message: `${day}: ${title}`, comment: 'A meeting in a list to choose from: its date, then its title' }) };
    });
}

/** Chooses one meeting of the project. */
export function MeetingPicker(
  props: FieldFrame & { meetings: readonly MeetingChoice[]; value: string; onChange: (id: string) => void; emptyLabel: string; order?: 'newest' | 'soonest' },
) {
  return <SelectField {...props} options={meetingOptions(props.meetings, props.order)} />;
}
