import { attendanceType, type Attendance } from '../../core/domain/attendance';
import { meetingType, type Meeting } from '../../core/domain/meeting';
import { personType, ROLE_LABELS, type Person } from '../../core/domain/person';
import { todayIso } from '../../core/ids';
import { durationInWords, groupAttendance, memberEngagement, ROLE_MIX_KEYS, roleMix, type RoleOrUnknown } from '../../core/meetings/engagement';
import type { ProjectSession } from '../../core/projects/project-session';
import { href } from '../../state/router';
import { BarChart, ChartFigure, InlineBar, PATTERNS, Swatch } from './charts';
import { compactDate, percent, shortDate } from './format';
import { useRecords } from './use-records';

const ROLE_NAMES: Record<RoleOrUnknown, string> = { ...ROLE_LABELS, unknown: 'Not known (erased)' };
const ROLE_PATTERN = Object.fromEntries(ROLE_MIX_KEYS.map((r, i) => [r, PATTERNS[i % PATTERNS.length]!])) as Record<RoleOrUnknown, (typeof PATTERNS)[number]>;

/** Attendance over time for the group and for each member, and the mix of roles at each meeting. */
export function EngagementScreen({ session }: { session: ProjectSession }) {
  const meetings = useRecords<Meeting>(session, meetingType);
  const attendance = useRecords<Attendance>(session, attendanceType);
  const people = useRecords<Person>(session, personType);
  const back = (
    <a class="back-link" href={href('p', session.projectId, 'meetings')}>
      <span aria-hidden="true">←</span> All meetings
    </a>
  );
  if (!meetings || !attendance || !people) return <p role="status">Working out the figures…</p>;
  const today = todayIso();
  const turnout = groupAttendance(meetings, attendance, today);
  if (turnout.length === 0) {
    return (
      <div class="engagement">
        {back}
        <h2>Attendance and engagement</h2>
        <p class="empty">No meetings have been held yet. Figures appear here after the first register.</p>
      </div>
    );
  }
  const members = memberEngagement(people, meetings, attendance, today);
  const mix = roleMix(meetings, attendance, people, today);
  const presents = turnout.map((t) => t.present);
  const average = presents.reduce((a, b) => a + b, 0) / presents.length;
  const usedRoles = ROLE_MIX_KEYS.filter((r) => mix.some((m) => m.counts[r] > 0));

  return (
    <div class="engagement">
      {back}
      <h2>Attendance and engagement</h2>
      <p class="lead">
        {turnout.length} {turnout.length === 1 ? 'meeting' : 'meetings'} held so far. On average {Math.round(average * 10) / 10} people were present (fewest{' '}
        {Math.min(...presents)}, most {Math.max(...presents)}).
      </p>

      <ChartFigure
        title="People present at each meeting"
        summary={`From ${compactDate(turnout[0]!.meeting.date)} to ${compactDate(turnout.at(-1)!.meeting.date)}.`}
        chart={
          <BarChart
            description={`Bar chart of people present at each of ${turnout.length} meetings.`}
            unit="People present"
            bars={turnout.map((t) => ({
              key: t.meeting.id,
              label: shortDate(t.meeting.date).replace(/^\w+ /, ''),
              segments: [{ value: t.present, pattern: 'solid' }],
            }))}
          />
        }
        table={
          <table class="data-table">
            <caption class="visually-hidden">People present, with apologies and absent, at each meeting</caption>
            <thead>
              <tr>
                <th scope="col">Meeting</th>
                <th scope="col">Date</th>
                <th scope="col">Present</th>
                <th scope="col">Apologies</th>
                <th scope="col">Absent</th>
              </tr>
            </thead>
            <tbody>
              {turnout.map((t) => (
                <tr key={t.meeting.id}>
                  <th scope="row">{t.meeting.title}</th>
                  <td>{compactDate(t.meeting.date)}</td>
                  <td>{t.present}</td>
                  <td>{t.apologies}</td>
                  <td>{t.absent}</td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      />

      <ChartFigure
        title="Mix of roles among those present"
        summary="Each bar is one meeting; each pattern is a role."
        chart={
          <>
            <ul class="legend" aria-label="Key">
              {usedRoles.map((r) => (
                <li key={r}>
                  <Swatch prefix="mix" pattern={ROLE_PATTERN[r]} />
                  {ROLE_NAMES[r]}
                </li>
              ))}
            </ul>
            <BarChart
              description={`Stacked bar chart of the roles of people present at each of ${mix.length} meetings.`}
              unit="People present, by role"
              bars={mix.map((m) => ({
                key: m.meeting.id,
                label: shortDate(m.meeting.date).replace(/^\w+ /, ''),
                segments: usedRoles.map((r) => ({ value: m.counts[r], pattern: ROLE_PATTERN[r] })),
              }))}
            />
          </>
        }
        table={
          <table class="data-table">
            <caption class="visually-hidden">Roles of the people present at each meeting</caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                {usedRoles.map((r) => (
                  <th key={r} scope="col">
                    {ROLE_NAMES[r]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {mix.map((m) => (
                <tr key={m.meeting.id}>
                  <th scope="row">{compactDate(m.meeting.date)}</th>
                  {usedRoles.map((r) => (
                    <td key={r}>{m.counts[r]}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        }
      />

      <section class="card" aria-labelledby="members-heading">
        <h3 id="members-heading">Each member’s attendance</h3>
        <p class="hint">Meetings present out of the meetings held since they joined, and how long they have been involved.</p>
        <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="members-heading">
          <table class="data-table member-table">
            <caption class="visually-hidden">Each member’s attendance and time involved</caption>
            <thead>
              <tr>
                <th scope="col">Member</th>
                <th scope="col">Came to</th>
                <th scope="col">
                  <span class="visually-hidden">Attendance as a bar</span>
                </th>
                <th scope="col">Involved for</th>
              </tr>
            </thead>
            <tbody>
              {members.map((m) => (
                <tr key={m.person.id}>
                  <th scope="row">
                    {m.person.name}
                    <span class="hint-inline"> · {ROLE_LABELS[m.person.role]}</span>
                  </th>
                  <td>
                    {m.present} of {m.meetingsSince} ({percent(m.rate)})
                  </td>
                  <td>
                    <InlineBar rate={m.rate} />
                  </td>
                  <td>{m.since ? `${durationInWords(m.daysInvolved)} (since ${compactDate(m.since)})` : 'Not yet'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <p class="hint print-hide">
        <button type="button" class="btn" onClick={() => window.print()}>
          Print this page
        </button>
      </p>
    </div>
  );
}
