import * as Y from 'yjs';
import { collectionMap } from '../doc/project-doc';
import { attendanceType, MARKS, type Mark } from '../domain/attendance';

/** The current mark of everyone marked at a meeting, read straight from the doc. */
export function meetingMarks(doc: Y.Doc, meetingId: string): Map<string, Mark> {
  const marks = new Map<string, Mark>();
  const prefix = meetingId + ':';
  collectionMap(doc, attendanceType.collection).forEach((record, key) => {
    if (!key.startsWith(prefix) || !(record instanceof Y.Map)) return;
    const entry = readMark(record, meetingId);
    if (entry) marks.set(entry.personId, entry.mark);
  });
  return marks;
}

/** A mark from one attendance record in the doc, if it is well formed and for this meeting. */
export function readMark(record: Y.Map<unknown>, meetingId: string): { personId: string; mark: Mark } | null {
  const mark = record.get('mark');
  const personId = record.get('personId');
  if (record.get('meetingId') !== meetingId || typeof personId !== 'string' || record.get('archived') === true) return null;
  return (MARKS as readonly unknown[]).includes(mark) ? { personId, mark: mark as Mark } : null;
}
