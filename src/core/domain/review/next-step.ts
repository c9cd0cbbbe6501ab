import { msg } from '@lingui/core/macro';
import { z } from 'zod';
import { baseFields } from '../base';
import { requiredText } from '../fields';
import { defineRecordType } from '../record-type';

/**
 * One thing the group will do next, agreed in a learning review. Each step is its own
 * record, so steps added on two devices offline are all kept. `actionId` is set once the
 * step has been turned into an action with an owner and a due date.
 */
export const nextStepSchema = z.object({
  ...baseFields,
  reviewId: z.string().min(1).max(64),
  text: requiredText('Next step', 300),
  actionId: z.string().max(64).optional(),
});
export type NextStep = z.infer<typeof nextStepSchema>;

export const nextStepType = defineRecordType({
  collection: 'reviewNextSteps',
  noun: msg({ message: 'next step', comment: 'A kind of record, inside messages such as “That member is no longer here”' }),
  schema: nextStepSchema,
  version: 1,
  index: { k1: 'reviewId' },
});
