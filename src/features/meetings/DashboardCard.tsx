import { attendanceType, type Attendance } from '../../core/domain/attendance';
import { meetingType, type Meeting } from '../../core/domain/meeting';
import { paperSendType, paperType, type Paper, type PaperSend } from '../../core/domain/meeting-day/paper';
import { venueType, type Venue } from '../../core/domain/meeting-day/venue';
import { personType, type Person } from '../../core/domain/person';
import { todayIso } from '../../core/ids';
import { addDays } from '../../core/meetings/dates';
import { nextMeeting } from '../../core/meetings/meeting-list';
import { PAPERS_DUE_DAYS, papersDue } from '../../core/meetings/papers';
import { projectedRecord, projectedRecords } from '../../core/projection/queries';
import { db } from '../../state/app-db';
import { href } from '../../state/router';
import { useLiveQuery } from '../../state/use-live-query';
import type { DashboardCardProps } from '../section';
import { listNames, longDate, relativeDay } from './format';

/** On the project's dashboard: the next meeting, and any papers that should go out now. */
export function MeetingsDashboardCard({ projectId }: DashboardCardProps) {
  const today = todayIso();
  const data = useLiveQuery(async () => {
    // Only meetings from today to a week ahead can need papers; read just those.
    const soon = await projectedRecords<Meeting>(db, projectId, meetingType.collection, { k1From: today, k1To: addDays(today, PAPERS_DUE_DAYS) });
    const upcoming = await projectedRecords<Meeting>(db, projectId, meetingType.collection, { k1From: today, k1To: '\uffff' });
    const byMeeting = <T,>(collection: string) => projectedRecords<T>(db, projectId, collection, { k1In: soon.map((m) => m.id) });
    const [people, papers, sends, attendance] = await Promise.all([
      projectedRecords<Person>(db, projectId, personType.collection),
      byMeeting<Paper>(paperType.collection),
      byMeeting<PaperSend>(paperSendType.collection),
      byMeeting<Attendance>(attendanceType.collection),
    ]);
    const next = nextMeeting(upcoming, today);
    const venue = next?.venueId ? await projectedRecord<Venue>(db, projectId, venueType.collection, next.venueId) : undefined;
    return { next, venue, due: papersDue({ today, meetings: soon, papers, sends, people, attendance }) };
  }, [projectId, today]);
  if (!data) return <p>Venues, agendas and papers before the day; the register, notes, decisions and actions on the day.</p>;
  const { next, venue, due } = data;
  return (
    <div class="meetings-card">
      {next ? (
        <p>
          <strong>Next meeting:</strong>{' '}
          <a href={href('p', projectId, 'meetings', 'm', next.id)}>
            {next.title}, {longDate(next.date)} ({relativeDay(next.date, today)})
          </a>
          , {next.startTime}
          {venue ? ` at ${venue.name}` : next.place ? ` at ${next.place}` : ''}.
        </p>
      ) : (
        <p>No meetings coming up. Add one or plan a series.</p>
      )}
      {due.map((d) => (
        <div key={d.meeting.id} class="notice papers-due" role="note">
          <p>
            <strong>Papers due.</strong> {d.message}
          </p>
          {d.easyRead.length > 0 && <p>Easy read for: {listNames(d.easyRead.map((p) => p.name))}.</p>}
          {d.largePrint.length > 0 && <p>Large print for: {listNames(d.largePrint.map((p) => p.name))}.</p>}
          <a href={href('p', projectId, 'meetings', 'm', d.meeting.id)}>Send the papers for {d.meeting.title}</a>
        </div>
      ))}
      {next && next.date === today && (
        <p>
          <a class="btn btn-primary" href={href('p', projectId, 'meetings', 'm', next.id, 'register')}>
            Open today’s register
          </a>
        </p>
      )}
    </div>
  );
}
