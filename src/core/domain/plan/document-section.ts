import { msg } from '@lingui/core/macro';
import { z } from 'zod';
import { baseFields } from '../base';
import { longText, recordId, requiredText } from '../fields';
import { defineRecordType } from '../record-type';

export const SECTION_BODY_MAX = 10_000;

/**
 * One section of a living document, in its own record with its body as Y.Text: two
 * facilitators editing different sections offline both keep their edits, and two editing
 * the same section have their typing merged.
 */
export const documentSectionSchema = z.object({
  ...baseFields,
  documentId: recordId,
  heading: requiredText('Section heading', 120),
  body: longText('Section text', SECTION_BODY_MAX),
  order: z.number().finite(),
  /** Which template section it started as. */
  key: z.string().max(40).optional(),
});
export type DocumentSection = z.infer<typeof documentSectionSchema>;

export const documentSectionType = defineRecordType({
  collection: 'documentSections',
  noun: msg({ message: 'section', comment: 'A kind of record, inside messages such as “That member is no longer here”' }),
  schema: documentSectionSchema,
  version: 1,
  textFields: ['body'],
  index: { k1: 'documentId' },
});
