import { useState } from 'preact/hooks';
import { setMeetingCancelled } from '../../core/commands/meeting-day-meetings';
import { chooseVenue } from '../../core/commands/meeting-day-venues';
import { attendanceType, type Attendance } from '../../core/domain/attendance';
import type { Meeting } from '../../core/domain/meeting';
import { venueType, type Venue } from '../../core/domain/meeting-day/venue';
import { personType, type Person } from '../../core/domain/person';
import { likelyAttendees } from '../../core/meetings/expected';
import { marksFor } from '../../core/meetings/papers';
import { needsSummary, unmetNeeds } from '../../core/meetings/unmet-needs';
import type { ProjectSession } from '../../core/projects/project-session';
import { href } from '../../state/router';
import { Button } from '../../ui/Button';
import { AgendaPanel } from './AgendaPanel';
import { CallsPanel } from './CallsPanel';
import { MeetingForm } from './MeetingForm';
import { PapersPanel } from './PapersPanel';
import { useRecords } from './use-records';

/** Getting ready: details, venue and access, agenda, papers, and calls to new members. */
export function BeforeScreen({ session, meeting }: { session: ProjectSession; meeting: Meeting }) {
  const [editing, setEditing] = useState(false);
  const people = useRecords<Person>(session, personType);
  const attendance = useRecords<Attendance>(session, attendanceType, meeting.id);
  return (
    <div class="before">
      <section class="card" aria-labelledby="details-heading">
        <h3 id="details-heading">Details</h3>
        {editing ? (
          <MeetingForm session={session} meeting={meeting} onDone={() => setEditing(false)} />
        ) : (
          <div class="row">
            <Button onClick={() => setEditing(true)}>Change details</Button>
            <Button variant="quiet" onClick={() => setMeetingCancelled(session.doc, meeting.id, !meeting.cancelled)}>
              {meeting.cancelled ? 'Put this meeting back on' : 'Cancel this meeting'}
            </Button>
          </div>
        )}
      </section>
      <VenuePanel session={session} meeting={meeting} people={people ?? []} attendance={attendance ?? []} />
      <AgendaPanel session={session} meeting={meeting} people={people ?? []} />
      <PapersPanel session={session} meeting={meeting} people={people ?? []} attendance={attendance ?? []} />
      <CallsPanel session={session} meeting={meeting} people={people ?? []} />
    </div>
  );
}

function VenuePanel({ session, meeting, people, attendance }: { session: ProjectSession; meeting: Meeting; people: Person[]; attendance: Attendance[] }) {
  const venues = useRecords<Venue>(session, venueType) ?? [];
  const venue = venues.find((v) => v.id === meeting.venueId);
  const [error, setError] = useState<string | null>(null);
  const attendees = likelyAttendees(people, marksFor(meeting.id, attendance));
  const gaps = venue ? unmetNeeds(venue, attendees) : [];
  const summary = venue ? [] : needsSummary(attendees);
  return (
    <section class="card" aria-labelledby="venue-heading">
      <h3 id="venue-heading">Venue and access</h3>
      <div class="field">
        <label for="before-venue">Venue</label>
        <select
          id="before-venue"
          value={meeting.venueId ?? ''}
          onChange={(e) => {
            const result = chooseVenue(session.doc, meeting.id, (e.currentTarget as HTMLSelectElement).value || undefined);
            setError(result.ok ? null : result.message);
          }}
        >
          <option value="">{meeting.place ? `No venue chosen (${meeting.place})` : 'No venue chosen'}</option>
          {venues
            .filter((v) => !v.archived || v.id === meeting.venueId)
            .map((v) => (
              <option key={v.id} value={v.id}>
                {v.name}
              </option>
            ))}
        </select>
      </div>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {venue && gaps.length === 0 && attendees.length > 0 && <p class="good">✓ {venue.name} meets every access need people have told you about.</p>}
      {gaps.length > 0 && (
        <div class="notice" role="note" aria-labelledby="gaps-heading">
          <p id="gaps-heading">
            <strong>Needs this venue may not meet</strong>
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
          <p>Access needs among the people expected:</p>
          <ul>
            {summary.map((s) => (
              <li key={s.need}>{s.message}</li>
            ))}
          </ul>
        </>
      )}
      <p class="hint">
        Needs come from each member’s inclusion details. <a href={href('p', session.projectId, 'meetings', 'venues')}>Check or add venues</a>
        {venue && (
          <>
            {' · '}
            <a href={href('p', session.projectId, 'meetings', 'venues', venue.id)}>Open {venue.name}’s checklist</a>
          </>
        )}
      </p>
    </section>
  );
}
