import { t } from '@lingui/core/macro';
import type * as Y from 'yjs';
import { meetingType } from '../domain/meeting';
import { venueType, type CheckAnswer, type Venue, type VenueCheckKey } from '../domain/meeting-day/venue';
import { fail, type Result } from '../result';
import { archiveRecord, insertRecord, updateRecord } from './records';
import { readRecord } from '../read/records';

export interface VenueDetails {
  name: string;
  address?: string;
  notes?: string;
}

export function addVenue(doc: Y.Doc, details: VenueDetails & Partial<Record<VenueCheckKey, CheckAnswer>>): Result<Venue> {
  const { address, notes, ...rest } = details;
  return insertRecord(doc, venueType, { ...rest, ...(address?.trim() ? { address } : {}), notes: notes ?? '' });
}

export function updateVenue(doc: Y.Doc, venueId: string, details: Partial<VenueDetails>): Result<Venue> {
  const patch: Partial<VenueDetails> = { ...details };
  if ('address' in details && !details.address?.trim()) patch.address = undefined;
  return updateRecord(doc, venueType, venueId, patch);
}

/** Answers one line of the checklist: yes, no, or not checked (undefined). */
export function setVenueCheck(doc: Y.Doc, venueId: string, check: VenueCheckKey, answer: CheckAnswer | undefined): Result<Venue> {
  return updateRecord(doc, venueType, venueId, { [check]: answer });
}

export function archiveVenue(doc: Y.Doc, venueId: string, archived = true): Result<void> {
  return archiveRecord(doc, venueType, venueId, archived);
}

/** Holds a meeting at a venue from the list, or at no venue (undefined). */
export function chooseVenue(doc: Y.Doc, meetingId: string, venueId: string | undefined): Result<void> {
  if (!readRecord(doc, meetingType, meetingId)) return fail(t`That meeting is no longer here.`);
  if (venueId && !readRecord(doc, venueType, venueId)) return fail(t`That venue is no longer here. Choose another.`);
  const result = updateRecord(doc, meetingType, meetingId, { venueId });
  return result.ok ? { ok: true, value: undefined } : result;
}
