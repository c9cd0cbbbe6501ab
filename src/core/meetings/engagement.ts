import type { Attendance } from '../domain/attendance';
import type { Meeting } from '../domain/meeting';
import { ROLES, type Person, type Role } from '../domain/person';
import { daysBetween } from '../format/calendar';
import { compareText } from '../format/intl';

/** Meetings that have happened by `today`: not cancelled or archived, oldest first. */
export function heldMeetings(meetings: readonly Meeting[], today: string): Meeting[] {
  return meetings
    .filter((m) => !m.cancelled && !m.archived && m.date <= today)
    .sort((a, b) => a.date.localeCompare(b.date) || a.startTime.localeCompare(b.startTime) || a.id.localeCompare(b.id));
}

export interface MeetingTurnout {
  meeting: Meeting;
  present: number;
  apologies: number;
  absent: number;
}

/** How many came to each meeting held so far. */
export function groupAttendance(meetings: readonly Meeting[], attendance: readonly Attendance[], today: string): MeetingTurnout[] {
  const rows = new Map(heldMeetings(meetings, today).map((meeting) => [meeting.id, { meeting, present: 0, apologies: 0, absent: 0 }]));
  for (const a of attendance) {
    const row = rows.get(a.meetingId);
    if (row && !a.archived) row[a.mark]++;
  }
  return [...rows.values()];
}

export interface MemberEngagement {
  person: Person;
  /** When they first took part: the earlier of joining and their first mark. */
  since: string | null;
  /** Days from `since` to today (or to the day they left). */
  daysInvolved: number;
  /** Meetings held while they were involved. */
  meetingsSince: number;
  present: number;
  apologies: number;
  /** present ÷ meetingsSince, or null when no meeting was held in that time. */
  rate: number | null;
}

/** Each member's attendance over their time in the group (walk-in guests and archived people left out). */
export function memberEngagement(
  people: readonly Person[],
  meetings: readonly Meeting[],
  attendance: readonly Attendance[],
  today: string,
): MemberEngagement[] {
  const held = heldMeetings(meetings, today);
  const dateOf = new Map(held.map((m) => [m.id, m.date]));
  const byPerson = new Map<string, Attendance[]>();
  for (const a of attendance) {
    if (a.archived) continue;
    let list = byPerson.get(a.personId);
    if (!list) byPerson.set(a.personId, (list = []));
    list.push(a);
  }
  const out: MemberEngagement[] = [];
  for (const person of people) {
    if (person.archived || person.guest) continue;
    const marks = byPerson.get(person.id) ?? [];
    const markDates = marks.map((a) => dateOf.get(a.meetingId)).filter((d): d is string => d !== undefined);
    const firstMark = markDates.sort()[0];
    const since = [person.joinedOn, firstMark].filter((d): d is string => d !== undefined).sort()[0] ?? null;
    const until = person.status === 'left' && person.statusSince ? person.statusSince : today;
    const inWindow = (date: string | undefined) => date !== undefined && since !== null && date >= since && date <= until;
    const meetingsSince = since === null ? 0 : held.filter((m) => inWindow(m.date)).length;
    let present = 0;
    let apologies = 0;
    for (const a of marks) {
      if (!inWindow(dateOf.get(a.meetingId))) continue;
      if (a.mark === 'present') present++;
      if (a.mark === 'apologies') apologies++;
    }
    out.push({
      person,
      since,
      daysInvolved: since === null ? 0 : Math.max(0, daysBetween(since, until < since ? since : until)),
      meetingsSince,
      present,
      apologies,
      rate: meetingsSince > 0 ? present / meetingsSince : null,
    });
  }
  return out.sort((a, b) => compareText(a.person.name, b.person.name));
}

export type RoleOrUnknown = Role | 'unknown';
export const ROLE_MIX_KEYS: readonly RoleOrUnknown[] = [...ROLES, 'unknown'];

export interface MeetingRoleMix {
  meeting: Meeting;
  /** Present people by role; 'unknown' holds marks of people since erased. */
  counts: Record<RoleOrUnknown, number>;
  present: number;
}

/** The mix of roles among those present at each meeting held so far. */
export function roleMix(meetings: readonly Meeting[], attendance: readonly Attendance[], people: readonly Person[], today: string): MeetingRoleMix[] {
  const roleOf = new Map(people.map((p) => [p.id, p.role]));
  const rows = new Map(
    heldMeetings(meetings, today).map((meeting) => [
      meeting.id,
      { meeting, counts: Object.fromEntries(ROLE_MIX_KEYS.map((r) => [r, 0])) as Record<RoleOrUnknown, number>, present: 0 },
    ]),
  );
  for (const a of attendance) {
    if (a.mark !== 'present' || a.archived) continue;
    const row = rows.get(a.meetingId);
    if (!row) continue;
    row.counts[roleOf.get(a.personId) ?? 'unknown']++;
    row.present++;
  }
  return [...rows.values()];
}
