import { describe, expect, it } from 'vitest';
import { readAll } from '../../../src/core/read/records';
import { createProjectDoc } from '../../../src/core/doc/project-doc';
import { questionnaireType, type Questionnaire } from '../../../src/core/domain/questionnaire';
import { responseType, type FeedbackResponse } from '../../../src/core/domain/response';
import {
  compareRounds,
  filterResponses,
  netAgreement,
  questionnaireResults,
  questionResult,
  resultsOverTime,
  scaleScore,
} from '../../../src/core/feedback/results';
import { splitByAnswers } from '../../../src/core/feedback/rounds';
import { seededRandom } from '../../../src/core/reference/random';
import { generateReferenceProject } from '../../../src/core/reference/generate';
import { LARGE } from '../../../src/core/reference/sizes';

const questionnaire: Questionnaire = {
  id: 'qq',
  v: 1,
  createdAt: '2026-01-01T00:00:00.000Z',
  title: 'Check',
  questions: [
    { id: 'agree', kind: 'agree5', text: 'We work as equals' },
    { id: 'face', kind: 'faces3', text: 'How was today?' },
    { id: 'yes', kind: 'yesno', text: 'Did you have your say?' },
    { id: 'pick', kind: 'choice', text: 'Best time', options: ['Morning', 'Afternoon'] },
    { id: 'say', kind: 'text', text: 'Anything else?' },
  ],
};

let n = 0;
const reply = (day: string, answers: FeedbackResponse['answers'], meetingId?: string): FeedbackResponse => ({
  id: `r${n++}`,
  v: 1,
  createdAt: `${day}T00:00:00.000Z`,
  questionnaireId: 'qq',
  day,
  ...(meetingId ? { meetingId } : {}),
  answers,
});

describe('feedback results', () => {
  it('shows nothing for a question until the threshold have answered it', () => {
    const four = [0, 1, 2, 3].map((i) => reply('2026-03-03', { agree: i, say: `note ${i}` }));
    const results = questionnaireResults(questionnaire, four, 5);
    expect(results.hidden).toBe(true);
    expect(results.respondents).toBe(4);
    expect(results.questions.every((q) => q.hidden)).toBe(true);
    expect(JSON.stringify(results)).not.toMatch(/note/);
  });

  it('counts each scale, choice and yes/no, and lists free text in a random order', () => {
    const replies = [
      reply('2026-03-03', { agree: 4, face: 2, yes: true, pick: 0, say: 'first' }),
      reply('2026-03-03', { agree: 3, face: 2, yes: true, pick: 1, say: 'second' }),
      reply('2026-03-03', { agree: 0, face: 0, yes: false, pick: 1, say: 'third' }),
      reply('2026-03-03', { agree: 2, face: 1, yes: true, pick: 1, say: '' }),
      reply('2026-03-03', { agree: 4, face: 2, yes: false, say: 'fifth' }),
    ];
    const results = questionnaireResults(questionnaire, replies, 3, (items) => items.reverse());
    const [agree, face, yes, pick, say] = results.questions;
    expect(agree).toMatchObject({ hidden: false, answered: 5, counts: [1, 0, 1, 1, 2] });
    expect(netAgreement(agree!)).toBeCloseTo((3 - 1) / 5);
    expect(face).toMatchObject({ hidden: false, counts: [1, 1, 3] });
    expect(scaleScore(face!)).toBeCloseTo((3 - 1) / 5);
    expect(yes).toMatchObject({ hidden: false, counts: [2, 3] });
    expect(scaleScore(yes!)).toBeCloseTo(3 / 5);
    expect(pick).toMatchObject({ hidden: false, answered: 4, counts: [1, 3], labels: ['Morning', 'Afternoon'] });
    expect(say).toMatchObject({ hidden: false, answered: 4, texts: ['fifth', 'third', 'second', 'first'] });
  });

  it('follows a question over time and hides a month with too few answers', () => {
    const replies = [
      ...[4, 4, 3, 3, 0].map((a) => reply('2026-01-10', { agree: a })),
      ...[4, 4].map((a) => reply('2026-02-07', { agree: a })),
      ...[0, 1, 1, 4, 4, 2].map((a) => reply('2026-03-07', { agree: a })),
    ];
    const periods = resultsOverTime(questionnaire, replies, 5, 'month');
    expect(periods.map((p) => [p.key, p.respondents, p.hidden, p.scores.agree])).toEqual([
      ['2026-01', 5, false, 3 / 5],
      ['2026-02', 2, true, null],
      ['2026-03', 6, false, (2 - 3) / 6],
    ]);
    expect(periods[0]!.scores).not.toHaveProperty('say');
  });

  it('compares two rounds, and says nothing when either round is too small', () => {
    const replies = [
      ...[1, 1, 2, 3, 4].map((a) => reply('2026-01-10', { agree: a, yes: a > 2 }, 'm1')),
      ...[3, 4, 4, 4, 4, 2].map((a) => reply('2026-06-10', { agree: a }, 'm9')),
    ];
    const rounds = compareRounds(questionnaire, replies, { meetingIds: ['m1'] }, { from: '2026-06-01', to: '2026-06-30' }, 5);
    const agree = rounds.changes.find((c) => c.questionId === 'agree')!;
    expect(agree.change).toBeCloseTo(5 / 6 - 0);
    const yes = rounds.changes.find((c) => c.questionId === 'yes')!;
    expect(yes.before.hidden).toBe(false);
    expect(yes.after.hidden).toBe(true);
    expect(yes.change).toBeNull();
    expect(filterResponses(replies, { to: '2026-01-31' })).toHaveLength(5);
    // Written answers are read as a list, never compared between rounds.
    expect(rounds.changes.map((c) => c.questionId)).toEqual(['agree', 'face', 'yes', 'pick']);
  });

  it('gets the same counts as a plain count over the large reference project', () => {
    const doc = createProjectDoc('p-large');
    generateReferenceProject(doc, { size: LARGE });
    const responses = readAll(doc, responseType);
    expect(responses).toHaveLength(20_000);
    let checked = 0;
    for (const q of readAll(doc, questionnaireType)) {
      const mine = responses.filter((r) => r.questionnaireId === q.id);
      const results = questionnaireResults(q, mine, 5);
      expect(results.respondents).toBe(mine.length);
      for (const [i, question] of q.questions.entries()) {
        const result = results.questions[i]!;
        if (result.hidden) throw new Error('a large project should show every question');
        if (question.kind === 'text') {
          expect(result.texts.length).toBe(mine.filter((r) => typeof r.answers[question.id] === 'string').length);
          continue;
        }
        result.counts.forEach((count, point) => {
          expect(count).toBe(mine.filter((r) => Number(r.answers[question.id]) === point && r.answers[question.id] !== undefined).length);
        });
        checked++;
      }
      expect(resultsOverTime(q, mine, 5, 'meeting').length).toBeGreaterThan(100);
    }
    expect(checked).toBe(5);
    // Answers in the reference project drift upwards, so later rounds read better.
    const check = readAll(doc, questionnaireType).find((q) => q.id === 'questionnaire-check')!;
    const mine = responses.filter((r) => r.questionnaireId === check.id);
    const days = mine.map((r) => r.day).sort();
    const middle = days[Math.floor(days.length / 2)]!;
    const rounds = compareRounds(check, mine, { to: middle }, { from: middle }, 5);
    expect(rounds.changes[0]!.change!).toBeGreaterThan(0);
  }, 60_000);

  it('starts "Compare two rounds" with two rounds that each hold answers, never the wrong way round', () => {
    expect(splitByAnswers([])).toBeNull();
    // Every answer on one day: the old first-half/second-half start put the second round's first day after its last.
    expect(splitByAnswers([reply('2026-01-05', {}), reply('2026-01-05', {})])).toEqual({
      before: { from: '2026-01-05', to: '2026-01-05' },
      after: { from: '2026-01-05', to: '2026-01-05' },
      oneDay: true,
    });
    // Most answers early: halving the calendar would leave the second round nearly empty.
    const early = [...Array.from({ length: 9 }, () => reply('2026-01-01', {})), reply('2026-01-02', {}), ...Array.from({ length: 8 }, () => reply('2026-01-03', {})), reply('2026-03-30', {})];
    expect(splitByAnswers(early)).toEqual({ before: { from: '2026-01-01', to: '2026-01-01' }, after: { from: '2026-01-02', to: '2026-03-30' }, oneDay: false });
    const random = seededRandom(15);
    for (let run = 0; run < 200; run++) {
      const answers = Array.from({ length: random.int(2, 40) }, () => reply(`2026-0${random.int(1, 3)}-1${random.int(0, 9)}`, {}));
      const split = splitByAnswers(answers)!;
      const inBefore = filterResponses(answers, split.before).length;
      const inAfter = filterResponses(answers, split.after).length;
      expect(split.before.from <= split.before.to && split.after.from <= split.after.to).toBe(true);
      if (split.oneDay) continue;
      expect(split.before.to < split.after.from).toBe(true);
      expect(inBefore > 0 && inAfter > 0 && inBefore + inAfter === answers.length).toBe(true);
    }
  });

  it('keeps the review helper’s view of one question unchanged', () => {
    const result = questionResult(questionnaire.questions[0]!, [4, 4, 3, 0, 1].map((a) => reply('2026-03-03', { agree: a })));
    expect(result).toMatchObject({ hidden: false, counts: [1, 1, 0, 1, 2], answered: 5 });
  });
});
