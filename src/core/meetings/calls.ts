import type { Attendance } from '../domain/attendance';
import type { Meeting } from '../domain/meeting';
import type { MemberCall } from '../domain/meeting-day/member-call';
import type { Person } from '../domain/person';
import { addDays } from '../format/calendar';
import { likelyAttendees } from './expected';
import { marksFor } from './papers';

/** A member who joined this many weeks before a meeting (or less) still counts as new. */
export const NEW_MEMBER_WEEKS = 4;

export interface CallNeeded {
  person: Person;
  reason: 'first-meeting' | 'joined-recently';
  call?: MemberCall;
}

/**
 * New members who should get a short call before a meeting: anyone expected who has not
 * been present at an earlier meeting, or who joined in the last few weeks.
 */
export function callsNeeded(input: {
  meeting: Meeting;
  meetings: readonly Meeting[];
  people: readonly Person[];
  attendance: readonly Attendance[];
  calls: readonly MemberCall[];
}): CallNeeded[] {
  const { meeting } = input;
  const dates = new Map(input.meetings.map((m) => [m.id, m.date]));
  const cameBefore = new Set<string>();
  for (const a of input.attendance) {
    const date = dates.get(a.meetingId);
    if (a.mark === 'present' && !a.archived && date !== undefined && date < meeting.date) cameBefore.add(a.personId);
  }
  const calls = new Map(input.calls.filter((c) => c.meetingId === meeting.id && !c.archived).map((c) => [c.personId, c]));
  const recently = addDays(meeting.date, -7 * NEW_MEMBER_WEEKS);
  const out: CallNeeded[] = [];
  for (const person of likelyAttendees(input.people, marksFor(meeting.id, input.attendance))) {
    const reason = !cameBefore.has(person.id)
      ? 'first-meeting'
      : person.joinedOn && person.joinedOn >= recently && person.joinedOn <= meeting.date
        ? 'joined-recently'
        : null;
    if (!reason) continue;
    const call = calls.get(person.id);
    out.push(call ? { person, reason, call } : { person, reason });
  }
  return out;
}
