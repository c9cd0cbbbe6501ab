import { msg } from '@lingui/core/macro';
import { z } from 'zod';
import { baseFields } from '../base';
import { isoDate, shortText } from '../fields';
import { defineRecordType } from '../record-type';

/** A short call to a new member before a meeting, so they know what to expect. */
export const memberCallSchema = z.object({
  ...baseFields,
  meetingId: z.string().min(1).max(64),
  personId: z.string().min(1).max(64),
  calledOn: isoDate('Date of the call'),
  note: shortText('Note about the call', 300).optional(),
});
export type MemberCall = z.infer<typeof memberCallSchema>;

export const memberCallId = (meetingId: string, personId: string) => `${meetingId}:${personId}`;

export const memberCallType = defineRecordType({
  collection: 'memberCalls',
  noun: msg({ message: 'pre-meeting call', comment: 'A kind of record, inside messages such as “That member is no longer here”' }),
  schema: memberCallSchema,
  version: 1,
  personRefs: ['personId'],
  index: { k1: 'meetingId', k2: 'personId' },
});
