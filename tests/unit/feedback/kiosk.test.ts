import { describe, expect, it } from 'vitest';
import type { Questionnaire } from '../../../src/core/domain/questionnaire';
import { answer, sessionIsOver, skip, spokenText, startTurn } from '../../../src/core/feedback/kiosk';
import { readKioskSession } from '../../../src/core/feedback/kiosk-session';

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
    expect(turn).toEqual({ step: 'thanks', given: { today: 2, more: 'More biscuits' } });
  });

  it('has nothing to keep for a person who skipped every question', () => {
    let turn = startTurn();
    for (let i = 0; i < 3; i++) turn = skip(turn, q);
    expect(turn).toEqual({ step: 'thanks', given: {} });
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

describe('the note that kiosk mode is running on the device', () => {
  it('reads back what was stored, and nothing that is not a kiosk session', () => {
    const session = { projectId: 'p-1', questionnaireId: 'q-1', meetingId: 'm-1', startedDay: '2026-03-03' };
    expect(readKioskSession(JSON.parse(JSON.stringify(session)))).toEqual(session);
    expect(readKioskSession({ projectId: 'p-1', questionnaireId: 'q-1', startedDay: '2026-03-03' })).toEqual({ projectId: 'p-1', questionnaireId: 'q-1', startedDay: '2026-03-03' });
    for (const bad of [null, 'on', 1, [], {}, { ...session, projectId: '' }, { ...session, startedDay: '3 March' }, { ...session, meetingId: 7 }, { ...session, questionnaireId: 'x'.repeat(201) }]) {
      expect(readKioskSession(bad)).toBeNull();
    }
    expect(readKioskSession({ ...session, __proto__: { polluted: true }, extra: 'field' })).toEqual(session);
  });
});
