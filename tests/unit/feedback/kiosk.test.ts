import { describe, expect, it } from 'vitest';
import type { Questionnaire } from '../../../src/core/domain/questionnaire';
import { answer, answersToKeep, sessionIsOver, skip, spokenText, startTurn, WELCOME } from '../../../src/core/feedback/kiosk';

const q: Questionnaire = {
  id: 'qq',
  v: 1,
  createdAt: '2026-01-01T00:00:00.000Z',
  title: 'Quick check',
  questions: [
    { id: 'today', kind: 'faces3', text: 'How was today for you?' },
    { id: 'heard', kind: 'yesno', text: 'Did you feel listened to?' },
    { id: 'more', kind: 'text', text: 'Anything else?' },
  ],
};

describe('a turn at the kiosk', () => {
  it('goes one question at a time to the thank-you screen, keeping what was answered', () => {
    let turn = startTurn();
    turn = answer(turn, q, 2);
    expect(turn).toMatchObject({ step: 'question', index: 1 });
    turn = skip(turn, q);
    expect(turn).toMatchObject({ step: 'question', index: 2 });
    turn = answer(turn, q, 'More biscuits');
    expect(turn.step).toBe('thanks');
    expect(answersToKeep(turn)).toEqual({ today: 2, more: 'More biscuits' });
  });

  it('keeps nothing for a person who skipped every question or never started', () => {
    let turn = startTurn();
    for (let i = 0; i < 3; i++) turn = skip(turn, q);
    expect(turn.step).toBe('thanks');
    expect(answersToKeep(turn)).toBeNull();
    expect(answersToKeep(WELCOME)).toBeNull();
  });

  it('keeps the answers of a person who walked away part way', () => {
    const turn = answer(startTurn(), q, 0);
    expect(answersToKeep(turn)).toEqual({ today: 0 });
  });

  it('reads the question and every choice aloud', () => {
    expect(spokenText(q.questions[0]!, ['Unhappy', 'Okay', 'Happy'])).toBe('How was today for you? Your choices are: Unhappy; Okay; Happy.');
    expect(spokenText(q.questions[2]!, [])).toBe('Anything else?');
  });

  it('stops a kiosk left open overnight', () => {
    expect(sessionIsOver('2026-03-03', new Date(2026, 2, 3, 23, 59))).toBe(false);
    expect(sessionIsOver('2026-03-03', new Date(2026, 2, 4, 0, 1))).toBe(true);
  });
});
