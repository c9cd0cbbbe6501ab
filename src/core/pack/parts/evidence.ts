import { attendanceType } from '../../domain/attendance';
import { meetingType } from '../../domain/meeting';
import { decisionType, LADDER, LADDER_LABELS } from '../../domain/meeting-day/decision';
import { personType } from '../../domain/person';
import { questionnaireType, type Questionnaire } from '../../domain/questionnaire';
import { responseType } from '../../domain/response';
import { evidenceNoteType, OUTCOME_STATUS_LABELS, outcomeStatusType } from '../../domain/review/outcome-evidence';
import { attendanceFigures, decisionFigures, engagementFigures, outcomeEvidence } from '../../review/evidence';
import { count, number, percent, shortDate } from '../format';
import { mayInclude } from '../options';
import type { PackContext, PackPart } from '../part';
import type { ReportBlock } from '../report';

/**
 * Each outcome in the plan: the status the group agreed, and the evidence behind each measure.
 * The reasons and notes the group wrote go in only when ticked.
 */
export const evidencePart: PackPart = {
  id: 'outcomes',
  title: 'Outcomes and evidence',
  sensitive: ['wordsOutcomes'],
  section(ctx) {
    if (ctx.outcomes.length === 0) return null;
    const evidence = outcomeEvidence({
      outcomes: ctx.outcomes,
      questionnaires: ctx.source.records(questionnaireType) as Questionnaire[],
      responses: ctx.source.records(responseType),
      statuses: ctx.source.records(outcomeStatusType),
      notes: ctx.source.records(evidenceNoteType),
      threshold: ctx.threshold,
    });
    const words = mayInclude(ctx.options, 'wordsOutcomes');
    const notesLeftOut = (n: number) => `${count(n, 'evidence note')} written by the group ${n === 1 ? 'is' : 'are'} left out of this pack.`;
    const blocks: ReportBlock[] = [{ kind: 'subheading', text: 'Across the whole project' }, { kind: 'facts', items: projectFacts(ctx) }];
    for (const { outcome, status, notes, measures } of evidence) {
      blocks.push({ kind: 'heading', text: outcome.title });
      blocks.push({
        kind: 'facts',
        items: [{ label: 'Where the group thinks it is', value: status ? `${OUTCOME_STATUS_LABELS[status.status]}${status.agreedOn ? ` (agreed ${shortDate(status.agreedOn)})` : ''}` : 'Not agreed yet' }],
      });
      if (status?.note && words) blocks.push({ kind: 'words', label: 'Why', text: status.note });
      if (notes.length) blocks.push(words ? { kind: 'list', items: notes.map((n) => `${shortDate(n.notedOn)}: ${n.text}`) } : { kind: 'paragraph', text: notesLeftOut(notes.length) });
      for (const { measure, questions, notes: measureNotes } of measures) {
        blocks.push({ kind: 'subheading', text: `Measure: ${measure.title}` });
        if (questions.length === 0 && measureNotes.length === 0) {
          blocks.push({ kind: 'paragraph', text: 'No evidence gathered for this yet.' });
          continue;
        }
        for (const q of questions) {
          if (q.result.hidden) {
            blocks.push({ kind: 'note', text: `“${q.question.text}” (${q.questionnaireTitle}): not shown, because fewer than ${ctx.threshold} people answered.` });
          } else if (q.question.kind !== 'text') {
            blocks.push({
              kind: 'chart',
              chart: { title: `${q.question.text} (${q.questionnaireTitle}, ${count(q.result.answered, 'answer')})`, labels: q.result.labels, values: q.result.counts, direction: 'across', unit: 'answers' },
            });
            if (q.netAgreement !== null) {
              const [sd = 0, d = 0, , a = 0, sa = 0] = q.result.counts;
              blocks.push({ kind: 'paragraph', text: `${percent((a + sa) / q.result.answered)} agree and ${percent((sd + d) / q.result.answered)} disagree.` });
            }
          } else {
            const where = mayInclude(ctx.options, 'wordsFeedback') ? 'in the feedback section' : 'their words are left out of this pack';
            blocks.push({ kind: 'paragraph', text: `“${q.question.text}”: ${count(q.result.answered, 'written answer')} (${where}).` });
          }
        }
        if (measureNotes.length) blocks.push(words ? { kind: 'list', items: measureNotes.map((n) => `${shortDate(n.notedOn)}: ${n.text}`) } : { kind: 'paragraph', text: notesLeftOut(measureNotes.length) });
      }
    }
    return { id: 'outcomes', title: 'Outcomes and evidence', blocks };
  },
};

/** The counts most outcomes lean on: taking part, feedback, and how far decisions were shared. */
function projectFacts(ctx: PackContext): { label: string; value: string }[] {
  const meetings = ctx.source.records(meetingType);
  const people = ctx.source.records(personType);
  const taking = attendanceFigures({ meetings, attendance: ctx.source.records(attendanceType), people, asOf: ctx.asOf });
  const engaged = engagementFigures({ people, questionnaires: ctx.source.records(questionnaireType) as Questionnaire[], responses: ctx.source.records(responseType) });
  const decisions = decisionFigures({ decisions: ctx.source.records(decisionType), meetings });
  const n = (value: number) => (ctx.small.hides(value) ? String(ctx.small.cell(value)) : number(value));
  const facts = [
    { label: 'Meetings held', value: number(taking.meetingsHeld) },
    { label: 'People at each meeting, on average', value: ctx.small.hides(taking.averagePresent) ? String(ctx.small.cell(taking.averagePresent)) : String(taking.averagePresent) },
    { label: 'Active members', value: `${n(engaged.activeMembers)} (${n(engaged.activeWithLivedExperience)} with lived or caring experience)` },
    { label: 'Feedback responses', value: `${n(engaged.feedbackResponses)} (${ctx.small.count(engaged.comments, 'written comment')})` },
  ];
  if (decisions.total) {
    const together = decisions.byLadder['co-designed'] + decisions.byLadder['co-produced'];
    facts.push({ label: 'Decisions co-designed or co-produced', value: `${number(together)} of ${number(decisions.total)}` });
    facts.push({ label: 'Decisions by step on the ladder', value: LADDER.map((r) => `${LADDER_LABELS[r].toLowerCase()} ${decisions.byLadder[r]}`).join(', ') });
  }
  return facts;
}
