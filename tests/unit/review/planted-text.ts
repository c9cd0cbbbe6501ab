import type * as Y from 'yjs';
import { markAttendance } from '../../../src/core/commands/attendance';
import { createQuestionnaire } from '../../../src/core/commands/feedback-questionnaires';
import { writeResponseBatch } from '../../../src/core/commands/feedback-responses';
import { addAgendaItem, addPaper, markCalled } from '../../../src/core/commands/meeting-day-before';
import { addAction, recordDecision, startNotes, startReflection } from '../../../src/core/commands/meeting-day-during';
import { scheduleMeeting } from '../../../src/core/commands/meeting-day-meetings';
import { addVenue, chooseVenue } from '../../../src/core/commands/meeting-day-venues';
import { addActivity, addAim, addMeasure, addObjective, addOutcome } from '../../../src/core/commands/plan-aims';
import { addSection, editSectionBody, recordDocumentStep } from '../../../src/core/commands/plan-documents';
import { addAsset, addStakeholder } from '../../../src/core/commands/plan-maps';
import { addRisk } from '../../../src/core/commands/plan-risks';
import { setCyclePart } from '../../../src/core/commands/plan-stage';
import { addValue, startDefinition } from '../../../src/core/commands/plan-statement';
import { updateProjectDetails } from '../../../src/core/commands/project';
import { readAll } from '../../../src/core/commands/records';
import { addEvidenceNote, setOutcomeStatus } from '../../../src/core/commands/review-evidence';
import { addNextStep, startLearningReview, updateLearningReview } from '../../../src/core/commands/review-learning';
import { addYouSaidWeDid } from '../../../src/core/commands/review-you-said';
import { recordBarrier } from '../../../src/core/commands/team-barriers';
import { addContribution } from '../../../src/core/commands/team-ledger';
import { saveInclusionProfile, setSupport, updateMemberDetails } from '../../../src/core/commands/team-members';
import { addTraining } from '../../../src/core/commands/team-training';
import { planDocumentType } from '../../../src/core/domain/plan/plan-document';
import { documentVersionType } from '../../../src/core/domain/plan/document-version';
import type { Result } from '../../../src/core/result';

/** Where a planted text went, for messages when a test finds it in the wrong place. */
export type Planted = string[];

function must<T>(where: string, result: Result<T>): T {
  if (!result.ok) throw new Error(`Could not plant text in ${where}: ${result.message}`);
  return result.value;
}

/**
 * Writes text into every free-text field a facilitator can type in, through the commands the
 * screens use. `say(where)` gives the text for each field (it may differ each time). Needs a
 * project with an outcome, a measure, a questionnaire with a text question, terms of
 * reference and people (the year-of-use reference project has them all).
 */
export function plantInEveryField(doc: Y.Doc, say: (where: string) => string, people: { aboutId: string; paidId: string }): Planted {
  const planted: Planted = [];
  const put = <T>(where: string, write: (text: string) => Result<T>): T => {
    planted.push(where);
    return must(where, write(say(where)));
  };
  const day = '2026-06-16';
  put('project purpose', (t) => updateProjectDetails(doc, { purpose: t.slice(0, 200) }));

  // Plan
  const aim = put('aim title', (t) => addAim(doc, { title: t }));
  put('aim detail', (t) => addAim(doc, { title: 'Another aim', detail: t }));
  const outcome = put('outcome title', (t) => addOutcome(doc, aim.id, { title: t }));
  const measure = put('measure', (t) => addMeasure(doc, outcome.id, { kind: 'observation', text: t }));
  const objective = put('objective', (t) => addObjective(doc, outcome.id, { title: t }));
  put('activity', (t) => addActivity(doc, objective.id, { title: t }));
  put('definition of co-production', (t) => startDefinition(doc, t));
  put('value name', (t) => addValue(doc, { name: t.slice(0, 80) }));
  put('value meaning', (t) => addValue(doc, { name: 'Honesty', meaning: t }));
  put('how a part of the cycle is shared', (t) => setCyclePart(doc, 'evaluation', true, t));
  put('stakeholder', (t) => addStakeholder(doc, { name: t.slice(0, 100), kind: 'individual', involvement: 'involved', why: t.slice(0, 500) }));
  put('asset', (t) => addAsset(doc, { kind: 'skills', description: t.slice(0, 300), state: 'have', source: t.slice(0, 160) }));
  put('risk', (t) => addRisk(doc, { what: t.slice(0, 200), likelihood: 'low', impact: 'low', response: t.slice(0, 300), warningSign: t.slice(0, 300) }));

  // Terms of reference: a new section, then a fresh agreement so the pack shows it.
  const terms = readAll(doc, planDocumentType).find((d) => d.kind === 'terms')!;
  const section = put('terms of reference heading', (t) => addSection(doc, terms.id, t.slice(0, 120)));
  put('terms of reference text', (t) => editSectionBody(doc, section.id, { index: 0, remove: 0, insert: t }));
  const last = readAll(doc, documentVersionType).filter((v) => v.documentId === terms.id).sort((a, b) => b.number - a.number)[0]!;
  must('reopen terms', recordDocumentStep(doc, { documentId: terms.id, status: 'draft', date: last.date > '2026-06-01' ? last.date : '2026-06-01' }));
  must('discuss terms', recordDocumentStep(doc, { documentId: terms.id, status: 'discussed', date: '2026-06-02' }));
  put('who else was there when agreed', (t) => recordDocumentStep(doc, { documentId: terms.id, status: 'agreed', date: '2026-06-09', presentIds: [people.aboutId], presentNote: t.slice(0, 300), note: t.slice(0, 300), agreeUnwritten: true }));

  // Meetings
  const venue = put('venue', (t) => addVenue(doc, { name: t.slice(0, 100), address: t.slice(0, 200), notes: t }));
  const meeting = put('meeting title', (t) => scheduleMeeting(doc, { title: t.slice(0, 120), date: day, startTime: '18:00', endTime: '19:30', place: t.slice(0, 200) }));
  must('venue for meeting', chooseVenue(doc, meeting.id, venue.id));
  must('mark present', markAttendance(doc, meeting.id, people.aboutId, 'present'));
  put('agenda item', (t) => addAgendaItem(doc, meeting.id, { title: t.slice(0, 200), leadName: t.slice(0, 120) }));
  put('paper', (t) => addPaper(doc, meeting.id, t.slice(0, 200), t.slice(0, 300)));
  put('pre-meeting call note', (t) => markCalled(doc, meeting.id, people.aboutId, day, t.slice(0, 300)));
  put('meeting notes', (t) => startNotes(doc, meeting.id, t));
  put('what went well', (t) => startReflection(doc, meeting.id, 'wentWell', t));
  put('what could be better', (t) => startReflection(doc, meeting.id, 'couldBeBetter', t));
  put('decision', (t) => recordDecision(doc, meeting.id, { text: t.slice(0, 500), method: 'consensus', ladder: 'co-produced', note: t }));
  put('action', (t) => addAction(doc, meeting.id, { what: t.slice(0, 300), ownerPersonId: people.aboutId }));

  // Feedback: a questionnaire written with the text, and written answers to it and to the reference one.
  const questionnaire = put('questionnaire', (t) =>
    createQuestionnaire(doc, {
      title: t.slice(0, 160),
      intro: t,
      questions: [
        { id: 'q-open', kind: 'text', text: t.slice(0, 500) },
        { id: 'q-pick', kind: 'choice', text: 'Who helped most?', options: [t.slice(0, 200), 'Someone else'] },
      ],
    }),
  );
  planted.push('written feedback answers');
  must(
    'written feedback answers',
    writeResponseBatch(
      doc,
      Array.from({ length: 7 }, (_, i) => ({
        questionnaireId: i % 2 ? questionnaire.id : 'questionnaire-check',
        day,
        source: 'kiosk' as const,
        answers: (i % 2 ? { 'q-open': say('written feedback answers'), 'q-pick': 0 } : { 'q-comment': say('written feedback answers'), 'q-equal': 3 }) as Record<string, string | number>,
      })),
    ),
  );
  must(
    'more answers, so the new questionnaire reaches the threshold',
    writeResponseBatch(
      doc,
      Array.from({ length: 5 }, () => ({ questionnaireId: questionnaire.id, day: '2026-06-23', source: 'paper' as const, answers: { 'q-open': say('written feedback answers'), 'q-pick': 1 } })),
    ),
  );

  // Review
  put('outcome status note', (t) => setOutcomeStatus(doc, 'outcome-influence', { status: 'some-progress', agreedOn: day, note: t }));
  put('evidence note', (t) => addEvidenceNote(doc, { outcomeId: 'outcome-influence', measureId: 'measure-influence-0', text: t, notedOn: day }));
  put('evidence note on an outcome', (t) => addEvidenceNote(doc, { outcomeId: outcome.id, measureId: measure.id, text: t, notedOn: day }));
  const review = put('learning review title', (t) => startLearningReview(doc, { title: t.slice(0, 160), scope: 'phase', heldOn: day }));
  for (const field of ['achieved', 'worked', 'notWorked', 'learnt', 'skills', 'next'] as const) put(`learning review: ${field}`, (t) => updateLearningReview(doc, review.id, { [field]: t }));
  put('next step', (t) => addNextStep(doc, review.id, t.slice(0, 300)));
  put('you said', (t) => addYouSaidWeDid(doc, { raisedKind: 'feedback-theme', youSaid: t, weDid: 'We changed the day.', changedOn: day }));
  put('we did', (t) => addYouSaidWeDid(doc, { raisedKind: 'note', youSaid: 'The room was cold.', weDid: t, changedOn: day }));

  // Team
  put('what a payment was for', (t) => addContribution(doc, { personId: people.paidId, kind: 'voucher', amountPence: 2000, date: day, forWhat: t.slice(0, 300) }));
  put('training', (t) => addTraining(doc, { personId: people.aboutId, kind: 'other', date: day, title: t.slice(0, 160), note: t.slice(0, 300) }));
  put('someone who could not take part', (t) => recordBarrier(doc, { reasons: ['travel'], detailsAgreed: true, details: t }));
  put('member involvement', (t) => updateMemberDetails(doc, people.aboutId, { involvement: t.slice(0, 300), organisation: t.slice(0, 100) }));
  put('access notes', (t) => saveInclusionProfile(doc, people.aboutId, { accessNotes: t, note: t, accessNeeds: ['step-free'] }));
  put('support note', (t) => setSupport(doc, people.aboutId, ['transport'], t.slice(0, 300)));
  return planted;
}
