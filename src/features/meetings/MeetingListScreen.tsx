import { t } from '@lingui/core/macro';
import { useState } from 'preact/hooks';
import { meetingType, type Meeting } from '../../core/domain/meeting';
import { venueType, type Venue } from '../../core/domain/meeting-day/venue';
import { today as todayOf } from '../../core/format/calendar';
import { groupMeetings } from '../../core/meetings/meeting-list';
import { useProjectId } from '../../state/project-context';
import { useRecords } from '../../state/records';
import { href } from '../../state/router';
import { Button, LinkButton } from '../../ui/Button';
import { meetingWhen } from './meeting-words';
import { OpenActions } from './OpenActions';

const SHOW_FIRST = 5;

/** Every meeting: today's first, then the actions still open, then what is coming up, then the past. */
export function MeetingListScreen() {
  const projectId = useProjectId();
  const meetings = useRecords(meetingType, undefined, { withArchived: true });
  const venueList = useRecords(venueType, undefined, { withArchived: true });
  const venues = new Map((venueList ?? []).map((v) => [v.id, v]));
  const today = todayOf();
  const base = ['p', projectId, 'meetings'];
  if (!meetings) return <p role="status">{t`Loading meetings…`}</p>;
  const groups = groupMeetings(meetings, today);
  return (
    <div class="meetings-list">
      <div class="row meetings-actions">
        <LinkButton variant="primary" href={href(...base, 'new')}>
          {t`Add a meeting`}
        </LinkButton>
        <LinkButton href={href(...base, 'venues')}>{t`Venues`}</LinkButton>
        <LinkButton href={href(...base, 'engagement')}>{t`Attendance and engagement`}</LinkButton>
      </div>
      {meetings.length === 0 && <p class="empty">{t`No meetings yet. Add one, or plan a whole series in the Plan section.`}</p>}
      {groups.today.length > 0 && (
        <section aria-labelledby="today-heading" class="card today-card">
          <h2 id="today-heading">{t({ message: 'Today', comment: 'Heading over the meetings happening today' })}</h2>
          <ul class="meeting-list">
            {groups.today.map((m) => (
              <MeetingItem key={m.id} meeting={m} venue={venues.get(m.venueId ?? '')} today={today} register />
            ))}
          </ul>
        </section>
      )}
      <OpenActions />
      <MeetingGroup id="upcoming" title={t`Coming up`} empty={t`Nothing planned yet.`} meetings={groups.upcoming} venues={venues} today={today} />
      <MeetingGroup id="past" title={t`Past meetings`} empty={t`No meetings held yet.`} meetings={groups.past} venues={venues} today={today} />
    </div>
  );
}

function MeetingGroup(props: { id: string; title: string; empty: string; meetings: Meeting[]; venues: Map<string, Venue>; today: string }) {
  const [all, setAll] = useState(false);
  const shown = all ? props.meetings : props.meetings.slice(0, SHOW_FIRST);
  const total = props.meetings.length;
  return (
    <section aria-labelledby={`${props.id}-heading`}>
      <h2 id={`${props.id}-heading`}>{props.title}</h2>
      {total === 0 ? (
        <p class="empty">{props.empty}</p>
      ) : (
        <ul class="meeting-list">
          {shown.map((m) => (
            <MeetingItem key={m.id} meeting={m} venue={props.venues.get(m.venueId ?? '')} today={props.today} />
          ))}
        </ul>
      )}
      {total > SHOW_FIRST && (
        <Button variant="quiet" onClick={() => setAll(!all)} aria-expanded={all}>
          {all ? t`Show fewer` : t`Show all ${total}`}
        </Button>
      )}
    </section>
  );
}

function MeetingItem({ meeting, venue, today, register }: { meeting: Meeting; venue: Venue | undefined; today: string; register?: boolean }) {
  const projectId = useProjectId();
  const base = ['p', projectId, 'meetings', 'm', meeting.id];
  return (
    <li class={`meeting-item${meeting.cancelled ? ' is-cancelled' : ''}`}>
      <a class="meeting-link" href={href(...base)}>
        <span class="meeting-title">
          {meeting.title}
          {meeting.cancelled && <span class="badge badge-cancelled">{t({ message: 'Cancelled', comment: 'Badge on a meeting that will not happen' })}</span>}
        </span>
        <span class="meeting-meta">{meetingWhen(meeting, venue?.name ?? meeting.place, today)}</span>
      </a>
      {register && !meeting.cancelled && (
        <LinkButton variant="primary" href={href(...base, 'register')}>
          {t`Open the register`}
        </LinkButton>
      )}
    </li>
  );
}
