import { t } from '@lingui/core/macro';
import * as Y from 'yjs';
import { attendanceId, attendanceType, type Mark } from '../domain/attendance';
import { meetingType } from '../domain/meeting';
import { personType, type Person } from '../domain/person';
import { fail, ok, type Result } from '../result';
import { getRecordMap } from '../doc/project-doc';
import { insertRecord, removeRecord, transact, updateRecord } from './records';
import type { Attendance } from '../domain/attendance';
import { todayIso } from '../ids';
import { readAll, readRecord } from '../read/records';
import { nameKey, sameNamedPerson } from '../meetings/walk-in-match';
import { readMark } from '../read/attendance';

/** Marks one person present, apologies or absent at a meeting. Marking again changes the mark. */
export function markAttendance(doc: Y.Doc, meetingId: string, personId: string, mark: Mark): Result<Attendance> {
  if (!getRecordMap(doc, meetingType, meetingId)) return fail(t`That meeting is no longer here.`);
  if (!getRecordMap(doc, personType, personId)) return fail(t`That person is no longer in the project, so they cannot be marked.`);
  const id = attendanceId(meetingId, personId);
  if (getRecordMap(doc, attendanceType, id)) return updateRecord(doc, attendanceType, id, { mark });
  return insertRecord(doc, attendanceType, { id, meetingId, personId, mark });
}

/** A mark the register changed, and what it was before (for undo). */
export interface MarkChange {
  personId: string;
  previous: Mark | undefined;
}

/**
 * Writes a run of register taps in one transaction, so a quick run of taps is saved once.
 * Marks already as tapped are left alone. A mark that cannot be written (the person or the
 * meeting removed on another device) is skipped, and the last such refusal is given back.
 */
export function markRegister(
  doc: Y.Doc,
  meetingId: string,
  taps: Iterable<readonly [personId: string, mark: Mark]>,
): { changes: MarkChange[]; refused: string | null } {
  const changes: MarkChange[] = [];
  let refused: string | null = null;
  transact(doc, () => {
    for (const [personId, mark] of taps) {
      const record = getRecordMap(doc, attendanceType, attendanceId(meetingId, personId));
      const previous = record ? readMark(record, meetingId)?.mark : undefined;
      if (previous === mark) continue;
      const result = markAttendance(doc, meetingId, personId, mark);
      if (result.ok) changes.push({ personId, previous });
      else refused = result.message;
    }
  });
  return { changes, refused };
}

/** Takes a mark back (undo), leaving the person unmarked. */
export function clearAttendance(doc: Y.Doc, meetingId: string, personId: string): void {
  removeRecord(doc, attendanceType, attendanceId(meetingId, personId));
}

/** Undo: puts a person's mark back to what it was before (or to no mark at all). */
export function restoreAttendance(doc: Y.Doc, meetingId: string, personId: string, previous: Mark | undefined): Result<void> {
  if (previous === undefined) {
    clearAttendance(doc, meetingId, personId);
    return ok(undefined);
  }
  const result = markAttendance(doc, meetingId, personId, previous);
  return result.ok ? ok(undefined) : result;
}

/**
 * Someone who turns up without being a member: added as a guest by name only and marked
 * present, in one step. They can be made a member later. A name that is already in the
 * project (a member, someone marked "Interested", an earlier walk-in) marks that person
 * present instead, so nobody is in the project twice; `asNew` adds a new person anyway
 * (two people can share a name).
 */
export function addWalkIn(
  doc: Y.Doc,
  meetingId: string,
  name: string,
  options: { asNew?: boolean } = {},
): Result<{ person: Person; attendance: Attendance; matched: boolean }> {
  if (!getRecordMap(doc, meetingType, meetingId)) return fail(t`That meeting is no longer here.`);
  if (!options.asNew && nameKey(name)) {
    const people = readAll(doc, personType).filter((p) => !p.archived);
    const same = sameNamedPerson(people, name);
    if (same) {
      const attendance = markAttendance(doc, meetingId, same.id, 'present');
      return attendance.ok ? ok({ person: same, attendance: attendance.value, matched: true }) : attendance;
    }
    const typed = name.trim();
    if (people.some((p) => nameKey(p.name) === nameKey(name))) {
      return fail(t`More than one person in the project is called ${typed}. Choose which one came from the names offered, or add them as someone new.`);
    }
  }
  return transact(doc, () => {
    const person = insertRecord(doc, personType, { name, role: 'other', status: 'active', guest: true });
    if (!person.ok) return person;
    const attendance = markAttendance(doc, meetingId, person.value.id, 'present');
    if (!attendance.ok) return attendance;
    return ok({ person: person.value, attendance: attendance.value, matched: false });
  });
}

/** Turns a walk-in guest into a member. Their attendance so far stays with them. */
export function makeMember(doc: Y.Doc, personId: string, today = todayIso()): Result<Person> {
  const person = readRecord(doc, personType, personId);
  if (!person) return fail(t`That person is no longer in the project.`);
  if (!person.guest) return ok(person);
  return updateRecord(doc, personType, personId, { guest: false, ...(person.joinedOn ? {} : { joinedOn: today }) });
}
