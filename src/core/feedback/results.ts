import type { Question } from '../domain/questionnaire';
import type { FeedbackResponse } from '../domain/response';

/** Fewest answers before a result is shown, unless the project sets another (3–10). */
export const DEFAULT_ANONYMITY_THRESHOLD = 5;
export const MIN_THRESHOLD = 3;
export const MAX_THRESHOLD = 10;

/** Points on each scale, in order, as people see them. */
export const SCALE_LABELS: Record<'agree5' | 'faces3' | 'yesno', readonly string[]> = {
  agree5: ['Strongly disagree', 'Disagree', 'Neither agree nor disagree', 'Agree', 'Strongly agree'],
  faces3: ['Unhappy', 'Okay', 'Happy'],
  yesno: ['No', 'Yes'],
};

export type QuestionResult =
  | { questionId: string; kind: Question['kind']; answered: number; hidden: true }
  | {
      questionId: string;
      kind: Question['kind'];
      answered: number;
      hidden: false;
      /** Count per scale point or option (empty for free text). */
      counts: number[];
      labels: readonly string[];
      /** Free-text answers, in random order (never the order they were given). */
      texts: string[];
    };

/** Answers to one question; hidden when fewer than `threshold` people answered it. */
export function questionResult(question: Question, responses: readonly FeedbackResponse[], threshold = DEFAULT_ANONYMITY_THRESHOLD, shuffle: <T>(items: T[]) => T[] = shuffleInPlace): QuestionResult {
  const labels = question.kind === 'choice' ? (question.options ?? []) : question.kind === 'text' ? [] : SCALE_LABELS[question.kind];
  const counts = new Array<number>(labels.length).fill(0);
  const texts: string[] = [];
  let answered = 0;
  for (const response of responses) {
    const answer = response.answers[question.id];
    if (answer === undefined || answer === '') continue;
    if (question.kind === 'text') {
      if (typeof answer === 'string' && answer.trim()) {
        texts.push(answer);
        answered++;
      }
      continue;
    }
    const index = typeof answer === 'boolean' ? Number(answer) : answer;
    if (typeof index === 'number' && index >= 0 && index < counts.length) {
      counts[index]!++;
      answered++;
    }
  }
  if (answered < threshold) return { questionId: question.id, kind: question.kind, answered, hidden: true };
  return { questionId: question.id, kind: question.kind, answered, hidden: false, counts, labels, texts: shuffle(texts) };
}

/** For agree/disagree scales: the share who agree (4 or 5) minus the share who disagree (1 or 2). */
export function netAgreement(result: QuestionResult): number | null {
  if (result.hidden || result.kind !== 'agree5' || result.answered === 0) return null;
  const [sd = 0, d = 0, , a = 0, sa = 0] = result.counts;
  return (a + sa - sd - d) / result.answered;
}

function shuffleInPlace<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}
