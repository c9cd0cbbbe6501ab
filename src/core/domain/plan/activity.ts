import { msg } from '@lingui/core/macro';
import { z } from 'zod';
import { baseFields } from '../base';
import { isoDate, recordId, requiredText } from '../fields';
import { defineRecordType } from '../record-type';

/** One action towards an objective, with the team member who owns it and when it is due. */
export const activitySchema = z.object({
  ...baseFields,
  objectiveId: recordId,
  title: requiredText('Activity', 300),
  ownerId: recordId.optional(),
  due: isoDate('Due date').optional(),
  done: z.boolean().optional(),
  order: z.number().finite(),
});
export type Activity = z.infer<typeof activitySchema>;

export const activityType = defineRecordType({
  collection: 'activities',
  noun: msg({ message: 'activity', comment: 'A kind of record, inside messages such as “That member is no longer here”' }),
  schema: activitySchema,
  version: 1,
  personRefs: ['ownerId'],
  index: { k1: 'objectiveId', k2: 'ownerId' },
});
