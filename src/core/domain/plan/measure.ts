import { msg, t } from '@lingui/core/macro';
import { z } from 'zod';
import { baseFields } from '../base';
import { recordId, requiredText } from '../fields';
import { defineRecordType } from '../record-type';

/**
 * How the group will know an outcome is happening. Its id is stable: a questionnaire
 * question can point at it (question.measureId) and the review shows evidence per measure.
 */
export const MEASURE_KINDS = ['question', 'count', 'observation'] as const;
export type MeasureKind = (typeof MEASURE_KINDS)[number];
/** Read when shown, so each is in the language chosen then. */
export const MEASURE_KIND_LABELS: Readonly<Record<MeasureKind, string>> = {
  get question() {
    return t`A question to ask`;
  },
  get count() {
    return t`Something to count`;
  },
  get observation() {
    return t`Something to notice`;
  },
};

/**
 * Figures the app already counts, which a measure can be linked to so its evidence comes
 * from the records themselves (see core/review/measure-figures.ts).
 */
export const FIGURE_SOURCES = ['taking-part', 'could-not-take-part', 'training', 'decisions-shared'] as const;
export type FigureSource = (typeof FIGURE_SOURCES)[number];

export const measureSchema = z.object({
  ...baseFields,
  outcomeId: recordId,
  kind: z.enum(MEASURE_KINDS, { error: () => t`Choose a question, a count or an observation.` }),
  text: requiredText('How we will know', 500),
  order: z.number().finite(),
  /** A figure the app counts for this measure; absent when the group gathers the evidence itself. */
  source: z.enum(FIGURE_SOURCES, { error: () => t`Choose a figure from the list.` }).optional(),
});
export type Measure = z.infer<typeof measureSchema>;

export const measureType = defineRecordType({
  collection: 'measures',
  noun: msg({ message: 'measure', comment: 'A kind of record, inside messages such as “That member is no longer here”' }),
  schema: measureSchema,
  version: 1,
  index: { k1: 'outcomeId', k2: 'kind' },
});
