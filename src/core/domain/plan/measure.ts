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
export const MEASURE_KIND_LABELS: Record<MeasureKind, string> = {
  question: 'A question to ask',
  count: 'Something to count',
  observation: 'Something to notice',
};

export const measureSchema = z.object({
  ...baseFields,
  outcomeId: recordId,
  kind: z.enum(MEASURE_KINDS, { error: 'Choose a question, a count or an observation.' }),
  text: requiredText('How we will know', 500),
  order: z.number().finite(),
});
export type Measure = z.infer<typeof measureSchema>;

export const measureType = defineRecordType({
  collection: 'measures',
  noun: 'measure',
  schema: measureSchema,
  version: 1,
  index: { k1: 'outcomeId', k2: 'kind' },
});
