import { questionnaireType, type Questionnaire } from '../../domain/questionnaire';
import { responseType } from '../../domain/response';
import { evidenceNoteType, OUTCOME_STATUS_LABELS, outcomeStatusType } from '../../domain/review/outcome-evidence';
import { outcomeEvidence } from '../../review/evidence';
import { count, percent, shortDate } from '../format';
import type { PackPart } from '../part';
import type { ReportBlock } from '../report';

/** Each outcome in the plan: the status the group agreed, and the evidence behind each measure. */
export const evidencePart: PackPart = {
  id: 'outcomes',
  title: 'Outcomes and evidence',
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
    const blocks: ReportBlock[] = [];
    for (const { outcome, status, notes, measures } of evidence) {
      blocks.push({ kind: 'heading', text: outcome.title });
      blocks.push({
        kind: 'facts',
        items: [{ label: 'Where the group thinks it is', value: status ? `${OUTCOME_STATUS_LABELS[status.status]}${status.agreedOn ? ` (agreed ${shortDate(status.agreedOn)})` : ''}` : 'Not agreed yet' }],
      });
      if (status?.note) blocks.push({ kind: 'words', label: 'Why', text: status.note });
      if (notes.length) blocks.push({ kind: 'list', items: notes.map((n) => `${shortDate(n.notedOn)}: ${n.text}`) });
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
            blocks.push({ kind: 'paragraph', text: `“${q.question.text}”: ${count(q.result.answered, 'written answer')} (in the feedback section).` });
          }
        }
        if (measureNotes.length) blocks.push({ kind: 'list', items: measureNotes.map((n) => `${shortDate(n.notedOn)}: ${n.text}`) });
      }
    }
    return { id: 'outcomes', title: 'Outcomes and evidence', blocks };
  },
};
