import { attendanceType, type Attendance } from '../../core/domain/attendance';
import { meetingType, type Meeting } from '../../core/domain/meeting';
import { paperSendType, paperType, type Paper, type PaperSend } from '../../core/domain/meeting-day/paper';
import { venueType, type Venue } from '../../core/domain/meeting-day/venue';
import { personType, type Person } from '../../core/domain/person';
import { todayIso } from '../../core/ids';
import { addDays } from '../../core/meetings/dates';
import { nextMeeting } from '../../core/meetings/meeting-list';
import { PAPERS_DUE_DAYS, papersDue } from '../../core/meetings/papers';
import { db } from '../../state/app-db';
import { href } from '../../state/router';
import { useLiveQuery } from '../../state/use-live-query';
import type { DashboardCardProps } from '../section';
import { listNames, longDate, relativeDay } from './format';

/** On the project's dashboard: the next meeting, and any papers that should go out now. */
export function MeetingsDashboardCard({ projectId }: DashboardCardProps) {
  const today = todayIso();
  const data = useLiveQuery(async () => {
    const rows = (collection: string) => db.records.where('[projectId+collection]').equals([projectId, collection]).toArray();
    // Only meetings from today to a week ahead can need papers; read just those.
    const soon = await db.records.where('[projectId+collection+k1]').between([projectId, meetingType.collection, today], [projectId, meetingType.collection, addDays(today, PAPERS_DUE_DAYS)], true, true).toArray();
    const upcoming = await db.records.where('[projectId+collection+k1]').between([projectId, meetingType.collection, today], [projectId, meetingType.collection, '\uffff'], true, true).toArray();
    const ids = soon.map((m) => m.id);
    const byMeeting = (collection: string) => (ids.length ? db.records.where('[projectId+collection+k1]').anyOf(ids.map((id) => [projectId, collection, id])).toArray() : Promise.resolve([]));
    const [people, papers, sends, attendance] = await Promise.all([rows(personType.collection), byMeeting(paperType.collection), byMeeting(paperSendType.collection), byMeeting(attendanceType.collection)]);
    const next = nextMeeting(upcoming.map((r) => r.data as unknown as Meeting), today);
    const venue = next?.venueId ? ((await db.records.get([projectId, venueType.collection, next.venueId]))?.data as unknown as Venue | undefined) : undefined;
    const data = <T,>(list: { data: unknown }[]) => list.map((r) => r.data as T);
    return {
      next,
      venue,
      due: papersDue({ today, meetings: data<Meeting>(soon), papers: data<Paper>(papers), sends: data<PaperSend>(sends), people: data<Person>(people), attendance: data<Attendance>(attendance) }),
    };
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
