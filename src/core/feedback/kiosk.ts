import type { Question, Questionnaire } from '../domain/questionnaire';
import type { Answer } from '../domain/response';
import { todayIso } from '../ids';

/** After this long with no touch, the kiosk clears the screen for the next person. */
export const IDLE_RESET_MS = 90_000;
/** How long the thank-you screen stays before the kiosk is ready for the next person. */
export const THANKS_MS = 8_000;

/**
 * One person's turn at the kiosk, on screen. Each answer is also kept in the device queue as
 * it is given (see queue.ts), but nothing from an earlier turn is ever shown again: a reload or
 * the next person starts from the welcome screen.
 */
export type KioskTurn =
  | { step: 'welcome' }
  | { step: 'question'; index: number; answers: Record<string, Answer> }
  /** `given` holds the finished answers only until they are handed to the queue. */
  | { step: 'thanks'; given: Record<string, Answer> };

export const WELCOME: KioskTurn = { step: 'welcome' };

export function startTurn(): KioskTurn {
  return { step: 'question', index: 0, answers: {} };
}

/** Records an answer and moves on; after the last question the turn is finished. */
export function answer(turn: KioskTurn, questionnaire: Questionnaire, value: Answer): KioskTurn {
  if (turn.step !== 'question') return turn;
  const question = questionnaire.questions[turn.index];
  if (!question) return turn;
  return advance({ ...turn, answers: { ...turn.answers, [question.id]: value } }, questionnaire);
}

/** Moves on without answering. */
export function skip(turn: KioskTurn, questionnaire: Questionnaire): KioskTurn {
  return turn.step === 'question' ? advance(turn, questionnaire) : turn;
}

function advance(turn: Extract<KioskTurn, { step: 'question' }>, questionnaire: Questionnaire): KioskTurn {
  const index = turn.index + 1;
  return index >= questionnaire.questions.length ? { step: 'thanks', given: turn.answers } : { ...turn, index };
}

/** The thank-you screen with nothing left in memory. */
export const THANKS: KioskTurn = { step: 'thanks', given: {} };

/** The words read aloud for a question: the question, then each answer in turn. */
export function spokenText(question: Question, labels: readonly string[]): string {
  const choices = labels.length ? ` Your choices are: ${labels.join('; ')}.` : '';
  return `${question.text}${choices}`;
}

/**
 * A kiosk left open overnight stops taking answers: the meeting it was for is over, and a
 * tablet left on in an empty room should not collect stray taps.
 */
export function sessionIsOver(startedDay: string, now: Date = new Date()): boolean {
  return todayIso(now) !== startedDay;
}
