import { z } from 'zod';
import { baseFields } from './base';
import { isoDate } from './fields';
import { defineRecordType } from './record-type';

/** One answer: a scale point, a choice index, yes/no, or free text. */
export const answerSchema = z.union([z.number().int().min(0).max(20), z.boolean(), z.string().max(2_000)]);

/**
 * An anonymous response. It carries no person, no device and no time finer than the day
 * (`createdAt` is set to the day, not the moment).
 */
export const responseSchema = z.object({
  ...baseFields,
  questionnaireId: z.string().min(1).max(64),
  day: isoDate('Response day'),
  meetingId: z.string().max(64).optional(),
  source: z.enum(['kiosk', 'paper']).optional(),
  answers: z.record(z.string().max(64), answerSchema),
});
export type FeedbackResponse = z.infer<typeof responseSchema>;

export const responseType = defineRecordType({
  collection: 'responses',
  noun: 'response',
  schema: responseSchema,
  version: 1,
  indexKeys: (r) => ({ k1: r.questionnaireId, k2: r.day }),
});
