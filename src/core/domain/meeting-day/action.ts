import { msg } from '@lingui/core/macro';
import { z } from 'zod';
import { baseFields } from '../base';
import { isoDate, requiredText } from '../fields';
import { defineRecordType } from '../record-type';

/** Something the group agreed someone will do, by when. */
export const actionSchema = z.object({
  ...baseFields,
  meetingId: z.string().min(1).max(64),
  what: requiredText('What needs doing', 300),
  /** Erasing the owner clears this; the action stays. */
  ownerPersonId: z.string().min(1).max(64).optional(),
  due: isoDate('Due date').optional(),
  done: z.boolean(),
  doneOn: isoDate('Date done').optional(),
});
export type Action = z.infer<typeof actionSchema>;

export const actionType = defineRecordType({
  collection: 'meetingActions',
  noun: msg({ message: 'action', comment: 'A kind of record, inside messages such as “That member is no longer here”' }),
  schema: actionSchema,
  version: 1,
  personRefs: ['ownerPersonId'],
  index: { k1: 'meetingId', k2: 'ownerPersonId' },
});
