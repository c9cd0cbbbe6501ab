import { msg } from '@lingui/core/macro';
import { z } from 'zod';
import { baseFields } from '../base';
import { longText } from '../fields';
import { defineRecordType } from '../record-type';

export const REFLECTION_MAX = 5_000;

/**
 * The closing round: the group's own words on how the meeting went. Deliberately holds no
 * person: it is what the group said, not who said it.
 */
export const closingReflectionSchema = z.object({
  ...baseFields,
  meetingId: z.string().min(1).max(64),
  wentWell: longText('How today went', REFLECTION_MAX),
  couldBeBetter: longText('What could be better', REFLECTION_MAX),
});
export type ClosingReflection = z.infer<typeof closingReflectionSchema>;

export const closingReflectionType = defineRecordType({
  collection: 'closingReflections',
  noun: msg({ message: 'closing reflection', comment: 'A kind of record, inside messages such as “That member is no longer here”' }),
  schema: closingReflectionSchema,
  version: 1,
  textFields: ['wentWell', 'couldBeBetter'],
  index: { k1: 'meetingId' },
});
