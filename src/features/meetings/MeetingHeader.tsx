import { t } from '@lingui/core/macro';
import type { Meeting } from '../../core/domain/meeting';
import { venueType } from '../../core/domain/meeting-day/venue';
import { useSession } from '../../state/project-context';
import { useRecord } from '../../state/records';
import { href } from '../../state/router';
import { ConflictNotice } from '../sync/ConflictNotice';
import { meetingWhen } from './meeting-words';
import type { MeetingTab } from './MeetingsScreen';

function tabs(): { id: MeetingTab; label: string }[] {
  return [
    { id: 'before', label: t({ message: 'Before', comment: 'Tab: getting ready for a meeting' }) },
    { id: 'register', label: t({ message: 'Register', comment: 'Tab: marking who came to a meeting' }) },
    { id: 'during', label: t`Notes and decisions` },
    { id: 'closing', label: t`Closing round` },
  ];
}

/** The words for each field of a meeting, for notices about changes made on two devices at once. */
function meetingFields(): Record<string, string> {
  return {
    title: t({ message: 'Title', comment: 'A meeting’s title' }),
    date: t({ message: 'Date', comment: 'A meeting’s date' }),
    startTime: t`Start time`,
    endTime: t`End time`,
    venueId: t({ message: 'Venue', comment: 'Where a meeting is held' }),
    place: t({ message: 'Place', comment: 'Where a meeting is held, in words' }),
    cancelled: t({ message: 'Cancelled', comment: 'Whether a meeting is cancelled' }),
  };
}

/** The meeting's title, when and where, and the way between its screens. */
export function MeetingHeader({ meeting, tab }: { meeting: Meeting; tab: MeetingTab }) {
  const session = useSession();
  const venue = useRecord(venueType, meeting.venueId ?? '', { withArchived: true });
  return (
    <header class="meeting-header">
      <a class="back-link" href={href('p', session.projectId, 'meetings')}>
        <span aria-hidden="true">←</span> {t`All meetings`}
      </a>
      <h2 id="meeting-title">
        {meeting.title}
        {meeting.cancelled && <span class="badge badge-cancelled"> {t({ message: 'Cancelled', comment: 'Badge on a meeting that will not happen' })}</span>}
      </h2>
      <p class="meeting-when">{meetingWhen(meeting, venue?.name ?? meeting.place)}</p>
      <ConflictNotice session={session} collection="meetings" id={meeting.id} fieldLabels={meetingFields()} />
      <nav class="meeting-tabs" aria-label={t`This meeting`}>
        {tabs().map((item) => (
          <a
            key={item.id}
            href={href('p', session.projectId, 'meetings', 'm', meeting.id, item.id)}
            aria-current={item.id === tab ? 'page' : undefined}
            class="meeting-tab"
          >
            {item.label}
          </a>
        ))}
      </nav>
    </header>
  );
}
