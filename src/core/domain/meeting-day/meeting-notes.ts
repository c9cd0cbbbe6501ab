import { msg } from '@lingui/core/macro';
import { z } from 'zod';
import { baseFields } from '../base';
import { longText } from '../fields';
import { defineRecordType } from '../record-type';

export const NOTES_MAX = 50_000;

/**
 * Notes taken during a meeting. The body is Y.Text, so two facilitators typing at once
 * merge. A meeting usually has one; if two devices start notes before they have synced,
 * both are kept and shown one after the other.
 */
export const meetingNotesSchema = z.object({
  ...baseFields,
  meetingId: z.string().min(1).max(64),
  body: longText('Notes', NOTES_MAX),
});
export type MeetingNotes = z.infer<typeof meetingNotesSchema>;

export const meetingNotesType = defineRecordType({
  collection: 'meetingNotes',
  noun: msg({ message: 'meeting notes', comment: 'A kind of record, inside messages such as “That member is no longer here”' }),
  schema: meetingNotesSchema,
  version: 1,
  textFields: ['body'],
  index: { k1: 'meetingId' },
});
