import { t } from '@lingui/core/macro';
import type { Question } from '../domain/questionnaire';
import type { FeedbackResponse } from '../domain/response';

/** Fewest answers before a result is shown, unless the project sets another (3–10). */
export const DEFAULT_ANONYMITY_THRESHOLD = 5;
export const MIN_THRESHOLD = 3;
export const MAX_THRESHOLD = 10;

export type ScaleKind = 'agree5' | 'faces3' | 'yesno';

/** How many points each scale has. */
export const SCALE_POINTS: Readonly<Record<ScaleKind, number>> = { agree5: 5, faces3: 3, yesno: 2 };

/** Points on each scale, in order, as people see them; read when shown, so in the language chosen then. */
export const SCALE_LABELS: Readonly<Record<ScaleKind, readonly string[]>> = {
  get agree5() {
    return [
      t({ message: 'Strongly disagree', comment: 'An answer on a five-point scale' }),
      t({ message: 'Disagree', comment: 'An answer on a five-point scale' }),
      t({ message: 'Neither agree nor disagree', comment: 'An answer on a five-point scale' }),
      t({ message: 'Agree', comment: 'An answer on a five-point scale' }),
      t({ message: 'Strongly agree', comment: 'An answer on a five-point scale' }),
    ];
  },
  get faces3() {
    return [
      t({ message: 'Unhappy', comment: 'The words under a sad face, an answer on an easy-read scale' }),
      t({ message: 'Okay', comment: 'The words under a plain face, an answer on an easy-read scale' }),
      t({ message: 'Happy', comment: 'The words under a smiling face, an answer on an easy-read scale' }),
    ];
  },
  get yesno() {
    return [t({ message: 'No', comment: 'An answer to a yes-or-no question' }), t({ message: 'Yes', comment: 'An answer to a yes-or-no question' })];
  },
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
export function questionResult(
  question: Question,
  responses: readonly FeedbackResponse[],
  threshold = DEFAULT_ANONYMITY_THRESHOLD,
  shuffle: <T>(items: T[]) => T[] = shuffleInPlace,
): QuestionResult {
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

/** Which responses a result covers: a date range (inclusive days), some meetings, or one source. */
export interface ResultsFilter {
  from?: string;
  to?: string;
  meetingIds?: readonly string[];
  source?: FeedbackResponse['source'];
}

export function filterResponses(responses: readonly FeedbackResponse[], filter: ResultsFilter): FeedbackResponse[] {
  const meetings = filter.meetingIds?.length ? new Set(filter.meetingIds) : null;
  return responses.filter(
    (r) =>
      !r.archived &&
      (filter.from === undefined || r.day >= filter.from) &&
      (filter.to === undefined || r.day <= filter.to) &&
      (meetings === null || (r.meetingId !== undefined && meetings.has(r.meetingId))) &&
      (filter.source === undefined || (r.source ?? 'kiosk') === filter.source),
  );
}

export interface QuestionnaireResults {
  /** People who answered at least one question. */
  respondents: number;
  /** True when fewer than the threshold took part at all: nothing is shown. */
  hidden: boolean;
  questions: QuestionResult[];
}

/** Every question's result for one questionnaire, each hidden below the threshold. */
export function questionnaireResults(
  questionnaire: { questions: readonly Question[] },
  responses: readonly FeedbackResponse[],
  threshold = DEFAULT_ANONYMITY_THRESHOLD,
  shuffle?: <T>(items: T[]) => T[],
): QuestionnaireResults {
  const respondents = countRespondents(responses);
  return {
    respondents,
    hidden: respondents < threshold,
    questions: questionnaire.questions.map((q) => questionResult(q, responses, threshold, shuffle)),
  };
}

/** People who answered at least one question. */
export function countRespondents(responses: readonly FeedbackResponse[]): number {
  let respondents = 0;
  for (const r of responses) {
    for (const key in r.answers) {
      if (r.answers[key] !== '') {
        respondents++;
        break;
      }
    }
  }
  return respondents;
}

/**
 * One number per scale question, from -1 to 1 (or 0 to 1 for yes/no), for following a
 * question over time: agree minus disagree, happy minus unhappy, or the share saying yes.
 */
export function scaleScore(result: QuestionResult): number | null {
  if (result.hidden || result.answered === 0) return null;
  if (result.kind === 'agree5') return netAgreement(result);
  if (result.kind === 'faces3') return ((result.counts[2] ?? 0) - (result.counts[0] ?? 0)) / result.answered;
  if (result.kind === 'yesno') return (result.counts[1] ?? 0) / result.answered;
  return null;
}

/** What `scaleScore` means for each kind, in words for a table heading or chart label. */
export const SCORE_MEANING: Readonly<Record<ScaleKind, string>> = {
  get agree5() {
    return t({ message: 'agree minus disagree', comment: 'What a score in a results table means: the share who agreed minus the share who disagreed' });
  },
  get faces3() {
    return t({ message: 'happy minus unhappy', comment: 'What a score in a results table means: the share of happy faces minus unhappy ones' });
  },
  get yesno() {
    return t({ message: 'share saying yes', comment: 'What a score in a results table means' });
  },
};

export interface PeriodResult {
  /** "2026-03" for a month, or the meeting id. */
  key: string;
  respondents: number;
  hidden: boolean;
  /** Score per question id; null when hidden or not a scale. */
  scores: Record<string, number | null>;
}

/**
 * Results for each month (or each meeting) in turn. A period with fewer than the threshold
 * shows nothing, so a small meeting never gives its people away.
 */
export function resultsOverTime(
  questionnaire: { questions: readonly Question[] },
  responses: readonly FeedbackResponse[],
  threshold = DEFAULT_ANONYMITY_THRESHOLD,
  by: 'month' | 'meeting' = 'month',
): PeriodResult[] {
  const scales = questionnaire.questions.filter((q) => q.kind === 'agree5' || q.kind === 'faces3' || q.kind === 'yesno');
  const points = scales.map((q) => SCALE_POINTS[q.kind as ScaleKind]);
  // One pass: per period, how many people took part and the count at each point of each scale.
  const tallies = new Map<string, { respondents: number; counts: number[][] }>();
  for (const r of responses) {
    const key = by === 'month' ? r.day.slice(0, 7) : r.meetingId;
    if (key === undefined) continue;
    let answeredAny = false;
    for (const k in r.answers) {
      if (r.answers[k] !== '') {
        answeredAny = true;
        break;
      }
    }
    if (!answeredAny) continue;
    let tally = tallies.get(key);
    if (!tally) tallies.set(key, (tally = { respondents: 0, counts: points.map((n) => new Array<number>(n).fill(0)) }));
    tally.respondents++;
    for (let i = 0; i < scales.length; i++) {
      const answer = r.answers[scales[i]!.id];
      const index = typeof answer === 'boolean' ? Number(answer) : answer;
      if (typeof index === 'number' && index >= 0 && index < points[i]!) tally.counts[i]![index]!++;
    }
  }
  return [...tallies.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, tally]) => {
      const hidden = tally.respondents < threshold;
      const scores: Record<string, number | null> = {};
      scales.forEach((q, i) => {
        const counts = tally.counts[i]!;
        const answered = counts.reduce((a, b) => a + b, 0);
        // Only the score is kept, so the result needs no words.
        const result: QuestionResult =
          answered < threshold
            ? { questionId: q.id, kind: q.kind, answered, hidden: true }
            : { questionId: q.id, kind: q.kind, answered, hidden: false, counts, labels: [], texts: [] };
        scores[q.id] = hidden ? null : scaleScore(result);
      });
      return { key, respondents: tally.respondents, hidden, scores };
    });
}

export interface RoundChange {
  questionId: string;
  before: QuestionResult;
  after: QuestionResult;
  /** After minus before, on the scale score; null when either round is hidden or it is not a scale. */
  change: number | null;
}

/**
 * Compares two rounds (date ranges or meetings) question by question. Written answers are
 * left out: they are read as a list, not compared.
 */
export function compareRounds(
  questionnaire: { questions: readonly Question[] },
  responses: readonly FeedbackResponse[],
  before: ResultsFilter,
  after: ResultsFilter,
  threshold = DEFAULT_ANONYMITY_THRESHOLD,
) {
  const compared = { questions: questionnaire.questions.filter((q) => q.kind !== 'text') };
  const asGiven = <T>(items: T[]) => items;
  const beforeResults = questionnaireResults(compared, filterResponses(responses, before), threshold, asGiven);
  const afterResults = questionnaireResults(compared, filterResponses(responses, after), threshold, asGiven);
  const changes: RoundChange[] = compared.questions.map((q, i) => {
    const b = beforeResults.questions[i]!;
    const a = afterResults.questions[i]!;
    const sb = scaleScore(b);
    const sa = scaleScore(a);
    return { questionId: q.id, before: b, after: a, change: sb === null || sa === null ? null : sa - sb };
  });
  return { before: beforeResults, after: afterResults, changes };
}

function shuffleInPlace<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}
