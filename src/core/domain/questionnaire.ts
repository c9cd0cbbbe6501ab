import { z } from 'zod';
import { baseFields } from './base';
import { requiredText, shortText } from './fields';
import { defineRecordType } from './record-type';

export const QUESTION_KINDS = ['agree5', 'faces3', 'yesno', 'choice', 'text'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** What each kind of question is called in the editor. */
export const QUESTION_KIND_LABELS: Record<QuestionKind, string> = {
  agree5: 'Agree or disagree (five choices)',
  faces3: 'Three faces (easy read)',
  yesno: 'Yes or no',
  choice: 'Pick one option',
  text: 'Short written answer',
};

export const MAX_QUESTIONS = 200;
export const MAX_OPTIONS = 20;

export const questionSchema = z.object({
  id: z.string().min(1).max(64),
  kind: z.enum(QUESTION_KINDS),
  text: requiredText('Question', 500),
  options: z.array(requiredText('Option', 200)).max(MAX_OPTIONS, { error: `A question can have at most ${MAX_OPTIONS} options.` }).optional(),
  /** Links the question to an outcome measure in the plan. */
  measureId: z.string().max(64).optional(),
});
export type Question = z.infer<typeof questionSchema>;

export const questionnaireSchema = z
  .object({
    ...baseFields,
    title: requiredText('Questionnaire title', 160),
    intro: shortText('Introduction', 1_000).optional(),
    questions: z.array(questionSchema).max(MAX_QUESTIONS, { error: `A questionnaire can have at most ${MAX_QUESTIONS} questions.` }),
    template: z.string().max(64).optional(),
  })
  .superRefine((q, ctx) => {
    const seen = new Set<string>();
    q.questions.forEach((question, i) => {
      if (seen.has(question.id)) ctx.addIssue({ code: 'custom', path: ['questions', i, 'id'], message: `Question ${i + 1} has the same id as another question.` });
      seen.add(question.id);
      if (question.kind === 'choice' && (question.options?.length ?? 0) < 2) {
        ctx.addIssue({ code: 'custom', path: ['questions', i, 'options'], message: `Question ${i + 1} needs at least two options to choose from.` });
      }
    });
  });
export type Questionnaire = z.infer<typeof questionnaireSchema>;

export const questionnaireType = defineRecordType({
  collection: 'questionnaires',
  noun: 'questionnaire',
  schema: questionnaireSchema,
  version: 1,
});
