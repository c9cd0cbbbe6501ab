import { msg } from '@lingui/core/macro';
import { z } from 'zod';
import { baseFields } from '../base';
import { longText, requiredText } from '../fields';
import { defineRecordType } from '../record-type';

/** What the project hopes to achieve, in a sentence. Outcomes hang off an aim. */
export const aimSchema = z.object({
  ...baseFields,
  title: requiredText('Aim', 300),
  detail: longText('More about this aim', 2_000).optional(),
  order: z.number().finite(),
});
export type Aim = z.infer<typeof aimSchema>;

export const aimType = defineRecordType({
  collection: 'aims',
  noun: msg({ message: 'aim', comment: 'A kind of record, inside messages such as “That member is no longer here”' }),
  schema: aimSchema,
  version: 1,
});
