import { t } from '@lingui/core/macro';
import { useState } from 'preact/hooks';
import { setMeetingCancelled } from '../../core/commands/meeting-day-meetings';
import { chooseVenue } from '../../core/commands/meeting-day-venues';
import { attendanceType, type Attendance } from '../../core/domain/attendance';
import type { Meeting } from '../../core/domain/meeting';
import { venueType } from '../../core/domain/meeting-day/venue';
import { personType, type Person } from '../../core/domain/person';
import { likelyAttendees } from '../../core/meetings/expected';
import { marksFor } from '../../core/meetings/papers';
import { needsSummary, unmetNeeds } from '../../core/meetings/unmet-needs';
import { useProjectId, useSession } from '../../state/project-context';
import { useRecords } from '../../state/records';
import { href } from '../../state/router';
import { Button } from '../../ui/Button';
import { CommandError } from '../../ui/form/CommandError';
import { SelectField } from '../../ui/form/SelectField';
import { useCommand } from '../../ui/form/use-command';
import { AgendaPanel } from './AgendaPanel';
import { ArrangementsPanel } from './ArrangementsPanel';
import { CallsPanel } from './CallsPanel';
import { MeetingForm } from './MeetingForm';
import { PapersPanel } from './PapersPanel';
import { SendPanel } from './SendPanel';

/** Getting ready: details, venue and access, agenda, papers, calls to new members, and arrangements from profiles. */
export function BeforeScreen({ meeting }: { meeting: Meeting }) {
  const { doc } = useSession();
  const [editing, setEditing] = useState(false);
  const people = useRecords(personType, undefined, { withArchived: true }) ?? [];
  const attendance = useRecords(attendanceType, { meetingId: meeting.id }, { withArchived: true }) ?? [];
  const command = useCommand();
  return (
    <div class="before">
      <section class="card" aria-labelledby="details-heading">
        <h3 id="details-heading">{t({ message: 'Details', comment: 'Heading: a meeting’s title, date, times and place' })}</h3>
        {editing ? (
          <MeetingForm meeting={meeting} onDone={() => setEditing(false)} />
        ) : (
          <>
            <div class="row">
              <Button onClick={() => setEditing(true)}>{t`Change details`}</Button>
              <Button variant="quiet" onClick={() => command.run(() => setMeetingCancelled(doc, meeting.id, !meeting.cancelled))}>
                {meeting.cancelled ? t`Put this meeting back on` : t`Cancel this meeting`}
              </Button>
            </div>
            <CommandError error={command.error} />
          </>
        )}
      </section>
      <VenuePanel meeting={meeting} people={people} attendance={attendance} />
      <AgendaPanel meeting={meeting} people={people} />
      <PapersPanel meeting={meeting} people={people} attendance={attendance} />
      <SendPanel meeting={meeting} people={people} attendance={attendance} />
      <CallsPanel meeting={meeting} people={people} />
      <ArrangementsPanel meeting={meeting} people={people} attendance={attendance} />
    </div>
  );
}

function VenuePanel({ meeting, people, attendance }: { meeting: Meeting; people: Person[]; attendance: Attendance[] }) {
  const { doc } = useSession();
  const projectId = useProjectId();
  const venues = useRecords(venueType, undefined, { withArchived: true }) ?? [];
  const venue = venues.find((v) => v.id === meeting.venueId);
  const command = useCommand();
  const attendees = likelyAttendees(people, marksFor(meeting.id, attendance));
  const gaps = venue ? unmetNeeds(venue, attendees) : [];
  const summary = venue ? [] : needsSummary(attendees);
  const place = meeting.place;
  const venueName = venue?.name ?? '';
  return (
    <section class="card" aria-labelledby="venue-heading">
      <h3 id="venue-heading">{t`Venue and access`}</h3>
      <SelectField
        label={t({ message: 'Venue', comment: 'Where a meeting is held' })}
        value={meeting.venueId ?? ''}
        options={venues.filter((v) => !v.archived || v.id === meeting.venueId).map((v) => ({ value: v.id, label: v.name }))}
        onChange={(id) => command.run(() => chooseVenue(doc, meeting.id, id || undefined))}
        emptyLabel={place ? t`No venue chosen (${place})` : t`No venue chosen`}
        error={command.error}
      />
      {venue && gaps.length === 0 && attendees.length > 0 && <p class="good">✓ {t`${venueName} meets every access need people have told you about.`}</p>}
      {gaps.length > 0 && (
        <div class="notice" role="note" aria-labelledby="gaps-heading">
          <p id="gaps-heading">
            <strong>{t`Needs this venue may not meet`}</strong>
          </p>
          <ul>
            {gaps.map((g) => (
              <li key={g.need}>
                {g.message} <span class="names">({g.people.map((p) => p.name).join(', ')})</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {summary.length > 0 && (
        <>
          <p>{t`Access needs among the people expected:`}</p>
          <ul>
            {summary.map((s) => (
              <li key={s.need}>{s.message}</li>
            ))}
          </ul>
        </>
      )}
      <p class="hint">
        {t`Needs come from each member’s inclusion details.`} <a href={href('p', projectId, 'meetings', 'venues')}>{t`Check or add venues`}</a>
        {venue && (
          <>
            {' · '}
            <a href={href('p', projectId, 'meetings', 'venues', venue.id)}>{t`Open ${venueName}’s checklist`}</a>
          </>
        )}
      </p>
    </section>
  );
}
