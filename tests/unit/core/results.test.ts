import { describe, expect, it } from 'vitest';
import { netAgreement, questionResult } from '../../../src/core/feedback/results';
import type { Question } from '../../../src/core/domain/questionnaire';
import type { FeedbackResponse } from '../../../src/core/domain/response';

const q: Question = { id: 'q1', kind: 'agree5', text: 'I am treated as an equal' };
const response = (answer: number | string | undefined, i: number): FeedbackResponse => ({
  id: `r${i}`,
  v: 1,
  createdAt: '2026-03-03T00:00:00.000Z',
  questionnaireId: 'qq',
  day: '2026-03-03',
  answers: answer === undefined ? {} : { q1: answer },
});

describe('question results', () => {
  it('hides results until five people have answered', () => {
    const four = [4, 4, 3, 0].map(response);
    expect(questionResult(q, four).hidden).toBe(true);
    const five = [4, 4, 3, 0, 1, undefined].map(response);
    const shown = questionResult(q, five);
    expect(shown.hidden).toBe(false);
    if (!shown.hidden) expect(shown.counts).toEqual([1, 1, 0, 1, 2]);
    expect(shown.answered).toBe(5);
    expect(netAgreement(shown)).toBeCloseTo((3 - 2) / 5);
  });

  it('respects a threshold the group sets', () => {
    expect(questionResult(q, [4, 4, 3].map(response), 3).hidden).toBe(false);
  });
});
