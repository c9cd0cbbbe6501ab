import { msg, t } from '@lingui/core/macro';
import { z } from 'zod';
import { baseFields } from './base';
import { isoDate } from './fields';
import { defineRecordType } from './record-type';
import { formatNumber } from '../format/intl';

export const MAX_ANSWER_LENGTH = 2_000;
const MAX_ANSWERS = 200;

/** One answer: a scale point, a choice index, yes/no, or free text. */
export const answerSchema = z.union([
  z.number().int().min(0).max(20),
  z.boolean(),
  z.string().max(MAX_ANSWER_LENGTH, {
    error: () => {
      const max = formatNumber(MAX_ANSWER_LENGTH);
      return t`An answer can be at most ${max} characters.`;
    },
  }),
]);
export type Answer = z.infer<typeof answerSchema>;

export const RESPONSE_SOURCES = ['kiosk', 'paper'] as const;
export type ResponseSource = (typeof RESPONSE_SOURCES)[number];

/** The only moment a response may carry: the start of its day, so it says nothing about the hour. */
export const dayStart = (day: string) => `${day}T00:00:00.000Z`;

/**
 * An anonymous response. It carries no person, no device and no time finer than the day
 * (`createdAt` is the day at 00:00 UTC, not the moment). Unknown fields are dropped by the
 * schema, so a name or device cannot ride along.
 */
export const responseSchema = z
  .object({
    ...baseFields,
    questionnaireId: z.string().min(1).max(64),
    day: isoDate('Response day'),
    meetingId: z.string().max(64).optional(),
    source: z.enum(RESPONSE_SOURCES).optional(),
    answers: z
      .record(z.string().max(64), answerSchema)
      .refine((a) => Object.keys(a).length <= MAX_ANSWERS, { error: () => t`A response can answer at most ${MAX_ANSWERS} questions.` }),
  })
  .refine((r) => r.createdAt === dayStart(r.day), {
    error: () => t`A response keeps only the day it was given, never the time.`,
    path: ['createdAt'],
  });
export type FeedbackResponse = z.infer<typeof responseSchema>;

export const responseType = defineRecordType({
  collection: 'responses',
  noun: msg({ message: 'response', comment: 'A kind of record, inside messages such as “That member is no longer here”' }),
  schema: responseSchema,
  version: 1,
  index: { k1: 'questionnaireId', k2: 'day' },
  // One pack per questionnaire per day: a kiosk session's answers, read together in results.
  packBy: (r) => `${r.questionnaireId}/${r.day}`,
});
