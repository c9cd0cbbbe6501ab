import { z } from 'zod';
import { baseFields } from './base';
import { requiredText, shortText } from './fields';
import { defineRecordType } from './record-type';

export const QUESTION_KINDS = ['agree5', 'faces3', 'yesno', 'choice', 'text'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export const questionSchema = z.object({
  id: z.string().min(1).max(64),
  kind: z.enum(QUESTION_KINDS),
  text: requiredText('Question', 500),
  options: z.array(requiredText('Option', 200)).max(20).optional(),
  /** Links the question to an outcome measure in the plan. */
  measureId: z.string().max(64).optional(),
});
export type Question = z.infer<typeof questionSchema>;

export const questionnaireSchema = z.object({
  ...baseFields,
  title: requiredText('Questionnaire title', 160),
  intro: shortText('Introduction', 1_000).optional(),
  questions: z.array(questionSchema).max(200, { error: 'A questionnaire can have at most 200 questions.' }),
  template: z.string().max(64).optional(),
});
export type Questionnaire = z.infer<typeof questionnaireSchema>;

export const questionnaireType = defineRecordType({
  collection: 'questionnaires',
  noun: 'questionnaire',
  schema: questionnaireSchema,
  version: 1,
});
