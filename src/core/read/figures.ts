import type { Attendance } from '../domain/attendance';
import type { Meeting } from '../domain/meeting';
import type { Person } from '../domain/person';
import { BARRIER_REASONS, type Barrier, type BarrierReason } from '../domain/team/barrier';
import type { Training } from '../domain/team/training';

/*
 * One reader for each figure the app shows in more than one place (dashboard, Team, the
 * register, engagement charts, evidence, the pack). Screens and the pack call these and
 * nothing else, so the same count gives the same number everywhere. Each takes records as
 * stored (archived ones included) and decides for itself what to leave out.
 */

/** A member of the group: not archived and not a walk-in guest. */
export function isMember(person: Person): boolean {
  return !person.archived && !person.guest;
}

/** Members (not guests, not archived) whose status is active. Dashboard, Team, evidence and pack all show this. */
export function activeMemberCount(people: readonly Person[]): number {
  let n = 0;
  for (const person of people) if (isMember(person) && person.status === 'active') n++;
  return n;
}

/**
 * Members whose status is "interested": on the list, not taking part yet. Not the same as
 * the people who could not take part (`couldNotTakePart`), who are not members at all.
 */
export function interestedMemberCount(people: readonly Person[]): number {
  let n = 0;
  for (const person of people) if (isMember(person) && person.status === 'interested') n++;
  return n;
}

export interface CouldNotTakePart {
  /** Records of someone interested who could not take part (archived records left out). */
  total: number;
  /** Each record counts once under every reason it gives, so these can add up to more than `total`. */
  byReason: Record<BarrierReason, number>;
}

/** People recorded in Team as interested but unable to take part, and their reasons. */
export function couldNotTakePart(barriers: readonly Barrier[]): CouldNotTakePart {
  const byReason = Object.fromEntries(BARRIER_REASONS.map((r) => [r, 0])) as Record<BarrierReason, number>;
  let total = 0;
  for (const barrier of barriers) {
    if (barrier.archived) continue;
    total++;
    for (const reason of new Set(barrier.reasons)) byReason[reason]++;
  }
  return { total, byReason };
}

export interface TrainingGiven {
  /** Training records (archived ones left out), including those of members since erased. */
  sessions: number;
  /** Members, still in the project, with at least one training record. */
  membersTrained: number;
}

/** Training given, formal or informal, as recorded on members' pages in Team. */
export function trainingGiven(training: readonly Training[], people: readonly Person[]): TrainingGiven {
  const members = new Set(people.filter(isMember).map((p) => p.id));
  const trained = new Set<string>();
  let sessions = 0;
  for (const record of training) {
    if (record.archived) continue;
    sessions++;
    if (record.personId && members.has(record.personId)) trained.add(record.personId);
  }
  return { sessions, membersTrained: trained.size };
}

/** Meetings that count as held by `asOf`: not cancelled, not archived, on or before that day. */
export function isHeld(meeting: Meeting, asOf: string): boolean {
  return !meeting.cancelled && !meeting.archived && meeting.date <= asOf;
}

/**
 * Marks at one meeting, by mark: everyone marked, including people since erased (their marks
 * stay, under an anonymous id, so the meeting's numbers do not change when someone is erased).
 */
export function marksAtMeeting(attendance: readonly Attendance[], meetingId: string): { present: number; apologies: number; absent: number } {
  const counts = { present: 0, apologies: 0, absent: 0 };
  for (const a of attendance) if (!a.archived && a.meetingId === meetingId) counts[a.mark]++;
  return counts;
}
