import { t } from '@lingui/core/macro';
import type * as Y from 'yjs';
import { getRecordMap } from '../doc/project-doc';
import { meetingType, type Meeting } from '../domain/meeting';
import { venueType } from '../domain/meeting-day/venue';
import { fail, type Result } from '../result';
import { insertRecord, updateRecord } from './records';
import { readRecord } from '../read/records';

export interface MeetingDetails {
  title: string;
  date: string;
  startTime: string;
  endTime: string;
  venueId?: string;
  place?: string;
}

function checkDetails(doc: Y.Doc, details: Partial<MeetingDetails>): string | null {
  if ('date' in details && !details.date?.trim()) return t`Choose a date for the meeting.`;
  if ('startTime' in details && !details.startTime?.trim()) return t`Choose a start time for the meeting.`;
  if ('endTime' in details && !details.endTime?.trim()) return t`Choose an end time for the meeting.`;
  if (details.venueId && !getRecordMap(doc, venueType, details.venueId)) return t`That venue is no longer here. Choose another.`;
  return null;
}

/** Adds one meeting (whole series are planned elsewhere). Nothing is saved if a detail is missing or wrong. */
export function scheduleMeeting(doc: Y.Doc, details: MeetingDetails): Result<Meeting> {
  const problem = checkDetails(doc, details);
  if (problem) return fail(problem);
  const { venueId, place, ...rest } = details;
  return insertRecord(doc, meetingType, { ...rest, ...(venueId ? { venueId } : {}), ...(place?.trim() ? { place } : {}) });
}

/** Changes a meeting's title, date, times or place. Empty venue or place removes it. */
export function updateMeetingDetails(doc: Y.Doc, meetingId: string, details: Partial<MeetingDetails>): Result<Meeting> {
  const problem = checkDetails(doc, details);
  if (problem) return fail(problem);
  const patch: Partial<MeetingDetails> = { ...details };
  if ('venueId' in details && !details.venueId) patch.venueId = undefined;
  if ('place' in details && !details.place?.trim()) patch.place = undefined;
  return updateRecord(doc, meetingType, meetingId, patch);
}

/** Cancels a meeting, or puts it back on. Cancelled meetings stay in the list, shown as cancelled. */
export function setMeetingCancelled(doc: Y.Doc, meetingId: string, cancelled: boolean): Result<Meeting> {
  const meeting = readRecord(doc, meetingType, meetingId);
  if (!meeting) return fail(t`That meeting is no longer here.`);
  return updateRecord(doc, meetingType, meetingId, { cancelled: cancelled ? true : undefined });
}
