import { msg } from '@lingui/core/macro';
import { z } from 'zod';
import { baseFields } from '../base';
import { longText, requiredText, shortText } from '../fields';
import { defineRecordType } from '../record-type';

/** One of the group's values, such as "Equality" and what it means to them. */
export const groupValueSchema = z.object({
  ...baseFields,
  name: requiredText('Value', 80),
  meaning: longText('What it means to us', 1_000).optional(),
  order: z.number().finite(),
  /** Which starting suggestion it came from, if any. */
  suggestion: shortText('Suggestion', 40).optional(),
});
export type GroupValue = z.infer<typeof groupValueSchema>;

export const groupValueType = defineRecordType({
  collection: 'groupValues',
  noun: msg({ message: 'value', comment: 'A kind of record, inside messages such as “That member is no longer here”' }),
  schema: groupValueSchema,
  version: 1,
});
