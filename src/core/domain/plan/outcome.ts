import { msg } from '@lingui/core/macro';
import { z } from 'zod';
import { baseFields } from '../base';
import { recordId, requiredText, shortText } from '../fields';
import { defineRecordType } from '../record-type';

/** A change the group expects to see because of its work. Belongs to one aim. */
export const outcomeSchema = z.object({
  ...baseFields,
  aimId: recordId,
  title: requiredText('Outcome', 300),
  order: z.number().finite(),
  /** Which starter outcome it came from, if any (the group may have reworded it). */
  starter: shortText('Starter outcome', 40).optional(),
});
export type Outcome = z.infer<typeof outcomeSchema>;

export const outcomeType = defineRecordType({
  collection: 'outcomes',
  noun: msg({ message: 'outcome', comment: 'A kind of record, inside messages such as “That member is no longer here”' }),
  schema: outcomeSchema,
  version: 1,
  index: { k1: 'aimId' },
});
