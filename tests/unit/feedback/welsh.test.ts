import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createFromTemplate, setAnonymityThreshold } from '../../../src/core/commands/feedback-questionnaires';
import { createProjectDoc } from '../../../src/core/doc/project-doc';
import { QUESTION_KIND_LABELS, QUESTION_KINDS, type Question } from '../../../src/core/domain/questionnaire';
import { checkAnswers, readyForKiosk } from '../../../src/core/feedback/answers';
import { spokenText } from '../../../src/core/feedback/kiosk';
import { SCALE_LABELS, SCORE_MEANING, questionResult } from '../../../src/core/feedback/results';
import { QUESTIONNAIRE_TEMPLATES, findTemplate } from '../../../src/core/feedback/templates';
import { i18n } from '../../../src/core/i18n/instance';
import { readQuestionnaire } from '../../../src/core/read/feedback';
import { messages } from '../../../src/i18n/locales/cy.po';

/** Every word a template or a scale shows, in the language active now. */
const templateWords = () =>
  QUESTIONNAIRE_TEMPLATES.flatMap((t) => [t.title, t.description, t.intro, ...(t.credit ? [t.credit] : []), ...t.questions.map((q) => q.text)]);
const scaleWords = () => [
  ...SCALE_LABELS.agree5,
  ...SCALE_LABELS.faces3,
  ...SCALE_LABELS.yesno,
  SCORE_MEANING.agree5,
  SCORE_MEANING.faces3,
  SCORE_MEANING.yesno,
];
const kindWords = () => QUESTION_KINDS.map((k) => QUESTION_KIND_LABELS[k]);

describe('feedback in Welsh', () => {
  beforeAll(() => i18n.load('cy', messages));
  afterEach(() => i18n.activate('en'));

  it('shows every template, scale and kind of question in the language chosen, each time it is read', () => {
    i18n.activate('en');
    const english = [...templateWords(), ...scaleWords(), ...kindWords()];
    i18n.activate('cy');
    const welsh = [...templateWords(), ...scaleWords(), ...kindWords()];
    expect(welsh).toHaveLength(english.length);
    welsh.forEach((words, i) => expect(words, english[i]).not.toBe(english[i]));
    expect(findTemplate('quick-check')!.title).toBe('Gwiriad cyflym');
    expect(SCALE_LABELS.faces3).toEqual(['Anhapus', 'Iawn', 'Hapus']);
  });

  it('starts a questionnaire from a template in the language chosen, and keeps the group’s copy when the language changes', () => {
    i18n.activate('cy');
    const doc = createProjectDoc('p-cy');
    const made = createFromTemplate(doc, 'quick-check');
    if (!made.ok) throw new Error(made.message);
    expect(made.value.title).toBe('Gwiriad cyflym');
    expect(made.value.questions.map((q) => [q.id, q.text])).toEqual([
      ['today', 'Sut oedd heddiw i chi?'],
      ['listened-to', 'Oeddech chi’n teimlo bod pobl yn gwrando arnoch chi heddiw?'],
    ]);
    i18n.activate('en');
    expect(readQuestionnaire(doc, made.value.id)!.title).toBe('Gwiriad cyflym');
    expect(findTemplate('quick-check')!.title).toBe('Quick check');
  });

  it('reads the kiosk aloud, labels results and explains a refusal in the language active when it happens', () => {
    const faces: Question = { id: 'today', kind: 'faces3', text: 'Sut oedd heddiw i chi?' };
    const doc = createProjectDoc('p-cy-refusals');
    const made = createFromTemplate(doc, 'quick-check');
    if (!made.ok) throw new Error(made.message);
    i18n.activate('cy');
    expect(spokenText(faces, SCALE_LABELS.faces3)).toBe('Sut oedd heddiw i chi? Eich dewisiadau yw: Anhapus; Iawn; Hapus.');
    const result = questionResult(
      faces,
      [0, 1, 2].map((n) => ({ id: `r${n}`, v: 1, createdAt: '2026-03-03T00:00:00.000Z', questionnaireId: 'q', day: '2026-03-03', answers: { today: n } })),
      3,
    );
    expect(!result.hidden && result.labels).toEqual(['Anhapus', 'Iawn', 'Hapus']);
    expect(checkAnswers(made.value, { 'listened-to': 'yes' })).toEqual({ ok: false, message: 'Rhaid i’r ateb i gwestiwn 2 fod yn ie neu na.' });
    expect(readyForKiosk({ ...made.value, questions: [] })).toEqual({
      ok: false,
      message: 'Does dim cwestiynau yn yr holiadur hwn eto. Ychwanegwch o leiaf un cwestiwn cyn dechrau’r modd ciosg.',
    });
    expect(setAnonymityThreshold(doc, 2)).toEqual({ ok: false, message: 'Mae angen o leiaf 3 ateb cyn dangos canlyniadau.' });
    i18n.activate('en');
    expect(setAnonymityThreshold(doc, 2)).toEqual({ ok: false, message: 'Results need at least 3 answers before they are shown.' });
  });
});
