import { z } from 'zod';
import { baseFields } from '../base';
import { requiredText, shortText } from '../fields';
import { defineRecordType } from '../record-type';

/** The group's living documents, each built from a template and edited section by section. */
export const DOCUMENT_KINDS = ['terms', 'ground-rules'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
export const DOCUMENT_KIND_LABELS: Record<DocumentKind, string> = {
  terms: 'Terms of reference',
  'ground-rules': 'Ground rules',
};

export const planDocumentSchema = z.object({
  ...baseFields,
  kind: z.enum(DOCUMENT_KINDS, { error: 'That kind of document is not known.' }),
  title: requiredText('Document title', 160),
  /** The template it was built from, so the pack can credit the guide. */
  template: shortText('Template', 60).optional(),
});
export type PlanDocument = z.infer<typeof planDocumentSchema>;

export const planDocumentType = defineRecordType({
  collection: 'planDocuments',
  noun: 'document',
  schema: planDocumentSchema,
  version: 1,
  index: { k1: 'kind' },
});
