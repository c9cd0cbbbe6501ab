import { msg } from '@lingui/core/macro';
import { z } from 'zod';
import { baseFields } from '../base';
import { isoDate, longText } from '../fields';
import { defineRecordType } from '../record-type';

/**
 * The group's own definition of co-production, and when it and the values were agreed.
 * Normally there is one; if two devices each start one while offline, both are kept and the
 * screen offers to keep one (nothing typed is lost).
 */
export const statementSchema = z.object({
  ...baseFields,
  definition: longText('Your definition', 5_000),
  definitionAgreedOn: isoDate('Date the definition was agreed').optional(),
  valuesAgreedOn: isoDate('Date the values were agreed').optional(),
  /** The meeting where they were agreed, if any. */
  agreedMeetingId: z.string().max(64).optional(),
});
export type Statement = z.infer<typeof statementSchema>;

export const statementType = defineRecordType({
  collection: 'coproductionStatements',
  noun: msg({ message: 'definition', comment: 'A kind of record, inside messages such as “That member is no longer here”' }),
  schema: statementSchema,
  version: 1,
  textFields: ['definition'],
});
