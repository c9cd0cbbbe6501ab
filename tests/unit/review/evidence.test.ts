import { describe, expect, it } from 'vitest';
import { addEvidenceNote, setOutcomeStatus } from '../../../src/core/commands/review-evidence';
import { archiveRecord, insertRecord, updateRecord } from '../../../src/core/commands/records';
import { attendanceType } from '../../../src/core/domain/attendance';
import { collectionMap, createProjectDoc } from '../../../src/core/doc/project-doc';
import { meetingType } from '../../../src/core/domain/meeting';
import { personType } from '../../../src/core/domain/person';
import { questionnaireType, type Questionnaire } from '../../../src/core/domain/questionnaire';
import { responseType } from '../../../src/core/domain/response';
import { evidenceNoteType, outcomeStatusType } from '../../../src/core/domain/review/outcome-evidence';
import { generateReferenceProject } from '../../../src/core/reference/generate';
import { YEAR_OF_USE } from '../../../src/core/reference/sizes';
import { attendanceFigures, engagementFigures, outcomeEvidence } from '../../../src/core/review/evidence';
import type { OutcomeRef } from '../../../src/core/review/outcomes';
import { readAll } from '../../../src/core/read/records';

type Raw = Record<string, any>;
const rawAll = (doc: ReturnType<typeof createProjectDoc>, collection: string): Raw[] => Object.values(collectionMap(doc, collection).toJSON()) as Raw[];
const keepOrder = <T,>(items: T[]) => items;

/** The year-of-use reference project, with two questions linked to measures and one small questionnaire. */
function referenceProject() {
  const doc = createProjectDoc('p-evidence');
  generateReferenceProject(doc, { size: YEAR_OF_USE, seed: 7 });
  const check = readAll(doc, questionnaireType).find((q) => q.id === 'questionnaire-check')!;
  const questions = check.questions.map((q) =>
    q.id === 'q-equal' ? { ...q, measureId: 'm-equal' } : q.id === 'q-face' ? { ...q, measureId: 'm-feel' } : q,
  );
  expect(updateRecord(doc, questionnaireType, check.id, { questions }).ok).toBe(true);
  // A questionnaire only three people answered: its results must stay hidden.
  insertRecord(doc, questionnaireType, { id: 'q-small', title: 'Training day', questions: [{ id: 'q-confident', kind: 'agree5', text: 'I feel confident to chair', measureId: 'm-equal' }] });
  for (let i = 0; i < 3; i++) insertRecord(doc, responseType, { id: `small-${i}`, questionnaireId: 'q-small', day: '2026-03-03', createdAt: '2026-03-03T00:00:00.000Z', answers: { 'q-confident': 4 } });
  // One cancelled meeting and one mark taken back, so the filters are exercised.
  expect(updateRecord(doc, meetingType, 'meeting-3', { cancelled: true }).ok).toBe(true);
  const someMark = rawAll(doc, 'attendance').find((a) => a.meetingId === 'meeting-5')!;
  expect(archiveRecord(doc, attendanceType, someMark.id).ok).toBe(true);
  return doc;
}

const outcomes: OutcomeRef[] = [
  { id: 'o-equal', title: 'Members work together as equals', measures: [{ id: 'm-equal', title: 'Members say they are treated as equals' }, { id: 'm-feel', title: 'How meetings feel' }] },
  { id: 'o-services', title: 'Better respite', measures: [{ id: 'm-none', title: 'Nothing linked yet' }] },
];

describe('outcome evidence on the reference project', () => {
  const doc = referenceProject();
  const asOf = '2026-06-30';
  const meetings = readAll(doc, meetingType);
  const attendance = readAll(doc, attendanceType);
  const people = readAll(doc, personType);
  const questionnaires = readAll(doc, questionnaireType) as Questionnaire[];
  const responses = readAll(doc, responseType);

  it('counts meetings held and planned, attendances and regular attenders as a person would by hand', () => {
    const rawMeetings = rawAll(doc, 'meetings');
    const heldIds = new Set(rawMeetings.filter((m) => !m.cancelled && m.date <= asOf).map((m) => m.id));
    const marks = rawAll(doc, 'attendance').filter((a) => !a.archived && heldIds.has(a.meetingId));
    const present = marks.filter((a) => a.mark === 'present');
    const timesPresent: Record<string, number> = {};
    for (const a of present) timesPresent[a.personId] = (timesPresent[a.personId] ?? 0) + 1;
    const rawPeople = Object.fromEntries(rawAll(doc, 'people').map((p) => [p.id, p]));
    const livedPeople = Object.keys(timesPresent).filter((id) => rawPeople[id].role === 'lived-experience').length;

    const figures = attendanceFigures({ meetings, attendance, people, asOf });
    expect(figures.meetingsHeld).toBe(heldIds.size);
    expect(figures.meetingsHeld).toBe(25); // 26 weekly meetings from 6 January to 30 June, one cancelled
    expect(figures.meetingsPlanned).toBe(rawMeetings.filter((m) => !m.cancelled && m.date > asOf).length);
    expect(figures.meetingsCancelled).toBe(1);
    expect(figures.attendances).toBe(present.length);
    expect(figures.apologies).toBe(marks.filter((a) => a.mark === 'apologies').length);
    expect(figures.absences).toBe(marks.filter((a) => a.mark === 'absent').length);
    expect(figures.averagePresent).toBe(Math.round((present.length / heldIds.size) * 10) / 10);
    expect(figures.peopleTakingPart).toBe(Object.keys(timesPresent).length);
    expect(figures.regularAttenders).toBe(Object.values(timesPresent).filter((n) => n >= heldIds.size / 2).length);
    expect(figures.peopleByRole['lived-experience']).toBe(livedPeople);
  });

  it('limits attendance to the period a review looks back on', () => {
    const period = { from: '2026-02-01', to: '2026-02-28' };
    const rawMeetings = rawAll(doc, 'meetings').filter((m) => m.date >= period.from && m.date <= period.to);
    const ids = new Set(rawMeetings.map((m) => m.id));
    const present = rawAll(doc, 'attendance').filter((a) => !a.archived && ids.has(a.meetingId) && a.mark === 'present');
    const figures = attendanceFigures({ meetings, attendance, people, asOf, period });
    expect(figures.meetingsHeld).toBe(4); // 3, 10, 17 and 24 February
    expect(figures.attendances).toBe(present.length);
  });

  it('counts members by status and the comments people wrote', () => {
    const rawPeople = rawAll(doc, 'people').filter((p) => !p.guest);
    const rawResponses = rawAll(doc, 'responses');
    const comments = rawResponses.filter((r) => typeof r.answers['q-comment'] === 'string' && r.answers['q-comment'].trim()).length;
    const figures = engagementFigures({ people, questionnaires, responses });
    expect(figures.membersByStatus.active).toBe(rawPeople.filter((p) => p.status === 'active').length);
    expect(figures.membersByStatus.left).toBe(rawPeople.filter((p) => p.status === 'left').length);
    expect(figures.activeWithLivedExperience).toBe(rawPeople.filter((p) => p.status === 'active' && ['lived-experience', 'carer'].includes(p.role)).length);
    expect(figures.feedbackResponses).toBe(rawResponses.length);
    expect(figures.feedbackResponses).toBeGreaterThan(300);
    expect(figures.comments).toBe(comments);
    expect(figures.questionnairesUsed).toBe(new Set(rawResponses.map((r) => r.questionnaireId)).size);
  });

  it('links questionnaire results to measures, and hides a result fewer than five people gave', () => {
    setOutcomeStatus(doc, 'o-equal', { status: 'good-progress', agreedOn: '2026-06-30', note: 'Most people agree.' });
    addEvidenceNote(doc, { outcomeId: 'o-equal', measureId: 'm-equal', text: 'Two members chaired meetings.', notedOn: '2026-05-05' });
    addEvidenceNote(doc, { outcomeId: 'o-equal', text: 'Discussed at the review.', notedOn: '2026-06-30' });
    const evidence = outcomeEvidence({
      outcomes,
      questionnaires: readAll(doc, questionnaireType) as Questionnaire[],
      responses,
      statuses: readAll(doc, outcomeStatusType),
      notes: readAll(doc, evidenceNoteType),
      shuffle: keepOrder,
    });

    const equalAnswers = rawAll(doc, 'responses').filter((r) => r.questionnaireId === 'questionnaire-check').map((r) => r.answers['q-equal']);
    const byPoint = [0, 1, 2, 3, 4].map((p) => equalAnswers.filter((a) => a === p).length);
    const answered = equalAnswers.filter((a) => typeof a === 'number').length;
    const [equalMeasure, feelMeasure] = evidence[0]!.measures;
    expect(evidence[0]!.status?.status).toBe('good-progress');
    expect(evidence[0]!.notes.map((n) => n.text)).toEqual(['Discussed at the review.']);
    expect(equalMeasure!.notes.map((n) => n.text)).toEqual(['Two members chaired meetings.']);
    expect(equalMeasure!.questions).toHaveLength(2);
    const [equalQuestion, smallQuestion] = equalMeasure!.questions;
    expect(equalQuestion!.result.hidden).toBe(false);
    if (!equalQuestion!.result.hidden) expect(equalQuestion!.result.counts).toEqual(byPoint);
    expect(equalQuestion!.result.answered).toBe(answered);
    expect(answered).toBeGreaterThan(200);
    expect(equalQuestion!.netAgreement).toBeCloseTo((byPoint[3]! + byPoint[4]! - byPoint[0]! - byPoint[1]!) / answered, 10);
    expect(smallQuestion!.result).toEqual({ questionId: 'q-confident', kind: 'agree5', answered: 3, hidden: true });
    expect(smallQuestion!.netAgreement).toBeNull();

    const faces = rawAll(doc, 'responses').filter((r) => r.questionnaireId === 'questionnaire-check').map((r) => r.answers['q-face']);
    const feel = feelMeasure!.questions[0]!.result;
    expect(feel.hidden === false && feel.counts).toEqual([0, 1, 2].map((p) => faces.filter((a) => a === p).length));
    expect(evidence[1]!.status).toBeNull();
    expect(evidence[1]!.measures[0]!.questions).toEqual([]);
  });

  it('respects a higher anonymity threshold and a review period', () => {
    const period = { from: '2026-01-01', to: '2026-01-31' };
    const january = rawAll(doc, 'responses').filter((r) => r.questionnaireId === 'questionnaire-check' && r.day >= period.from && r.day <= period.to);
    const evidence = outcomeEvidence({ outcomes, questionnaires, responses, statuses: [], notes: [], period, threshold: january.length + 1 });
    expect(evidence[0]!.measures[0]!.questions[0]!.result).toMatchObject({ hidden: true, answered: january.length });
  });
});
