import { plural, t } from '@lingui/core/macro';
import { attendanceType } from '../../core/domain/attendance';
import { meetingType } from '../../core/domain/meeting';
import { personType, ROLE_LABELS } from '../../core/domain/person';
import { middayUtc, today as todayOf } from '../../core/format/calendar';
import { formatDay, formatDuration } from '../../core/format/dates';
import { formatDateWith, formatNumber } from '../../core/format/intl';
import { formatShare } from '../../core/format/numbers';
import { groupAttendance, memberEngagement, ROLE_MIX_KEYS, roleMix, type MemberEngagement, type RoleOrUnknown } from '../../core/meetings/engagement';
import { useProjectId } from '../../state/project-context';
import { useRecords } from '../../state/records';
import { href } from '../../state/router';
import { BarChart, ChartFigure, InlineBar, PATTERNS, Swatch } from './charts';
import { markLabel } from './mark-words';

const ROLE_PATTERN = Object.fromEntries(ROLE_MIX_KEYS.map((r, i) => [r, PATTERNS[i % PATTERNS.length]!])) as Record<RoleOrUnknown, (typeof PATTERNS)[number]>;

const roleName = (role: RoleOrUnknown) => (role === 'unknown' ? t`Not known (erased)` : ROLE_LABELS[role]);

/** "10 Mar": a bar's label under a chart. */
const barDay = (day: string) => formatDateWith(middayUtc(day), { day: 'numeric', month: 'short', timeZone: 'UTC' });

/** "4 of 6 (67%)" */
function attendedWords(m: MemberEngagement): string {
  const { present, meetingsSince } = m;
  const share = formatShare(m.rate);
  return t({ message: `${present} of ${meetingsSince} (${share})`, comment: 'Meetings a member came to, of the meetings held since they joined' });
}

/** "8 months (since 3 Jun 2025)" */
function involvedWords(m: MemberEngagement): string {
  if (!m.since) return t`Not yet`;
  const length = formatDuration(m.daysInvolved);
  const since = formatDay(m.since, 'date');
  return t({ message: `${length} (since ${since})`, comment: 'How long a member has been involved, and since when' });
}

/** Attendance over time for the group and for each member, and the mix of roles at each meeting. */
export function EngagementScreen() {
  const projectId = useProjectId();
  const meetings = useRecords(meetingType, undefined, { withArchived: true });
  const attendance = useRecords(attendanceType, undefined, { withArchived: true });
  const people = useRecords(personType, undefined, { withArchived: true });
  const back = (
    <a class="back-link" href={href('p', projectId, 'meetings')}>
      <span aria-hidden="true">←</span> {t`All meetings`}
    </a>
  );
  if (!meetings || !attendance || !people) return <p role="status">{t`Working out the figures…`}</p>;
  const today = todayOf();
  const turnout = groupAttendance(meetings, attendance, today);
  if (turnout.length === 0) {
    return (
      <div class="engagement">
        {back}
        <h2>{t`Attendance and engagement`}</h2>
        <p class="empty">{t`No meetings have been held yet. Figures appear here after the first register.`}</p>
      </div>
    );
  }
  const members = memberEngagement(people, meetings, attendance, today);
  const mix = roleMix(meetings, attendance, people, today);
  const presents = turnout.map((row) => row.present);
  const average = formatNumber(Math.round((presents.reduce((a, b) => a + b, 0) / presents.length) * 10) / 10);
  const fewest = Math.min(...presents);
  const most = Math.max(...presents);
  const usedRoles = ROLE_MIX_KEYS.filter((r) => mix.some((m) => m.counts[r] > 0));
  const first = formatDay(turnout[0]!.meeting.date, 'date');
  const last = formatDay(turnout.at(-1)!.meeting.date, 'date');
  const held = turnout.length;
  const mixed = mix.length;

  return (
    <div class="engagement">
      {back}
      <h2>{t`Attendance and engagement`}</h2>
      <p class="lead">
        {t`${plural(held, { one: '# meeting', other: '# meetings' })} held so far. On average ${average} people were present (fewest ${fewest}, most ${most}).`}
      </p>

      <ChartFigure
        title={t`People present at each meeting`}
        summary={t`From ${first} to ${last}.`}
        chart={
          <BarChart
            description={plural(held, { one: 'Bar chart of people present at # meeting.', other: 'Bar chart of people present at each of # meetings.' })}
            unit={t`People present`}
            bars={turnout.map((row) => ({ key: row.meeting.id, label: barDay(row.meeting.date), segments: [{ value: row.present, pattern: 'solid' }] }))}
          />
        }
        table={
          <table class="data-table">
            <caption class="visually-hidden">{t`People present, with apologies and absent, at each meeting`}</caption>
            <thead>
              <tr>
                <th scope="col">{t({ message: 'Meeting', comment: 'Column heading: which meeting' })}</th>
                <th scope="col">{t({ message: 'Date', comment: 'Column heading: a meeting’s date' })}</th>
                <th scope="col">{markLabel('present')}</th>
                <th scope="col">{markLabel('apologies')}</th>
                <th scope="col">{markLabel('absent')}</th>
              </tr>
            </thead>
            <tbody>
              {turnout.map((row) => (
                <tr key={row.meeting.id}>
                  <th scope="row">{row.meeting.title}</th>
                  <td>{formatDay(row.meeting.date, 'date')}</td>
                  <td>{row.present}</td>
                  <td>{row.apologies}</td>
                  <td>{row.absent}</td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      />

      <ChartFigure
        title={t`Mix of roles among those present`}
        summary={t`Each bar is one meeting; each pattern is a role.`}
        chart={
          <>
            <ul class="legend" aria-label={t({ message: 'Key', comment: 'The key to a chart: which pattern is which role' })}>
              {usedRoles.map((r) => (
                <li key={r}>
                  <Swatch prefix="mix" pattern={ROLE_PATTERN[r]} />
                  {roleName(r)}
                </li>
              ))}
            </ul>
            <BarChart
              description={plural(mixed, {
                one: 'Stacked bar chart of the roles of people present at # meeting.',
                other: 'Stacked bar chart of the roles of people present at each of # meetings.',
              })}
              unit={t`People present, by role`}
              bars={mix.map((m) => ({
                key: m.meeting.id,
                label: barDay(m.meeting.date),
                segments: usedRoles.map((r) => ({ value: m.counts[r], pattern: ROLE_PATTERN[r] })),
              }))}
            />
          </>
        }
        table={
          <table class="data-table">
            <caption class="visually-hidden">{t`Roles of the people present at each meeting`}</caption>
            <thead>
              <tr>
                <th scope="col">{t({ message: 'Date', comment: 'Column heading: a meeting’s date' })}</th>
                {usedRoles.map((r) => (
                  <th key={r} scope="col">
                    {roleName(r)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {mix.map((m) => (
                <tr key={m.meeting.id}>
                  <th scope="row">{formatDay(m.meeting.date, 'date')}</th>
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
        <h3 id="members-heading">{t`Each member’s attendance`}</h3>
        <p class="hint">{t`Meetings present out of the meetings held since they joined, and how long they have been involved.`}</p>
        <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="members-heading">
          <table class="data-table member-table">
            <caption class="visually-hidden">{t`Each member’s attendance and time involved`}</caption>
            <thead>
              <tr>
                <th scope="col">{t({ message: 'Member', comment: 'Column heading: a member of the group' })}</th>
                <th scope="col">{t({ message: 'Came to', comment: 'Column heading: how many meetings a member came to' })}</th>
                <th scope="col">
                  <span class="visually-hidden">{t`Attendance as a bar`}</span>
                </th>
                <th scope="col">{t`Involved for`}</th>
              </tr>
            </thead>
            <tbody>
              {members.map((m) => (
                <tr key={m.person.id}>
                  <th scope="row">
                    {m.person.name}
                    <span class="hint-inline"> · {ROLE_LABELS[m.person.role]}</span>
                  </th>
                  <td>{attendedWords(m)}</td>
                  <td>
                    <InlineBar rate={m.rate} />
                  </td>
                  <td>{involvedWords(m)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <p class="hint print-hide">
        <button type="button" class="btn" onClick={() => window.print()}>
          {t`Print this page`}
        </button>
      </p>
    </div>
  );
}
