import type { Attendance } from '../domain/attendance';
import type { Meeting } from '../domain/meeting';
import type { Person } from '../domain/person';
import type { DocumentVersion } from '../domain/plan/document-version';
import type { PlanDocument } from '../domain/plan/plan-document';
import type { LearningReview } from '../domain/review/learning-review';
import { addDays, daysBetween } from '../format/calendar';
import { isHeld, isMember } from '../read/figures';

/*
 * Warning signs the app can see in its own records (issue 15 §3), as pure rules. A sign never
 * carries a name: where it is about one person it carries their id, for the facilitators'
 * own view to look up, and the wording elsewhere says only "a member".
 */

export type WarningSign =
  | { kind: 'attendance-falling'; meetingIds: string[] }
  | { kind: 'repeated-apologies'; personId: string; meetings: number }
  | { kind: 'newcomers-not-returning'; personIds: string[] }
  | { kind: 'terms-not-agreed'; meetingsHeld: number }
  | { kind: 'no-reflective-check'; daysSince: number | null };

/** Present at each held meeting, oldest first. */
function turnout(meetings: readonly Meeting[], attendance: readonly Attendance[], asOf: string) {
  const held = meetings
    .filter((m) => isHeld(m, asOf))
    .sort((a, b) => a.date.localeCompare(b.date) || a.startTime.localeCompare(b.startTime) || a.id.localeCompare(b.id));
  const present = new Map(held.map((m) => [m.id, 0]));
  for (const a of attendance) if (!a.archived && a.mark === 'present' && present.has(a.meetingId)) present.set(a.meetingId, present.get(a.meetingId)! + 1);
  return held.map((m) => ({ meeting: m, present: present.get(m.id)! }));
}

/** Fewer people at each of the last three meetings than at the one before it. */
export function attendanceFalling(meetings: readonly Meeting[], attendance: readonly Attendance[], asOf: string): WarningSign | null {
  const last = turnout(meetings, attendance, asOf).slice(-3);
  if (last.length < 3) return null;
  const falling = last[1]!.present < last[0]!.present && last[2]!.present < last[1]!.present;
  return falling ? { kind: 'attendance-falling', meetingIds: last.map((t) => t.meeting.id) } : null;
}

/** How many apologies in a row make a sign. */
export const APOLOGIES_IN_A_ROW = 3;

/** Members whose marks at their last three held meetings were all apologies. */
export function repeatedApologies(people: readonly Person[], meetings: readonly Meeting[], attendance: readonly Attendance[], asOf: string): WarningSign[] {
  const order = new Map(turnout(meetings, attendance, asOf).map((t, i) => [t.meeting.id, i]));
  const marks = new Map<string, { at: number; mark: Attendance['mark'] }[]>();
  for (const a of attendance) {
    const at = order.get(a.meetingId);
    if (a.archived || at === undefined) continue;
    const list = marks.get(a.personId) ?? [];
    list.push({ at, mark: a.mark });
    marks.set(a.personId, list);
  }
  const signs: WarningSign[] = [];
  for (const person of people) {
    if (!isMember(person) || person.status !== 'active') continue;
    const recent = (marks.get(person.id) ?? []).sort((a, b) => a.at - b.at).slice(-APOLOGIES_IN_A_ROW);
    if (recent.length === APOLOGIES_IN_A_ROW && recent.every((m) => m.mark === 'apologies'))
      signs.push({ kind: 'repeated-apologies', personId: person.id, meetings: APOLOGIES_IN_A_ROW });
  }
  return signs;
}

/**
 * People whose first time present was at a held meeting that has had at least two more meetings
 * since, and who have not been present again.
 */
export function newcomersNotReturning(meetings: readonly Meeting[], attendance: readonly Attendance[], asOf: string): WarningSign | null {
  const held = turnout(meetings, attendance, asOf);
  const order = new Map(held.map((t, i) => [t.meeting.id, i]));
  const present = new Map<string, number[]>();
  for (const a of attendance) {
    const at = order.get(a.meetingId);
    if (a.archived || a.mark !== 'present' || at === undefined) continue;
    present.set(a.personId, [...(present.get(a.personId) ?? []), at]);
  }
  const gone = [...present].filter(([, times]) => times.length === 1 && held.length - 1 - times[0]! >= 2).map(([id]) => id);
  return gone.length ? { kind: 'newcomers-not-returning', personIds: gone.sort() } : null;
}

/** Three meetings held and the terms of reference still not agreed. */
export function termsNotAgreed(
  meetings: readonly Meeting[],
  documents: readonly PlanDocument[],
  versions: readonly DocumentVersion[],
  asOf: string,
): WarningSign | null {
  const held = meetings.filter((m) => isHeld(m, asOf)).length;
  if (held < 3) return null;
  const terms = new Set(documents.filter((d) => d.kind === 'terms' && !d.archived).map((d) => d.id));
  const agreed = versions.some((v) => !v.archived && terms.has(v.documentId) && v.status === 'agreed');
  return agreed ? null : { kind: 'terms-not-agreed', meetingsHeld: held };
}

/** No learning review within the group's chosen rhythm (in days), counted from the first meeting when there has been none. */
export function noReflectiveCheck(reviews: readonly LearningReview[], meetings: readonly Meeting[], rhythmDays: number, asOf: string): WarningSign | null {
  const last = reviews
    .filter((r) => !r.archived && r.heldOn <= asOf)
    .map((r) => r.heldOn)
    .sort()
    .at(-1);
  const since =
    last ??
    meetings
      .filter((m) => isHeld(m, asOf))
      .map((m) => m.date)
      .sort()[0];
  if (!since) return null;
  const days = daysBetween(since, asOf);
  if (addDays(since, rhythmDays) >= asOf) return null;
  return { kind: 'no-reflective-check', daysSince: last ? days : null };
}
