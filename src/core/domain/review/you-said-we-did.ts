import type { MessageDescriptor } from '@lingui/core';
import { msg, t } from '@lingui/core/macro';
import { z } from 'zod';
import { baseFields } from '../base';
import { isoDate } from '../fields';
import { defineRecordType } from '../record-type';
import { requiredLongText } from './text';

/** Where the thing members raised came from. */
export const RAISED_KINDS = ['feedback-theme', 'reflection', 'note'] as const;
export type RaisedKind = (typeof RAISED_KINDS)[number];
/** Shown with `i18n._(…)` in the language of the screen or of the pack. */
export const RAISED_KIND_LABELS: Record<RaisedKind, MessageDescriptor> = {
  'feedback-theme': msg({ message: 'Feedback', comment: 'Where something members raised came from: a questionnaire' }),
  reflection: msg`A reflection at a meeting`,
  note: msg`Something said or written`,
};

/** One line of the "you said, we did" log: what members raised, and what changed because of it. */
export const youSaidWeDidSchema = z
  .object({
    ...baseFields,
    raisedKind: z.enum(RAISED_KINDS, { error: () => t`Choose where this came from.` }),
    youSaid: requiredLongText('What members said', 2_000),
    /** The record it came from (a questionnaire, a meeting, a note), when there is one. */
    sourceId: z.string().max(64).optional(),
    raisedOn: isoDate('Date it was raised').optional(),
    weDid: requiredLongText('What changed', 2_000),
    changedOn: isoDate('Date of the change'),
  })
  .refine((e) => !e.raisedOn || e.raisedOn <= e.changedOn, {
    error: () => t`The change cannot come before the date it was raised.`,
    path: ['changedOn'],
  });
export type YouSaidWeDid = z.infer<typeof youSaidWeDidSchema>;

export const youSaidWeDidType = defineRecordType({
  collection: 'youSaidWeDid',
  noun: msg({ message: '“you said, we did” entry', comment: 'A kind of record, inside messages such as “That member is no longer here”' }),
  schema: youSaidWeDidSchema,
  version: 1,
  textFields: ['youSaid', 'weDid'],
  index: { k1: 'changedOn', k2: 'raisedKind' },
});
