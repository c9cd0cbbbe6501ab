import type { Meeting } from '../../core/domain/meeting';
import { venueType, type Venue } from '../../core/domain/meeting-day/venue';
import type { ProjectSession } from '../../core/projects/project-session';
import { href } from '../../state/router';
import { longDate } from './format';
import type { MeetingTab } from './MeetingsScreen';
import { useRecord } from './use-records';
import { ConflictNotice } from '../sync/ConflictNotice';

const TABS: { id: MeetingTab; label: string }[] = [
  { id: 'before', label: 'Before' },
  { id: 'register', label: 'Register' },
  { id: 'during', label: 'Notes and decisions' },
  { id: 'closing', label: 'Closing round' },
];

const MEETING_FIELDS: Record<string, string> = {
  title: 'Title',
  date: 'Date',
  startTime: 'Start time',
  endTime: 'End time',
  venueId: 'Venue',
  place: 'Place',
  cancelled: 'Cancelled',
};

/** The meeting's title, when and where, and the way between its screens. */
export function MeetingHeader({ session, meeting, tab }: { session: ProjectSession; meeting: Meeting; tab: MeetingTab }) {
  const venue = useRecord<Venue>(session, venueType, meeting.venueId ?? '');
  const where = venue?.name ?? meeting.place;
  return (
    <header class="meeting-header">
      <a class="back-link" href={href('p', session.projectId, 'meetings')}>
        <span aria-hidden="true">←</span> All meetings
      </a>
      <h2 id="meeting-title">
        {meeting.title}
        {meeting.cancelled && <span class="badge badge-cancelled"> Cancelled</span>}
      </h2>
      <p class="meeting-when">
        {longDate(meeting.date)}, {meeting.startTime}–{meeting.endTime}
        {where ? ` · ${where}` : ''}
      </p>
      <ConflictNotice session={session} collection="meetings" id={meeting.id} fieldLabels={MEETING_FIELDS} />
      <nav class="meeting-tabs" aria-label="This meeting">
        {TABS.map((t) => (
          <a
            key={t.id}
            href={href('p', session.projectId, 'meetings', 'm', meeting.id, t.id)}
            aria-current={t.id === tab ? 'page' : undefined}
            class="meeting-tab"
          >
            {t.label}
          </a>
        ))}
      </nav>
    </header>
  );
}
