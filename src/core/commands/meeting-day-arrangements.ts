import { t } from '@lingui/core/macro';
import type * as Y from 'yjs';
import { meetingType } from '../domain/meeting';
import { ARRANGEMENT_KINDS, arrangementId, arrangementType, type Arrangement, type ArrangementKind } from '../domain/meeting-day/arrangement';
import { personType } from '../domain/person';
import { readRecord } from '../read/records';
import { fail, type Result } from '../result';
import { insertRecord, updateRecord } from './records';

export interface ArrangementChange {
  done?: boolean;
  /** Who is doing it; empty clears it. */
  by?: string;
}

/** Ticks (or un-ticks) one arrangement for one member at a meeting, and says who is doing it. */
export function setArrangement(doc: Y.Doc, meetingId: string, personId: string, kind: ArrangementKind, change: ArrangementChange): Result<Arrangement> {
  const meeting = readRecord(doc, meetingType, meetingId);
  if (!meeting || meeting.archived) return fail(t`That meeting is no longer here.`);
  if (!readRecord(doc, personType, personId)) return fail(t`That person is no longer in the project.`);
  if (!(ARRANGEMENT_KINDS as readonly string[]).includes(kind)) return fail(t`Choose an arrangement from the list.`);
  const id = arrangementId(meetingId, kind, personId);
  const by = change.by === undefined ? {} : { by: change.by.trim() ? change.by : undefined };
  const current = readRecord(doc, arrangementType, id);
  if (current) return updateRecord(doc, arrangementType, id, { ...(change.done === undefined ? {} : { done: change.done }), ...by, archived: undefined });
  return insertRecord(doc, arrangementType, { id, meetingId, personId, kind, done: change.done ?? false, ...(by.by ? { by: by.by } : {}) });
}
