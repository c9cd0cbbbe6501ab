import { msg, t } from '@lingui/core/macro';
import { z } from 'zod';
import { baseFields } from '../base';
import { requiredText, shortText } from '../fields';
import { defineRecordType } from '../record-type';

/** The group's living documents, each built from a template and edited section by section. */
export const DOCUMENT_KINDS = ['terms', 'ground-rules'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
/** Read when shown, so each is in the language chosen then. */
export const DOCUMENT_KIND_LABELS: Readonly<Record<DocumentKind, string>> = {
  get terms() {
    return t`Terms of reference`;
  },
  get 'ground-rules'() {
    return t`Ground rules`;
  },
};

export const planDocumentSchema = z.object({
  ...baseFields,
  kind: z.enum(DOCUMENT_KINDS, { error: () => t`That kind of document is not known.` }),
  title: requiredText('Document title', 160),
  /** The template it was built from, so the pack can credit the guide. */
  template: shortText('Template', 60).optional(),
});
export type PlanDocument = z.infer<typeof planDocumentSchema>;

export const planDocumentType = defineRecordType({
  collection: 'planDocuments',
  noun: msg({ message: 'document', comment: 'A kind of record, inside messages such as “That member is no longer here”' }),
  schema: planDocumentSchema,
  version: 1,
  index: { k1: 'kind' },
});
