import { msg, t } from '@lingui/core/macro';
import { z } from 'zod';
import { baseFields } from './base';
import { requiredText, shortText } from './fields';
import { defineRecordType } from './record-type';

export const QUESTION_KINDS = ['agree5', 'faces3', 'yesno', 'choice', 'text'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** What each kind of question is called in the editor; read when shown, so each is in the language chosen then. */
export const QUESTION_KIND_LABELS: Readonly<Record<QuestionKind, string>> = {
  get agree5() {
    return t({ message: 'Agree or disagree (five choices)', comment: 'A kind of question in a questionnaire' });
  },
  get faces3() {
    return t({ message: 'Three faces (easy read)', comment: 'A kind of question in a questionnaire' });
  },
  get yesno() {
    return t({ message: 'Yes or no', comment: 'A kind of question in a questionnaire' });
  },
  get choice() {
    return t({ message: 'Pick one option', comment: 'A kind of question in a questionnaire' });
  },
  get text() {
    return t({ message: 'Short written answer', comment: 'A kind of question in a questionnaire' });
  },
};

export const MAX_QUESTIONS = 200;
export const MAX_OPTIONS = 20;

export const questionSchema = z.object({
  id: z.string().min(1).max(64),
  kind: z.enum(QUESTION_KINDS),
  text: requiredText('Question', 500),
  options: z
    .array(requiredText('Option', 200))
    .max(MAX_OPTIONS, { error: () => t`A question can have at most ${MAX_OPTIONS} options.` })
    .optional(),
  /** Links the question to an outcome measure in the plan. */
  measureId: z.string().max(64).optional(),
});
export type Question = z.infer<typeof questionSchema>;

export const questionnaireSchema = z
  .object({
    ...baseFields,
    title: requiredText('Questionnaire title', 160),
    intro: shortText('Introduction', 1_000).optional(),
    questions: z.array(questionSchema).max(MAX_QUESTIONS, { error: () => t`A questionnaire can have at most ${MAX_QUESTIONS} questions.` }),
    template: z.string().max(64).optional(),
  })
  .superRefine((q, ctx) => {
    const seen = new Set<string>();
    q.questions.forEach((question, i) => {
      const number = i + 1;
      if (seen.has(question.id))
        ctx.addIssue({ code: 'custom', path: ['questions', i, 'id'], message: t`Question ${number} has the same id as another question.` });
      seen.add(question.id);
      if (question.kind === 'choice' && (question.options?.length ?? 0) < 2) {
        ctx.addIssue({ code: 'custom', path: ['questions', i, 'options'], message: t`Question ${number} needs at least two options to choose from.` });
      }
    });
  });
export type Questionnaire = z.infer<typeof questionnaireSchema>;

export const questionnaireType = defineRecordType({
  collection: 'questionnaires',
  noun: msg({ message: 'questionnaire', comment: 'A kind of record, inside messages such as “That member is no longer here”' }),
  schema: questionnaireSchema,
  version: 1,
});
