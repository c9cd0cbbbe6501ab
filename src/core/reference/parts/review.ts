import { insertRecord, updateRecord } from '../../commands/records';
import { measureType } from '../../domain/plan/measure';
import { questionnaireType } from '../../domain/questionnaire';
import { learningReviewType } from '../../domain/review/learning-review';
import { nextStepType } from '../../domain/review/next-step';
import { youSaidWeDidType, type RaisedKind } from '../../domain/review/you-said-we-did';
import type { ReferenceContext } from '../context';
import { readRecord } from '../../read/records';

const SAID_AND_DONE: [RaisedKind, string, string][] = [
  ['feedback-theme', 'Papers arrive too late to read before the meeting.', 'Papers now go out ten days before, by post or email as each person prefers.'],
  ['reflection', 'Some people find it hard to speak in the big group.', 'Each meeting starts in small tables of four before we come back together.'],
  ['feedback-theme', 'The hall is cold in winter.', 'We moved winter meetings to the library’s warm upstairs room.'],
  ['note', 'Carers cannot come in the morning school run.', 'Meetings start at 10:00 instead of 9:30.'],
  ['feedback-theme', 'Decisions feel made before we get there.', 'Draft decisions now come to the group as options, not answers.'],
  ['reflection', 'We want to know what happened to our ideas.', 'Every meeting opens with five minutes of “you said, we did”.'],
];

const STEPS = ['Write the easy-read summary of the review', 'Ask the council to present the respite budget', 'Plan two sessions on interviewing skills'];

/** Questions that give evidence for a measure in the plan: [questionnaire, question, measure]. */
const EVIDENCE_LINKS: [string, string, string][] = [
  ['questionnaire-check', 'q-equal', 'measure-confidence-0'],
  ['questionnaire-check', 'q-difference', 'measure-influence-0'],
  ['questionnaire-quick', 'listened-to', 'measure-influence-1'],
];

/** Reference records for the review part of the app: evidence links, learning reviews and "you said, we did". */
export function addReviewRecords(ctx: ReferenceContext): void {
  const { doc, meetings } = ctx;
  linkEvidence(ctx);
  if (meetings.length === 0) return;
  const dayOf = (index: number) => meetings[Math.min(meetings.length - 1, Math.max(0, index))]!.date;
  const entries = ctx.size.name === 'large' || ctx.size.name === 'twice-large' ? 60 : SAID_AND_DONE.length;
  for (let i = 0; i < entries; i++) {
    const [raisedKind, youSaid, weDid] = SAID_AND_DONE[i % SAID_AND_DONE.length]!;
    // Spread over the first half of the meetings: the example project starts half a year ago, so these are all in the past.
    const at = Math.floor(((i + 1) * meetings.length) / (2 * (entries + 2)));
    insertRecord(doc, youSaidWeDidType, {
      id: `said-${i}`,
      raisedKind,
      youSaid,
      weDid,
      raisedOn: dayOf(at),
      changedOn: dayOf(at + 2),
      ...(raisedKind === 'feedback-theme' && ctx.questionnaires[0] ? { sourceId: ctx.questionnaires[0].id } : {}),
    });
  }
  const quarter = Math.max(1, Math.floor(meetings.length / 4));
  const reviews = [
    { id: 'review-planning', title: 'Looking back on planning', from: 0, to: quarter - 1 },
    { id: 'review-doing', title: 'Looking back on the first six months', from: quarter, to: 2 * quarter - 1 },
  ];
  for (const r of reviews) {
    const made = insertRecord(doc, learningReviewType, {
      id: r.id,
      title: r.title,
      scope: 'phase',
      heldOn: dayOf(r.to),
      periodFrom: dayOf(r.from),
      periodTo: dayOf(r.to),
      meetingId: meetings[r.to]!.id,
      achieved: 'We agreed what good respite looks like, in our own words, and the council used it in the new service specification.',
      worked: 'Small tables before the big group. Meeting in the library. Paying people for their time on the day.',
      notWorked: 'Some papers were still too long. Two evening meetings had very few people.',
      learnt: 'Carers know where the service breaks down long before the figures show it.',
      skills: 'Three members chaired a meeting for the first time. Two took part in interviewing new staff.',
      next: 'Keep the small tables. Shorter papers with an easy-read summary.',
    });
    if (!made.ok) continue;
    STEPS.forEach((text, i) => insertRecord(doc, nextStepType, { id: `${r.id}-step-${i}`, reviewId: r.id, text }));
  }
}

/** Points some feedback questions at the plan's measures, as a facilitator does in the questionnaire editor. */
function linkEvidence({ doc }: ReferenceContext): void {
  for (const [questionnaireId, questionId, measureId] of EVIDENCE_LINKS) {
    const questionnaire = readRecord(doc, questionnaireType, questionnaireId);
    if (!questionnaire || !readRecord(doc, measureType, measureId)) continue;
    const questions = questionnaire.questions.map((q) => (q.id === questionId ? { ...q, measureId } : q));
    updateRecord(doc, questionnaireType, questionnaireId, { questions });
  }
}
