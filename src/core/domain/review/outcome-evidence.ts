import type { MessageDescriptor } from '@lingui/core';
import { msg, t } from '@lingui/core/macro';
import { z } from 'zod';
import { baseFields } from '../base';
import { isoDate, longText } from '../fields';
import { defineRecordType } from '../record-type';
import { requiredLongText } from './text';

/** How far the group agrees it has come on an outcome, in plain words. */
export const OUTCOME_STATUSES = ['not-started', 'some-progress', 'good-progress', 'achieved', 'not-achieved'] as const;
export type OutcomeStatusValue = (typeof OUTCOME_STATUSES)[number];
/** Shown with `i18n._(…)` in the language of the screen or of the pack. */
export const OUTCOME_STATUS_LABELS: Record<OutcomeStatusValue, MessageDescriptor> = {
  'not-started': msg({ message: 'Not started', comment: 'How far a group has come on one of its outcomes' }),
  'some-progress': msg({ message: 'Some progress', comment: 'How far a group has come on one of its outcomes' }),
  'good-progress': msg({ message: 'Good progress', comment: 'How far a group has come on one of its outcomes' }),
  achieved: msg({ message: 'Achieved', comment: 'How far a group has come on one of its outcomes' }),
  'not-achieved': msg({ message: 'Not achieved', comment: 'How far a group has come on one of its outcomes' }),
};

const outcomeRef = z.string().min(1).max(60);

/**
 * The status the group agreed for one outcome. Its id comes from the outcome's id, so two
 * devices setting the status of the same outcome end up with one record.
 */
export const outcomeStatusSchema = z.object({
  ...baseFields,
  outcomeId: outcomeRef,
  status: z.enum(OUTCOME_STATUSES, { error: () => t`Choose a status from the list.` }),
  agreedOn: isoDate('Date agreed').optional(),
  note: longText('Why the group chose this', 2_000).optional(),
});
export type OutcomeStatus = z.infer<typeof outcomeStatusSchema>;

export const outcomeStatusId = (outcomeId: string) => `os:${outcomeId}`;

export const outcomeStatusType = defineRecordType({
  collection: 'outcomeStatuses',
  noun: msg({ message: 'outcome status', comment: 'A kind of record, inside messages such as “That member is no longer here”' }),
  schema: outcomeStatusSchema,
  version: 1,
  textFields: ['note'],
  index: { k1: 'outcomeId' },
});

/** A note the facilitator attaches to an outcome, or to one of its measures, as evidence. */
export const evidenceNoteSchema = z.object({
  ...baseFields,
  outcomeId: outcomeRef,
  measureId: z.string().min(1).max(64).optional(),
  text: requiredLongText('Evidence note', 2_000),
  notedOn: isoDate('Date of the note'),
});
export type EvidenceNote = z.infer<typeof evidenceNoteSchema>;

export const evidenceNoteType = defineRecordType({
  collection: 'evidenceNotes',
  noun: msg({ message: 'evidence note', comment: 'A kind of record, inside messages such as “That member is no longer here”' }),
  schema: evidenceNoteSchema,
  version: 1,
  textFields: ['text'],
  index: { k1: 'outcomeId', k2: 'measureId' },
});
