import type * as Y from 'yjs';
import { attendanceId, attendanceType, type Mark } from '../domain/attendance';
import { meetingType } from '../domain/meeting';
import { personType } from '../domain/person';
import { fail, type Result } from '../result';
import { getRecordMap } from '../doc/project-doc';
import { insertRecord, removeRecord, updateRecord } from './records';
import type { Attendance } from '../domain/attendance';

/** Marks one person present, apologies or absent at a meeting. Marking again changes the mark. */
export function markAttendance(doc: Y.Doc, meetingId: string, personId: string, mark: Mark): Result<Attendance> {
  if (!getRecordMap(doc, meetingType, meetingId)) return fail('That meeting is no longer here.');
  if (!getRecordMap(doc, personType, personId)) return fail('That person is no longer in the project, so they cannot be marked.');
  const id = attendanceId(meetingId, personId);
  if (getRecordMap(doc, attendanceType, id)) return updateRecord(doc, attendanceType, id, { mark });
  return insertRecord(doc, attendanceType, { id, meetingId, personId, mark });
}

/** Takes a mark back (undo), leaving the person unmarked. */
export function clearAttendance(doc: Y.Doc, meetingId: string, personId: string): void {
  removeRecord(doc, attendanceType, attendanceId(meetingId, personId));
}
