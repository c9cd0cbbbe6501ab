import { msg, t } from '@lingui/core/macro';
import { z } from 'zod';
import { baseFields } from '../base';
import { isoDate, recordId, shortText } from '../fields';
import { defineRecordType } from '../record-type';

/** Draft → discussed → agreed, as the West Berkshire guide suggests over the first three meetings. */
export const DOCUMENT_STATUSES = ['draft', 'discussed', 'agreed'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];
/** Read when shown, so each is in the language chosen then. */
export const DOCUMENT_STATUS_LABELS: Readonly<Record<DocumentStatus, string>> = {
  get draft() {
    return t({ message: 'Draft', comment: 'Where a document stands: written, not yet discussed' });
  },
  get discussed() {
    return t({ message: 'Discussed', comment: 'Where a document stands: talked through by the group' });
  },
  get agreed() {
    return t({ message: 'Agreed', comment: 'Where a document stands: agreed by the group' });
  },
};

const snapshotSection = z.object({
  id: z.string().max(64),
  heading: z.string().max(200),
  body: z.string().max(20_000),
});
export type SnapshotSection = z.infer<typeof snapshotSection>;

/**
 * One step in a document's life: its status from then on, when and at which meeting, who
 * was there when it was agreed, and a copy of every section as it stood, so any two
 * versions can be compared.
 */
export const documentVersionSchema = z.object({
  ...baseFields,
  documentId: recordId,
  number: z.number().int().min(1),
  status: z.enum(DOCUMENT_STATUSES, { error: () => t`A document is a draft, discussed or agreed.` }),
  date: isoDate('Date'),
  meetingId: recordId.optional(),
  /** People present when it was agreed. */
  presentIds: z.array(recordId).max(500).optional(),
  /** Anyone else there, or a count when names were not taken ("and 3 guests"). */
  presentNote: shortText('Who else was there', 300).optional(),
  note: shortText('Note', 500).optional(),
  sections: z.array(snapshotSection).max(200),
});
export type DocumentVersion = z.infer<typeof documentVersionSchema>;

export const documentVersionType = defineRecordType({
  collection: 'documentVersions',
  noun: msg({ message: 'document version', comment: 'A kind of record, inside messages such as “That member is no longer here”' }),
  schema: documentVersionSchema,
  version: 1,
  personRefs: ['presentIds'],
  index: { k1: 'documentId', k2: 'status' },
});
