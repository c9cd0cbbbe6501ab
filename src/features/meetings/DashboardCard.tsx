import { plural, t } from '@lingui/core/macro';
import { attendanceType } from '../../core/domain/attendance';
import { actionType } from '../../core/domain/meeting-day/action';
import { meetingType } from '../../core/domain/meeting';
import { paperSendType, paperType } from '../../core/domain/meeting-day/paper';
import { venueType } from '../../core/domain/meeting-day/venue';
import { personType } from '../../core/domain/person';
import { addDays, today as todayOf } from '../../core/format/calendar';
import { formatDay, formatDayFrom } from '../../core/format/dates';
import { nextMeeting } from '../../core/meetings/meeting-list';
import { openActionCounts } from '../../core/meetings/open-actions';
import { clockNow, PAPERS_DUE_DAYS, papersDue } from '../../core/meetings/papers';
import { useRecord, useRecords } from '../../state/records';
import { href } from '../../state/router';
import type { DashboardCardProps } from '../section';
import { FormatNeeds } from './FormatNeeds';

const LAST_DAY = '\uffff';

/** On the project's dashboard: the next meeting, and any papers that should go out now. */
export function MeetingsDashboardCard({ projectId }: DashboardCardProps) {
  const today = todayOf();
  // Only meetings from today to a week ahead can need papers; read just those, and their papers.
  const soon = useRecords(meetingType, { date: { from: today, to: addDays(today, PAPERS_DUE_DAYS) } }, { withArchived: true });
  const upcoming = useRecords(meetingType, { date: { from: today, to: LAST_DAY } }, { withArchived: true });
  const soonIds = (soon ?? []).map((m) => m.id);
  const people = useRecords(personType, undefined, { withArchived: true });
  const papers = useRecords(paperType, { meetingId: soonIds }, { withArchived: true });
  const sends = useRecords(paperSendType, { meetingId: soonIds }, { withArchived: true });
  const attendance = useRecords(attendanceType, { meetingId: soonIds }, { withArchived: true });
  const actions = useRecords(actionType);
  const next = upcoming && nextMeeting(upcoming, today);
  const venue = useRecord(venueType, next?.venueId ?? '', { withArchived: true });
  if (!soon || !upcoming || !people || !papers || !sends || !attendance || (next?.venueId && venue === undefined)) {
    return <p>{t`Venues, agendas and papers before the day; the register, notes, decisions and actions on the day.`}</p>;
  }
  const due = papersDue({ today, now: clockNow(), meetings: soon, papers, sends, people, attendance });
  return (
    <div class="meetings-card">
      {next ? (
        <NextMeeting projectId={projectId} meeting={next} where={venue?.name ?? next.place} today={today} />
      ) : (
        <p>{t`No meetings coming up. Add one or plan a series.`}</p>
      )}
      {due.map((d) => {
        const title = d.meeting.title;
        return (
          <div key={d.meeting.id} class="notice papers-due" role="note">
            <p>
              <strong>{t`Papers due.`}</strong> {d.message}
            </p>
            <FormatNeeds easyRead={d.easyRead} largePrint={d.largePrint} />
            <a href={href('p', projectId, 'meetings', 'm', d.meeting.id)}>{t`Send the papers for ${title}`}</a>
          </div>
        );
      })}
      {actions && <OpenActionsLine projectId={projectId} counts={openActionCounts(actions, today)} />}
      {next && next.date === today && (
        <p>
          <a class="btn btn-primary" href={href('p', projectId, 'meetings', 'm', next.id, 'register')}>
            {t`Open today’s register`}
          </a>
        </p>
      )}
    </div>
  );
}

function NextMeeting({
  projectId,
  meeting,
  where,
  today,
}: {
  projectId: string;
  meeting: { id: string; title: string; date: string; startTime: string };
  where: string | undefined;
  today: string;
}) {
  const title = meeting.title;
  const day = formatDay(meeting.date, 'full');
  const relative = formatDayFrom(meeting.date, today);
  const start = meeting.startTime;
  return (
    <p>
      <strong>{t`Next meeting:`}</strong> <a href={href('p', projectId, 'meetings', 'm', meeting.id)}>{t`${title}, ${day} (${relative})`}</a>
      {where
        ? t({ message: `, ${start} at ${where}.`, comment: 'After the next meeting’s title and date: its start time and place' })
        : t({ message: `, ${start}.`, comment: 'After the next meeting’s title and date: its start time' })}
    </p>
  );
}

/** "4 open actions, 1 overdue", linking to the list on the Meetings section. */
function OpenActionsLine({ projectId, counts }: { projectId: string; counts: { open: number; overdue: number } }) {
  if (counts.open === 0) return null;
  const link = href('p', projectId, 'meetings');
  return (
    <p class={counts.overdue ? 'open-actions-line has-overdue' : 'open-actions-line'}>
      <a href={link} data-testid="dashboard-open-actions">
        {plural(counts.open, { one: '# open action', other: '# open actions' })}
      </a>
      {counts.overdue > 0 && (
        <>
          {', '}
          <strong class="overdue-words">{plural(counts.overdue, { one: '# overdue', other: '# overdue' })}</strong>
        </>
      )}
    </p>
  );
}
