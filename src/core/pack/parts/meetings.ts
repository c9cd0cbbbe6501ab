import { attendanceType } from '../../domain/attendance';
import { meetingType, type Meeting } from '../../domain/meeting';
import { venueType } from '../../domain/meeting-day/venue';
import { personType, ROLE_LABELS, ROLES } from '../../domain/person';
import { groupAttendance, memberEngagement, type MeetingTurnout } from '../../meetings/engagement';
import { formatDuration } from '../../format/dates';
import { attendanceFigures } from '../../review/evidence';
import { toCsv } from '../csv';
import { number, shortDate, compareCodes } from '../format';
import type { PackContext, PackFile, PackPart } from '../part';
import { peopleChart } from '../people-chart';
import type { ReportBlock } from '../report';
import { nameForPack } from '../../team/naming';
import { formatDateWith } from '../../format/intl';

const MARK_LABELS = { present: 'Present', apologies: 'Apologies', absent: 'Absent' } as const;

/**
 * The meeting record: how many met, who came (as numbers), and every meeting in a table. The
 * group's own pack also lists who came to each meeting, for the people who agreed to be named.
 */
export const meetingsPart: PackPart = {
  id: 'meetings',
  title: 'Meetings and attendance',
  section(ctx) {
    const meetings = sortedMeetings(ctx);
    if (meetings.length === 0) return null;
    const people = ctx.source.records(personType);
    const attendance = ctx.source.records(attendanceType);
    const figures = attendanceFigures({ meetings, attendance, people, asOf: ctx.asOf });
    const n = (value: number) => String(ctx.small.cell(value));
    const facts = [
      { label: 'Meetings held', value: number(figures.meetingsHeld) },
      ...(figures.meetingsPlanned ? [{ label: 'Meetings still to come', value: number(figures.meetingsPlanned) }] : []),
      ...(figures.meetingsCancelled ? [{ label: 'Meetings cancelled', value: number(figures.meetingsCancelled) }] : []),
      { label: 'Times people came', value: n(figures.attendances) },
      { label: 'People at each meeting, on average', value: n(figures.averagePresent) },
      { label: 'Different people who came', value: n(figures.peopleTakingPart) },
      { label: 'Came to half the meetings or more', value: ctx.small.count(figures.regularAttenders, 'person', 'people') },
      { label: 'Apologies sent', value: n(figures.apologies) },
    ];
    const involved = memberEngagement(people, meetings, attendance, ctx.asOf).filter((e) => e.person.status !== 'interested' && e.since !== null && e.since <= ctx.asOf);
    if (involved.length) {
      const days = involved.map((e) => e.daysInvolved).sort((a, b) => a - b);
      facts.push({ label: 'Half the members have been involved for', value: `${formatDuration(days[Math.floor((days.length - 1) / 2)]!)} or more` });
    }
    const blocks: ReportBlock[] = [{ kind: 'facts', items: facts }];
    const months = monthlyAverages(groupAttendance(meetings, attendance, ctx.asOf));
    const shownMonths = months.labels.map((label, i) => ({ label, value: months.values[i]! })).filter(({ value }) => !ctx.small.hides(value));
    if (shownMonths.length > 1) {
      blocks.push({
        kind: 'chart',
        chart: { title: 'People at meetings: average each month', labels: shownMonths.map((m) => m.label), values: shownMonths.map((m) => m.value), direction: 'up', unit: 'people on average' },
      });
    }
    if (shownMonths.length < months.labels.length) blocks.push({ kind: 'note', text: `Months when fewer than ${ctx.threshold} people came on average are not shown.` });
    if (figures.peopleTakingPart > 0) {
      const roles = ROLES.filter((r) => figures.peopleByRole[r]);
      blocks.push(...peopleChart(ctx, 'People who came, by how they are involved', roles.map((r) => ROLE_LABELS[r]), roles.map((r) => figures.peopleByRole[r] ?? 0)));
    }
    const marks = marksByMeeting(ctx);
    blocks.push({
      kind: 'table',
      caption: 'Every meeting',
      columns: [{ label: 'Date', short: true }, { label: 'Meeting' }, { label: 'Present', numeric: true }, { label: 'Apologies', numeric: true }],
      rows: meetings.map((m) => {
        const c = marks.get(m.id);
        if (m.cancelled) return [shortDate(m.date), `${m.title} (cancelled)`, '–', '–'];
        if (m.date > ctx.asOf) return [shortDate(m.date), `${m.title} (to come)`, '–', '–'];
        return [shortDate(m.date), m.title, n(c?.present ?? 0), n(c?.apologies ?? 0)];
      }),
    });
    return { id: 'meetings', title: 'Meetings and attendance', blocks };
  },
  files(ctx) {
    const meetings = sortedMeetings(ctx);
    if (meetings.length === 0) return [];
    const marks = marksByMeeting(ctx);
    const venues = new Map(ctx.source.records(venueType).map((v) => [v.id, v.name]));
    const files: PackFile[] = [
      {
        name: 'attendance-by-meeting.csv',
        about: 'One row for each meeting: date, times, place, and how many were present, sent apologies or were absent.',
        data: toCsv(
          ['Date', 'Meeting', 'Start', 'End', 'Place', 'Cancelled', 'Present', 'Apologies', 'Absent'],
          meetings.map((m) => {
            const c = marks.get(m.id);
            const place = m.place?.trim() || (m.venueId ? (venues.get(m.venueId) ?? '') : '');
            return [m.date, m.title, m.startTime, m.endTime, place, m.cancelled === true, ctx.small.cell(c?.present ?? 0), ctx.small.cell(c?.apologies ?? 0), ctx.small.cell(c?.absent ?? 0)];
          }),
        ),
      },
    ];
    if (ctx.options.audience === 'group') {
      const order = new Map(meetings.map((m, i) => [m.id, i]));
      const people = new Map(ctx.source.records(personType, { archived: true }).map((p) => [p.id, p]));
      const byName = new Intl.Collator('en-GB', { numeric: true });
      const rows = ctx.source
        .records(attendanceType)
        .filter((a) => order.has(a.meetingId))
        .map((a) => {
          const person = people.get(a.personId);
          return { at: order.get(a.meetingId)!, who: person ? nameForPack(person) : null, role: person?.role, mark: a.mark };
        })
        .filter((r): r is typeof r & { who: string } => r.who !== null)
        .sort((a, b) => a.at - b.at || byName.compare(a.who, b.who))
        .map(({ at, who, role, mark }) => [meetings[at]!.date, meetings[at]!.title, who, role ? ROLE_LABELS[role] : '', MARK_LABELS[mark]]);
      if (rows.length) {
        files.push({
          name: 'attendance-by-person.csv',
          about: 'The register for the people who agreed to be named: one row for each of them at each meeting (present, apologies or absent). Everyone else is counted in attendance-by-meeting.csv only.',
          data: toCsv(['Date', 'Meeting', 'Person', 'Role', 'Mark'], rows),
        });
      }
    }
    return files;
  },
  leftOut(ctx) {
    if (ctx.source.records(attendanceType).length === 0) return [];
    return [
      ctx.options.audience === 'partners'
        ? 'Who came to each meeting: only the numbers are shown.'
        : 'Who came to each meeting, for people who did not agree to be named: they are counted in the numbers only.',
    ];
  },
};

function sortedMeetings(ctx: PackContext): Meeting[] {
  return [...ctx.source.records(meetingType)].sort((a, b) => compareCodes(a.date, b.date) || compareCodes(a.startTime, b.startTime));
}

function marksByMeeting(ctx: PackContext) {
  const out = new Map<string, { present: number; apologies: number; absent: number }>();
  for (const a of ctx.source.records(attendanceType)) {
    let c = out.get(a.meetingId);
    if (!c) out.set(a.meetingId, (c = { present: 0, apologies: 0, absent: 0 }));
    c[a.mark]++;
  }
  return out;
}

/** Average number present at the meetings held in each month, from the meetings part's turnout figures. */
function monthlyAverages(turnout: readonly MeetingTurnout[]) {
  const totals = new Map<string, { meetings: number; present: number }>();
  for (const { meeting, present } of turnout) {
    const month = meeting.date.slice(0, 7);
    const t = totals.get(month) ?? { meetings: 0, present: 0 };
    t.meetings++;
    t.present += present;
    totals.set(month, t);
  }
  const months = [...totals.keys()].sort();
  return {
    labels: months.map((m) => formatDateWith(new Date(m + '-15T12:00:00Z'), { month: 'short', year: '2-digit', timeZone: 'UTC' })),
    values: months.map((m) => Math.round((totals.get(m)!.present / totals.get(m)!.meetings) * 10) / 10),
  };
}
