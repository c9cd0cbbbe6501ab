import { plural, t } from '@lingui/core/macro';
import type { Attendance, Mark } from '../domain/attendance';
import type { Meeting } from '../domain/meeting';
import type { Paper, PaperSend } from '../domain/meeting-day/paper';
import type { Person } from '../domain/person';
import { daysBetween } from '../format/calendar';
import { formatDayFrom } from '../format/dates';
import { registerPeople } from './expected';

/** Papers should reach everyone at least this many days before a meeting. */
export const PAPERS_DUE_DAYS = 7;

export interface PaperStatus {
  papers: Paper[];
  /** Everyone who should get the papers (the meeting's register). */
  recipients: Person[];
  /** Recipients who have not yet been sent every paper. */
  waiting: Person[];
  /** Of those waiting, who needs easy read or large print. */
  easyRead: Person[];
  largePrint: Person[];
}

export function marksFor(meetingId: string, attendance: readonly Attendance[]): Map<string, Mark> {
  const marks = new Map<string, Mark>();
  for (const a of attendance) if (a.meetingId === meetingId && !a.archived) marks.set(a.personId, a.mark);
  return marks;
}

const wants = (format: 'easy-read' | 'large-print') => (p: Person) => p.inclusion?.formats?.includes(format) === true;

/** Who has and has not been sent a meeting's papers. */
export function paperStatus(
  meeting: Meeting,
  papers: readonly Paper[],
  sends: readonly PaperSend[],
  people: readonly Person[],
  attendance: readonly Attendance[],
): PaperStatus {
  const live = papers.filter((p) => p.meetingId === meeting.id && !p.archived);
  const sent = new Set(sends.filter((s) => s.meetingId === meeting.id && !s.archived).map((s) => `${s.paperId}:${s.personId}`));
  const recipients = registerPeople(people, marksFor(meeting.id, attendance));
  const waiting = live.length === 0 ? recipients : recipients.filter((person) => live.some((paper) => !sent.has(`${paper.id}:${person.id}`)));
  return { papers: live, recipients, waiting, easyRead: waiting.filter(wants('easy-read')), largePrint: waiting.filter(wants('large-print')) };
}

/**
 * True while papers can still help: from a week before the meeting until it starts.
 * `now` is the time of day ("14:30") on `today`; once the meeting has started, or its day
 * has gone, there is nothing left to send ahead of it.
 */
export function papersWindowOpen(meeting: Pick<Meeting, 'date' | 'startTime' | 'cancelled' | 'archived'>, today: string, now: string): boolean {
  if (meeting.cancelled || meeting.archived) return false;
  const daysAway = daysBetween(today, meeting.date);
  if (daysAway < 0 || daysAway > PAPERS_DUE_DAYS) return false;
  return daysAway > 0 || now < meeting.startTime;
}

/** The time of day on the device, "14:30". */
export function clockNow(now: Date = new Date()): string {
  return `${String(now.getHours()).padStart(2, '0')}:${String(now.getMinutes()).padStart(2, '0')}`;
}

export interface PapersDue extends PaperStatus {
  meeting: Meeting;
  daysAway: number;
  message: string;
}

/**
 * Meetings 7 days away or less (today included, until the meeting starts) whose papers have not gone to everyone,
 * soonest first. A meeting with no papers at all is due too: at least the agenda should go out.
 */
export function papersDue(input: {
  today: string;
  /** The time of day now ("14:30"); a meeting today that has already started needs no papers. */
  now: string;
  meetings: readonly Meeting[];
  papers: readonly Paper[];
  sends: readonly PaperSend[];
  people: readonly Person[];
  attendance: readonly Attendance[];
}): PapersDue[] {
  const out: PapersDue[] = [];
  for (const meeting of input.meetings) {
    if (!papersWindowOpen(meeting, input.today, input.now)) continue;
    const daysAway = daysBetween(input.today, meeting.date);
    const status = paperStatus(meeting, input.papers, input.sends, input.people, input.attendance);
    if (status.papers.length > 0 && status.waiting.length === 0) continue;
    const { title } = meeting;
    const waiting = status.waiting.length;
    const when = formatDayFrom(meeting.date, input.today);
    const message =
      status.papers.length === 0
        ? t({ message: `${title} is ${when} and has no papers yet. Add the agenda and send it out.`, comment: '{when} is "today", "tomorrow" or "in 5 days"' })
        : t({
            message: `${title} is ${when}. Papers have not gone to ${plural(waiting, { one: '# person', other: '# people' })} yet.`,
            comment: '{when} is "today", "tomorrow" or "in 5 days"',
          });
    out.push({ ...status, meeting, daysAway, message });
  }
  return out.sort((a, b) => a.daysAway - b.daysAway || a.meeting.startTime.localeCompare(b.meeting.startTime));
}
