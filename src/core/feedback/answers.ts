import { t } from '@lingui/core/macro';
import { cleanText } from '../domain/fields';
import type { Question, Questionnaire } from '../domain/questionnaire';
import { MAX_ANSWER_LENGTH, type Answer } from '../domain/response';
import { fail, ok, type Result } from '../result';
import { SCALE_POINTS } from './results';
import { formatNumber } from '../format/intl';

/** How many answer points a scale question has (choices count their options). */
export function answerCount(question: Question): number {
  if (question.kind === 'choice') return question.options?.length ?? 0;
  if (question.kind === 'text') return 0;
  return SCALE_POINTS[question.kind];
}

/**
 * Checks one person's answers against the questionnaire and tidies them: skipped and unknown
 * questions are left out, text is cleaned. Fails with a sentence the person can act on.
 */
export function checkAnswers(questionnaire: Questionnaire, answers: Record<string, unknown>): Result<Record<string, Answer>> {
  const out: Record<string, Answer> = {};
  for (const [i, question] of questionnaire.questions.entries()) {
    const given = answers[question.id];
    if (given === undefined || given === null || given === '') continue;
    const number = i + 1;
    if (question.kind === 'text') {
      if (typeof given !== 'string') return fail(t`The answer to question ${number} must be written text.`);
      const text = cleanText(given, true);
      if (text.length > MAX_ANSWER_LENGTH) {
        const max = formatNumber(MAX_ANSWER_LENGTH);
        return fail(t`The answer to question ${number} is too long: keep it to ${max} characters or fewer.`);
      }
      if (text) out[question.id] = text;
      continue;
    }
    if (question.kind === 'yesno') {
      if (typeof given !== 'boolean') return fail(t`The answer to question ${number} must be yes or no.`);
      out[question.id] = given;
      continue;
    }
    if (typeof given !== 'number' || !Number.isInteger(given) || given < 0 || given >= answerCount(question)) {
      return fail(t`The answer to question ${number} is not one of its choices.`);
    }
    out[question.id] = given;
  }
  return ok(out);
}

/** A questionnaire can go on the kiosk only when it has something to ask. */
export function readyForKiosk(questionnaire: Questionnaire): Result<Questionnaire> {
  if (questionnaire.archived) return fail(t`This questionnaire is archived. Unarchive it to use it again.`);
  if (questionnaire.questions.length === 0) return fail(t`This questionnaire has no questions yet. Add at least one question before starting kiosk mode.`);
  return ok(questionnaire);
}
