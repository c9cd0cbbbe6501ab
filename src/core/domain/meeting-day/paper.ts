import { msg, t } from '@lingui/core/macro';
import { z } from 'zod';
import { baseFields } from '../base';
import { isoDate, requiredText, shortText } from '../fields';
import { FORMATS } from '../person';
import { defineRecordType } from '../record-type';

/** A paper for a meeting: the agenda, last meeting's notes, a report to read. */
export const paperSchema = z.object({
  ...baseFields,
  meetingId: z.string().min(1).max(64),
  title: requiredText('Paper title', 200),
  note: shortText('Note about the paper', 300).optional(),
});
export type Paper = z.infer<typeof paperSchema>;

export const paperType = defineRecordType({
  collection: 'meetingPapers',
  noun: msg({ message: 'paper', comment: 'A kind of record, inside messages such as “That member is no longer here”' }),
  schema: paperSchema,
  version: 1,
  index: { k1: 'meetingId' },
});

/** One paper sent to one person, in one format. Keyed by paper and person, so two devices converge. */
export const paperSendSchema = z.object({
  ...baseFields,
  paperId: z.string().min(1).max(64),
  meetingId: z.string().min(1).max(64),
  personId: z.string().min(1).max(64),
  format: z.enum(FORMATS, { error: () => t`Choose a format from the list.` }),
  sentOn: isoDate('Date sent'),
});
export type PaperSend = z.infer<typeof paperSendSchema>;

export const paperSendId = (paperId: string, personId: string) => `${paperId}:${personId}`;

export const paperSendType = defineRecordType({
  collection: 'paperSends',
  noun: msg({ message: 'record of a paper sent', comment: 'A kind of record, inside messages such as “That member is no longer here”' }),
  schema: paperSendSchema,
  version: 1,
  personRefs: ['personId'],
  index: { k1: 'meetingId', k2: 'personId' },
});
