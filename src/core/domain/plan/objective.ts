import { msg } from '@lingui/core/macro';
import { z } from 'zod';
import { baseFields } from '../base';
import { recordId, requiredText } from '../fields';
import { defineRecordType } from '../record-type';

/** Something specific the group means to get done to bring an outcome about. */
export const objectiveSchema = z.object({
  ...baseFields,
  outcomeId: recordId,
  title: requiredText('Objective', 300),
  order: z.number().finite(),
});
export type Objective = z.infer<typeof objectiveSchema>;

export const objectiveType = defineRecordType({
  collection: 'objectives',
  noun: msg({ message: 'objective', comment: 'A kind of record, inside messages such as “That member is no longer here”' }),
  schema: objectiveSchema,
  version: 1,
  index: { k1: 'outcomeId' },
});
