import { describe, expect, it } from 'vitest';
import { createFromTemplate, createQuestionnaire, newQuestion, saveQuestionnaire, setAnonymityThreshold } from '../../../src/core/commands/feedback-questionnaires';
import { readAnonymityThreshold } from '../../../src/core/read/feedback';
import { readAll } from '../../../src/core/read/records';
import { createProjectDoc } from '../../../src/core/doc/project-doc';
import { questionnaireType, type Question } from '../../../src/core/domain/questionnaire';
import { checkAnswers, readyForKiosk } from '../../../src/core/feedback/answers';
import { QUESTIONNAIRE_TEMPLATES } from '../../../src/core/feedback/templates';

const many = (count: number): Question[] => Array.from({ length: count }, (_, i) => ({ id: `q${i}`, kind: 'agree5', text: `Statement ${i + 1}` }));

describe('questionnaires', () => {
  it('starts from each template, crediting the guide it follows', () => {
    const doc = createProjectDoc('p-templates');
    for (const template of QUESTIONNAIRE_TEMPLATES) {
      const made = createFromTemplate(doc, template.id);
      expect(made.ok, template.id).toBe(true);
      if (made.ok) expect(made.value.questions.map((q) => q.id)).toEqual(template.questions.map((q) => q.id));
    }
    const credits = QUESTIONNAIRE_TEMPLATES.map((t) => t.credit ?? '');
    expect(credits.filter((c) => c.includes('West Berkshire'))).toHaveLength(3);
    expect(QUESTIONNAIRE_TEMPLATES.find((t) => t.id === 'reflective-check')!.credit).toMatch(/reflective feedback tool/);
    expect(createFromTemplate(doc, 'nope')).toEqual({ ok: false, message: 'That template is not available in this version of the app.' });
  });

  it('will not start the kiosk for a questionnaire with no questions', () => {
    const doc = createProjectDoc('p-empty');
    const made = createQuestionnaire(doc, { title: 'Empty for now' });
    expect(made.ok).toBe(true);
    if (!made.ok) return;
    expect(readyForKiosk(made.value)).toEqual({ ok: false, message: 'This questionnaire has no questions yet. Add at least one question before starting kiosk mode.' });
  });

  it('takes up to 200 questions and explains why not 201', () => {
    const doc = createProjectDoc('p-many');
    expect(createQuestionnaire(doc, { title: 'Long', questions: many(200) }).ok).toBe(true);
    expect(createQuestionnaire(doc, { title: 'Too long', questions: many(201) })).toEqual({ ok: false, message: 'A questionnaire can have at most 200 questions.' });
    expect(readAll(doc, questionnaireType)).toHaveLength(1);
  });

  it('explains a missing title, an empty question and a choice with one option, and saves nothing', () => {
    const doc = createProjectDoc('p-bad');
    expect(createQuestionnaire(doc, { title: '   ' })).toEqual({ ok: false, message: 'Questionnaire title cannot be empty.' });
    const made = createQuestionnaire(doc, { title: 'Check', questions: many(2) });
    if (!made.ok) throw new Error(made.message);
    const blank = saveQuestionnaire(doc, made.value.id, { questions: [...many(1), newQuestion('agree5')] });
    expect(blank).toEqual({ ok: false, message: 'Question 2 has no wording yet. Write the question, or remove it.' });
    const lonely = saveQuestionnaire(doc, made.value.id, { questions: [{ id: 'c', kind: 'choice', text: 'Pick', options: ['Only one', '  '] }] });
    expect(lonely).toEqual({ ok: false, message: 'Question 1 needs at least two options to choose from.' });
    expect(readAll(doc, questionnaireType)[0]!.questions).toHaveLength(2);
  });

  it('keeps emoji and right-to-left text as typed, tidying pasted control characters', () => {
    const doc = createProjectDoc('p-text');
    const made = createQuestionnaire(doc, { title: '  Feedback 😊 \u0007', questions: [{ id: 'a', kind: 'agree5', text: 'هل شعرت بالترحيب؟' }] });
    expect(made.ok && made.value.title).toBe('Feedback 😊');
    expect(made.ok && made.value.questions[0]!.text).toBe('هل شعرت بالترحيب؟');
  });

  it('lets the group choose 3 to 10 answers before results show', () => {
    const doc = createProjectDoc('p-threshold');
    expect(readAnonymityThreshold(doc)).toBe(5);
    expect(setAnonymityThreshold(doc, 3)).toEqual({ ok: true, value: 3 });
    expect(setAnonymityThreshold(doc, 8)).toEqual({ ok: true, value: 8 });
    expect(readAnonymityThreshold(doc)).toBe(8);
    expect(setAnonymityThreshold(doc, 2)).toEqual({ ok: false, message: 'Results need at least 3 answers before they are shown.' });
    expect(setAnonymityThreshold(doc, 11)).toEqual({ ok: false, message: 'Choose at most 10 answers before results are shown.' });
    expect(setAnonymityThreshold(doc, 4.5).ok).toBe(false);
    expect(readAnonymityThreshold(doc)).toBe(8);
  });
});

describe('answers', () => {
  const doc = createProjectDoc('p-answers');
  const made = createQuestionnaire(doc, {
    title: 'Check',
    questions: [
      { id: 'a', kind: 'agree5', text: 'Equal' },
      { id: 'f', kind: 'faces3', text: 'Today' },
      { id: 'y', kind: 'yesno', text: 'Heard' },
      { id: 'c', kind: 'choice', text: 'Time', options: ['Morning', 'Evening'] },
      { id: 't', kind: 'text', text: 'Anything else?' },
    ],
  });
  if (!made.ok) throw new Error(made.message);
  const q = made.value;

  it('leaves skipped and unknown questions out and tidies text', () => {
    expect(checkAnswers(q, { a: 4, f: undefined, y: true, t: '  more tea  ', other: 3 })).toEqual({ ok: true, value: { a: 4, y: true, t: 'more tea' } });
  });

  it('refuses an answer over 2,000 characters with a clear message', () => {
    expect(checkAnswers(q, { t: 'x'.repeat(2_000) }).ok).toBe(true);
    expect(checkAnswers(q, { t: 'x'.repeat(2_001) })).toEqual({ ok: false, message: 'The answer to question 5 is too long: keep it to 2,000 characters or fewer.' });
  });

  it('refuses a point that is not on the scale', () => {
    expect(checkAnswers(q, { a: 5 })).toEqual({ ok: false, message: 'The answer to question 1 is not one of its choices.' });
    expect(checkAnswers(q, { c: 2 })).toEqual({ ok: false, message: 'The answer to question 4 is not one of its choices.' });
    expect(checkAnswers(q, { y: 'yes' })).toEqual({ ok: false, message: 'The answer to question 3 must be yes or no.' });
  });
});
