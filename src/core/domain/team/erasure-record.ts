import { msg } from '@lingui/core/macro';
import { z } from 'zod';
import { baseFields } from '../base';
import { isoDate } from '../fields';
import { defineRecordType } from '../record-type';

/**
 * That a person was erased: their old id (a random id, never their name) and the anonymous
 * id their attendance now carries. Every device uses it to anonymise references that arrive
 * late from a device that was offline when the erasure happened.
 */
export const erasureSchema = z.object({
  ...baseFields,
  personId: z.string().min(1).max(64),
  anonymousId: z.string().min(1).max(64),
  day: isoDate('Erasure day'),
});
export type Erasure = z.infer<typeof erasureSchema>;

export const erasureType = defineRecordType({
  collection: 'erasures',
  noun: msg({ message: 'erasure', comment: 'A kind of record, inside messages such as “That member is no longer here”' }),
  schema: erasureSchema,
  version: 1,
  index: { k1: 'personId' },
});
