import { z } from 'zod';
import { baseFields } from '../base';
import { isoDate } from '../fields';
import { defineRecordType } from '../record-type';
import { requiredLongText } from './text';

/** Where the thing members raised came from. */
export const RAISED_KINDS = ['feedback-theme', 'reflection', 'note'] as const;
export type RaisedKind = (typeof RAISED_KINDS)[number];
export const RAISED_KIND_LABELS: Record<RaisedKind, string> = {
  'feedback-theme': 'Feedback',
  reflection: 'A reflection at a meeting',
  note: 'Something said or written',
};

/** One line of the "you said, we did" log: what members raised, and what changed because of it. */
export const youSaidWeDidSchema = z.object({
  ...baseFields,
  raisedKind: z.enum(RAISED_KINDS, { error: 'Choose where this came from.' }),
  youSaid: requiredLongText('What members said', 2_000),
  /** The record it came from (a questionnaire, a meeting, a note), when there is one. */
  sourceId: z.string().max(64).optional(),
  raisedOn: isoDate('Date it was raised').optional(),
  weDid: requiredLongText('What changed', 2_000),
  changedOn: isoDate('Date of the change'),
}).refine((e) => !e.raisedOn || e.raisedOn <= e.changedOn, {
  error: 'The change cannot come before the date it was raised.',
  path: ['changedOn'],
});
export type YouSaidWeDid = z.infer<typeof youSaidWeDidSchema>;

export const youSaidWeDidType = defineRecordType({
  collection: 'youSaidWeDid',
  noun: '“you said, we did” entry',
  schema: youSaidWeDidSchema,
  version: 1,
  textFields: ['youSaid', 'weDid'],
  index: { k1: 'changedOn', k2: 'raisedKind' },
});
