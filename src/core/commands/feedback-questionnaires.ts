import type * as Y from 'yjs';
import { FEEDBACK_SETTINGS_ID, feedbackSettingsType } from '../domain/feedback/settings';
import { MAX_QUESTIONS, questionnaireType, type Question, type Questionnaire } from '../domain/questionnaire';
import { findTemplate } from '../feedback/templates';
import { newId } from '../ids';
import { fail, ok, type Result } from '../result';
import { archiveRecord, insertRecord, updateRecord } from './records';
import { readRecord } from '../read/records';

export interface QuestionnaireInput {
  title: string;
  intro?: string;
  questions?: Question[];
  template?: string;
}

/** Starts a questionnaire from scratch (it may have no questions yet). */
export function createQuestionnaire(doc: Y.Doc, input: QuestionnaireInput): Result<Questionnaire> {
  if ((input.questions?.length ?? 0) > MAX_QUESTIONS) return fail(`A questionnaire can have at most ${MAX_QUESTIONS} questions.`);
  return insertRecord(doc, questionnaireType, {
    title: input.title,
    questions: input.questions ?? [],
    ...(input.intro ? { intro: input.intro } : {}),
    ...(input.template ? { template: input.template } : {}),
  });
}

/** A new questionnaire holding a copy of a template's questions, ready to change. */
export function createFromTemplate(doc: Y.Doc, templateId: string): Result<Questionnaire> {
  const template = findTemplate(templateId);
  if (!template) return fail('That template is not available in this version of the app.');
  return createQuestionnaire(doc, {
    title: template.title,
    intro: template.intro,
    questions: template.questions.map((q) => ({ ...q })),
    template: template.id,
  });
}

/** Saves changes to a questionnaire's title, introduction or questions. */
export function saveQuestionnaire(doc: Y.Doc, id: string, patch: Partial<Pick<QuestionnaireInput, 'title' | 'intro' | 'questions'>>): Result<Questionnaire> {
  if ((patch.questions?.length ?? 0) > MAX_QUESTIONS) return fail(`A questionnaire can have at most ${MAX_QUESTIONS} questions.`);
  const clean = { ...patch };
  if (clean.intro !== undefined && !clean.intro.trim()) clean.intro = undefined;
  if (clean.questions) {
    // A blank line in the options box is not an option.
    clean.questions = clean.questions.map((q) => (q.options ? { ...q, options: q.options.filter((o) => o.trim()) } : q));
    const blank = clean.questions.findIndex((q) => !q.text.trim());
    if (blank >= 0) return fail(`Question ${blank + 1} has no wording yet. Write the question, or remove it.`);
  }
  return updateRecord(doc, questionnaireType, id, clean);
}

export function archiveQuestionnaire(doc: Y.Doc, id: string, archived = true): Result<void> {
  return archiveRecord(doc, questionnaireType, id, archived);
}


/** A blank question of a kind, with a fresh id. */
export function newQuestion(kind: Question['kind'], text = ''): Question {
  return { id: newId('q-'), kind, text, ...(kind === 'choice' ? { options: ['', ''] } : {}) };
}


/** Sets the fewest answers (3 to 10) before results are shown. */
export function setAnonymityThreshold(doc: Y.Doc, threshold: number): Result<number> {
  const existing = readRecord(doc, feedbackSettingsType, FEEDBACK_SETTINGS_ID);
  const result = existing
    ? updateRecord(doc, feedbackSettingsType, FEEDBACK_SETTINGS_ID, { threshold })
    : insertRecord(doc, feedbackSettingsType, { id: FEEDBACK_SETTINGS_ID, threshold });
  return result.ok ? ok(result.value.threshold) : result;
}

// Until the kiosk and the pack import them from core/read (MIGRATION.md).
export { readAnonymityThreshold, readQuestionnaire } from '../read/feedback';
