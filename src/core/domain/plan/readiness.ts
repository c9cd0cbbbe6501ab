import { msg, t } from '@lingui/core/macro';
import { z } from 'zod';
import { baseFields } from '../base';
import { isoDate, longText } from '../fields';
import { defineRecordType } from '../record-type';

/**
 * The readiness check asks a few questions before a group commits to co-producing. They
 * follow the questions in the Iriss co-production project planner (flexibility, commitment,
 * something in it for everyone) and the West Yorkshire briefing paper's warning that a tight,
 * fixed brief risks tokenism.
 */
export const READINESS_QUESTIONS = ['need', 'flexibility', 'commitment', 'giveBack', 'timePressure'] as const;
export type ReadinessQuestion = (typeof READINESS_QUESTIONS)[number];

export const READINESS_ANSWERS = ['yes', 'partly', 'no', 'unsure'] as const;
export type ReadinessAnswerValue = (typeof READINESS_ANSWERS)[number];

/** One answer per question; the record id is the question, so two devices converge on one answer. */
export const readinessAnswerSchema = z.object({
  ...baseFields,
  question: z.enum(READINESS_QUESTIONS, { error: () => t`That is not one of the readiness questions.` }),
  answer: z.enum(READINESS_ANSWERS, { error: () => t`Choose yes, partly, no or not sure.` }),
  note: longText('Your note', 2_000).optional(),
  answeredOn: isoDate('Date answered'),
});
export type ReadinessAnswer = z.infer<typeof readinessAnswerSchema>;

export const readinessAnswerType = defineRecordType({
  collection: 'readinessAnswers',
  noun: msg({ message: 'readiness answer', comment: 'A kind of record, inside messages such as “That member is no longer here”' }),
  schema: readinessAnswerSchema,
  version: 1,
  index: { k1: 'question' },
});
