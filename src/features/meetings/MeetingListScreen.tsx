import { useState } from 'preact/hooks';
import { meetingType, type Meeting } from '../../core/domain/meeting';
import { venueType, type Venue } from '../../core/domain/meeting-day/venue';
import { todayIso } from '../../core/ids';
import { groupMeetings } from '../../core/meetings/meeting-list';
import type { ProjectSession } from '../../core/projects/project-session';
import { href } from '../../state/router';
import { Button, LinkButton } from '../../ui/Button';
import { longDate, relativeDay } from './format';
import { byId, useRecords } from './use-records';

const SHOW_FIRST = 5;

/** Every meeting: today's first, then what is coming up, then the past. */
export function MeetingListScreen({ session }: { session: ProjectSession }) {
  const meetings = useRecords<Meeting>(session, meetingType);
  const venues = byId(useRecords<Venue>(session, venueType));
  const today = todayIso();
  const base = ['p', session.projectId, 'meetings'];
  if (!meetings) return <p role="status">Loading meetings…</p>;
  const groups = groupMeetings(meetings, today);
  return (
    <div class="meetings-list">
      <div class="row meetings-actions">
        <LinkButton variant="primary" href={href(...base, 'new')}>
          Add a meeting
        </LinkButton>
        <LinkButton href={href(...base, 'venues')}>Venues</LinkButton>
        <LinkButton href={href(...base, 'engagement')}>Attendance and engagement</LinkButton>
      </div>
      {meetings.length === 0 && <p class="empty">No meetings yet. Add one, or plan a whole series in the Plan section.</p>}
      {groups.today.length > 0 && (
        <section aria-labelledby="today-heading" class="card today-card">
          <h2 id="today-heading">Today</h2>
          <ul class="meeting-list">
            {groups.today.map((m) => (
              <MeetingItem key={m.id} session={session} meeting={m} venue={venues.get(m.venueId ?? '')} today={today} register />
            ))}
          </ul>
        </section>
      )}
      <MeetingGroup id="upcoming" title="Coming up" empty="Nothing planned yet." meetings={groups.upcoming} session={session} venues={venues} today={today} />
      <MeetingGroup id="past" title="Past meetings" empty="No meetings held yet." meetings={groups.past} session={session} venues={venues} today={today} />
    </div>
  );
}

function MeetingGroup(props: {
  id: string;
  title: string;
  empty: string;
  meetings: Meeting[];
  session: ProjectSession;
  venues: Map<string, Venue>;
  today: string;
}) {
  const [all, setAll] = useState(false);
  const shown = all ? props.meetings : props.meetings.slice(0, SHOW_FIRST);
  return (
    <section aria-labelledby={`${props.id}-heading`}>
      <h2 id={`${props.id}-heading`}>{props.title}</h2>
      {props.meetings.length === 0 ? (
        <p class="empty">{props.empty}</p>
      ) : (
        <ul class="meeting-list">
          {shown.map((m) => (
            <MeetingItem key={m.id} session={props.session} meeting={m} venue={props.venues.get(m.venueId ?? '')} today={props.today} />
          ))}
        </ul>
      )}
      {props.meetings.length > SHOW_FIRST && (
        <Button variant="quiet" onClick={() => setAll(!all)} aria-expanded={all}>
          {all ? 'Show fewer' : `Show all ${props.meetings.length}`}
        </Button>
      )}
    </section>
  );
}

function MeetingItem({
  session,
  meeting,
  venue,
  today,
  register,
}: {
  session: ProjectSession;
  meeting: Meeting;
  venue?: Venue;
  today: string;
  register?: boolean;
}) {
  const base = ['p', session.projectId, 'meetings', 'm', meeting.id];
  const where = venue?.name ?? meeting.place;
  return (
    <li class={`meeting-item${meeting.cancelled ? ' is-cancelled' : ''}`}>
      <a class="meeting-link" href={href(...base)}>
        <span class="meeting-title">
          {meeting.title}
          {meeting.cancelled && <span class="badge badge-cancelled">Cancelled</span>}
        </span>
        <span class="meeting-meta">
          {longDate(meeting.date)} ({relativeDay(meeting.date, today)}), {meeting.startTime}–{meeting.endTime}
          {where ? ` · ${where}` : ''}
        </span>
      </a>
      {register && !meeting.cancelled && (
        <LinkButton variant="primary" href={href(...base, 'register')}>
          Open the register
        </LinkButton>
      )}
    </li>
  );
}
