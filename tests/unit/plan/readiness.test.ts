import { describe, expect, it } from 'vitest';
import { answerReadiness } from '../../../src/core/commands/plan-readiness';
import { readAll } from '../../../src/core/read/records';
import { createProjectDoc } from '../../../src/core/doc/project-doc';
import { readinessAnswerType } from '../../../src/core/domain/plan/readiness';
import { READINESS_PROMPTS, readinessReading } from '../../../src/core/plan/readiness';
import * as Y from 'yjs';

describe('the readiness check', () => {
  it('asks about need, flexibility, commitment, what members get back, and time pressure', () => {
    expect(READINESS_PROMPTS.map((p) => p.id)).toEqual(['need', 'flexibility', 'commitment', 'giveBack', 'timePressure']);
  });

  it('reads as a good fit when everything is in place, with no score', () => {
    const reading = readinessReading({ need: 'yes', flexibility: 'yes', commitment: 'yes', giveBack: 'yes', timePressure: 'no' });
    expect(reading.tone).toBe('good-fit');
    expect(reading.headline).toMatch(/good fit/);
    expect(reading.strengths).toHaveLength(5);
    expect(reading.concerns).toEqual([]);
    expect(reading.tokenismWarning).toBeUndefined();
    expect(JSON.stringify(reading)).not.toMatch(/\d+\s*(%|out of|points)/);
  });

  it('warns plainly about tokenism when the brief is tight and fixed', () => {
    const reading = readinessReading({ need: 'yes', flexibility: 'yes', commitment: 'yes', giveBack: 'yes', timePressure: 'yes' });
    expect(reading.tone).toBe('think-again');
    expect(reading.tokenismWarning).toMatch(/co-production in name only/);
    expect(reading.concerns.join(' ')).toMatch(/tight deadline or fixed brief/);
  });

  it('warns about tokenism when the group cannot change anything', () => {
    const reading = readinessReading({ flexibility: 'no' });
    expect(reading.tokenismWarning).toBeDefined();
    expect(reading.headline).toMatch(/Think carefully/);
    expect(reading.headline).toMatch(/4 questions are still to answer/);
  });

  it('suggests what to sort out first when answers are partly or not sure', () => {
    const reading = readinessReading({ need: 'yes', flexibility: 'partly', commitment: 'unsure', giveBack: 'yes', timePressure: 'no' });
    expect(reading.tone).toBe('work-first');
    expect(reading.concerns).toHaveLength(2);
    expect(reading.strengths).toHaveLength(3);
  });

  it('asks for answers before giving a reading', () => {
    expect(readinessReading({}).tone).toBe('unanswered');
  });

  it('keeps one answer per question in the project, changed rather than duplicated', () => {
    const doc = createProjectDoc('ready');
    expect(answerReadiness(doc, { question: 'flexibility', answer: 'partly', note: 'The budget is fixed' }, '2026-03-01').ok).toBe(true);
    expect(answerReadiness(doc, { question: 'flexibility', answer: 'yes' }, '2026-03-02').ok).toBe(true);
    const answers = readAll(doc, readinessAnswerType);
    expect(answers).toHaveLength(1);
    expect(answers[0]).toMatchObject({ id: 'flexibility', answer: 'yes', note: 'The budget is fixed', answeredOn: '2026-03-02' });
    expect(answerReadiness(doc, { question: 'flexibility', answer: 'maybe' as never })).toEqual({ ok: false, message: 'Choose yes, partly, no or not sure.' });
    const long = answerReadiness(doc, { question: 'need', answer: 'yes', note: 'x'.repeat(3_000) });
    expect(long.ok ? '' : long.message).toBe('Your note is too long: keep it to 2,000 characters or fewer.');
  });

  it('converges on one answer when two facilitators answer the same question offline', () => {
    const a = createProjectDoc('ready-2');
    const b = new Y.Doc({ guid: 'ready-2' });
    answerReadiness(a, { question: 'commitment', answer: 'yes' });
    answerReadiness(b, { question: 'commitment', answer: 'partly' });
    answerReadiness(b, { question: 'giveBack', answer: 'yes' });
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    expect(readAll(a, readinessAnswerType)).toEqual(readAll(b, readinessAnswerType));
    expect(readAll(a, readinessAnswerType).map((r) => r.question).sort()).toEqual(['commitment', 'giveBack']);
  });
});
