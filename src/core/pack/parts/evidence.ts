import { msg, plural } from '@lingui/core/macro';
import { attendanceType } from '../../domain/attendance';
import { meetingType } from '../../domain/meeting';
import { decisionType, LADDER, LADDER_LABELS } from '../../domain/meeting-day/decision';
import { personType } from '../../domain/person';
import { questionnaireType, type Questionnaire } from '../../domain/questionnaire';
import { responseType } from '../../domain/response';
import { evidenceNoteType, OUTCOME_STATUS_LABELS, outcomeStatusType } from '../../domain/review/outcome-evidence';
import { barrierType } from '../../domain/team/barrier';
import { trainingType } from '../../domain/team/training';
import { formatList } from '../../format/intl';
import { measureTargetType, measureValueType } from '../../domain/review/measure-numbers';
import { measureProgress } from '../../review/measure-progress';
import { progressChart, progressRows } from '../../review/progress-words';
import { figureCounting, figureSentence, measureFigure, type FigureRecords } from '../../review/measure-figures';
import { attendanceFigures, decisionFigures, engagementFigures, outcomeEvidence } from '../../review/evidence';
import { number, percent, shortDate } from '../format';
import { mayInclude } from '../options';
import type { PackContext, PackPart } from '../part';
import type { ReportBlock } from '../report';
import { WRITTEN_COMMENTS } from '../small-groups';

const TITLE = msg`Outcomes and evidence`;

/**
 * Each outcome in the plan: the status the group agreed, and the evidence behind each measure.
 * The reasons and notes the group wrote go in only when ticked.
 */
export const evidencePart: PackPart = {
  id: 'outcomes',
  title: TITLE,
  sensitive: ['wordsOutcomes'],
  section(ctx) {
    const { i18n, threshold } = ctx;
    if (ctx.outcomes.length === 0) return null;
    const evidence = outcomeEvidence({
      outcomes: ctx.outcomes,
      questionnaires: ctx.source.records(questionnaireType) as Questionnaire[],
      responses: ctx.source.records(responseType),
      statuses: ctx.source.records(outcomeStatusType),
      notes: ctx.source.records(evidenceNoteType),
      threshold,
    });
    const words = mayInclude(ctx.options, 'wordsOutcomes');
    const targets = new Map(ctx.source.records(measureTargetType).filter((m) => !m.archived).map((m) => [m.measureId, m]));
    const values = ctx.source.records(measureValueType);
    const notesLeftOut = (n: number) =>
      i18n._(msg`${plural(n, { one: '# evidence note written by the group is', other: '# evidence notes written by the group are' })} left out of this pack.`);
    const noteLine = (n: { notedOn: string; text: string }) => {
      const day = shortDate(n.notedOn);
      const text = n.text;
      return i18n._(msg({ message: `${day}: ${text}`, comment: 'An evidence note: the day it was written, then its words' }));
    };
    const blocks: ReportBlock[] = [
      { kind: 'subheading', text: i18n._(msg`Across the whole project`) },
      { kind: 'facts', items: projectFacts(ctx) },
    ];
    for (const { outcome, status, notes, measures } of evidence) {
      blocks.push({ kind: 'heading', text: outcome.title });
      blocks.push({ kind: 'facts', items: [{ label: i18n._(msg`Where the group thinks it is`), value: statusWords(ctx, status) }] });
      if (status?.note && words)
        blocks.push({
          kind: 'words',
          label: i18n._(msg({ message: 'Why', comment: 'The reasons the group gave for an outcome’s status' })),
          text: status.note,
        });
      if (notes.length) blocks.push(words ? { kind: 'list', items: notes.map(noteLine) } : { kind: 'paragraph', text: notesLeftOut(notes.length) });
      for (const { measure, questions, notes: measureNotes } of measures) {
        const measureTitle = measure.title;
        blocks.push({ kind: 'subheading', text: i18n._(msg`Measure: ${measureTitle}`) });
        const figure = measure.source ? measureFigure(measure.source, figureRecords(ctx), ctx.asOf) : undefined;
        const progress = measureProgress(
          targets.get(measure.id),
          values.filter((v) => v.measureId === measure.id),
          // A count small enough to pick people out stays out of the chart; it is described below.
          figure && !ctx.small.hides(figure.value) ? { value: figure.value, asOf: ctx.asOf } : undefined,
        );
        if (progress) {
          blocks.push({ kind: 'chart', chart: progressChart(i18n, measureTitle, progress) });
          blocks.push({
            kind: 'table',
            caption: i18n._(msg`Figures for “${measureTitle}”`),
            columns: [
              { label: i18n._(msg({ message: 'When', comment: 'Table heading: the day a figure was counted' })) },
              { label: i18n._(msg({ message: 'Figure', comment: 'Table heading: the number counted for a measure' })), short: true },
              { label: i18n._(msg({ message: 'Where it comes from', comment: 'Table heading: how a figure was counted' })) },
            ],
            rows: progressRows(i18n, progress),
          });
        }
        if (figure && measure.source) {
          const hidden = String(ctx.small.cell(figure.value));
          blocks.push({
            kind: 'paragraph',
            text: ctx.small.hides(figure.value) ? i18n._(msg`A small number (${hidden}), not shown exactly so nobody can be picked out.`) : figureSentence(i18n, figure),
          });
          blocks.push({ kind: 'note', text: figureCounting(i18n, measure.source) });
        } else if (!progress && questions.length === 0 && measureNotes.length === 0) {
          blocks.push({ kind: 'paragraph', text: i18n._(msg`No evidence gathered for this yet.`) });
          continue;
        }
        for (const q of questions) {
          const question = q.question.text;
          const questionnaire = q.questionnaireTitle;
          const answered = q.result.answered;
          if (q.result.hidden) {
            blocks.push({ kind: 'note', text: i18n._(msg`“${question}” (${questionnaire}): not shown, because fewer than ${threshold} people answered.`) });
          } else if (q.question.kind !== 'text') {
            blocks.push({
              kind: 'chart',
              chart: {
                title: i18n._(msg`${question} (${questionnaire}, ${plural(answered, { one: '# answer', other: '# answers' })})`),
                labels: q.result.labels,
                values: q.result.counts,
                direction: 'across',
                unit: i18n._(msg({ message: 'answers', comment: 'What the bars of a chart count, read out after its figures' })),
              },
            });
            if (q.netAgreement !== null) {
              const [sd = 0, d = 0, , a = 0, sa = 0] = q.result.counts;
              const agree = percent((a + sa) / answered);
              const disagree = percent((sd + d) / answered);
              blocks.push({ kind: 'paragraph', text: i18n._(msg`${agree} agree and ${disagree} disagree.`) });
            }
          } else {
            const written = plural(answered, { one: '# written answer', other: '# written answers' });
            blocks.push({
              kind: 'paragraph',
              text: mayInclude(ctx.options, 'wordsFeedback')
                ? i18n._(msg`“${question}”: ${written} (in the feedback section).`)
                : i18n._(msg`“${question}”: ${written} (their words are left out of this pack).`),
            });
          }
        }
        if (measureNotes.length)
          blocks.push(words ? { kind: 'list', items: measureNotes.map(noteLine) } : { kind: 'paragraph', text: notesLeftOut(measureNotes.length) });
      }
    }
    return { id: 'outcomes', title: i18n._(TITLE), blocks };
  },
};

function figureRecords(ctx: PackContext): FigureRecords {
  const { source } = ctx;
  return {
    people: source.records(personType),
    meetings: source.records(meetingType),
    attendance: source.records(attendanceType),
    barriers: source.records(barrierType),
    training: source.records(trainingType),
    decisions: source.records(decisionType),
  };
}

/** "Good progress (agreed 6 Jan 2026)", or "Not agreed yet". */
function statusWords(ctx: PackContext, status: { status: keyof typeof OUTCOME_STATUS_LABELS; agreedOn?: string | undefined } | null): string {
  const { i18n } = ctx;
  if (!status) return i18n._(msg`Not agreed yet`);
  const where = i18n._(OUTCOME_STATUS_LABELS[status.status]);
  if (!status.agreedOn) return where;
  const day = shortDate(status.agreedOn);
  return i18n._(msg`${where} (agreed ${day})`);
}

/** The counts most outcomes lean on: taking part, feedback, and how far decisions were shared. */
function projectFacts(ctx: PackContext): { label: string; value: string }[] {
  const { i18n } = ctx;
  const meetings = ctx.source.records(meetingType);
  const people = ctx.source.records(personType);
  const taking = attendanceFigures({ meetings, attendance: ctx.source.records(attendanceType), people, asOf: ctx.asOf });
  const engaged = engagementFigures({
    people,
    questionnaires: ctx.source.records(questionnaireType) as Questionnaire[],
    responses: ctx.source.records(responseType),
  });
  const decisions = decisionFigures({ decisions: ctx.source.records(decisionType), meetings });
  const n = (value: number) => (ctx.small.hides(value) ? String(ctx.small.cell(value)) : number(value));
  const active = n(engaged.activeMembers);
  const lived = n(engaged.activeWithLivedExperience);
  const responses = n(engaged.feedbackResponses);
  const comments = ctx.small.count(engaged.comments, WRITTEN_COMMENTS);
  const facts = [
    { label: i18n._(msg`Meetings held`), value: number(taking.meetingsHeld) },
    {
      label: i18n._(msg`People at each meeting, on average`),
      value: ctx.small.hides(taking.averagePresent) ? String(ctx.small.cell(taking.averagePresent)) : number(taking.averagePresent),
    },
    { label: i18n._(msg`Active members`), value: i18n._(msg`${active} (${lived} with lived or caring experience)`) },
    {
      label: i18n._(msg`Feedback responses`),
      value: i18n._(msg({ message: `${responses} (${comments})`, comment: 'How many feedback responses, then how many written comments among them' })),
    },
  ];
  if (decisions.total) {
    const together = number(decisions.byLadder['co-designed'] + decisions.byLadder['co-produced']);
    const total = number(decisions.total);
    facts.push({ label: i18n._(msg`Decisions co-designed or co-produced`), value: i18n._(msg`${together} of ${total}`) });
    facts.push({
      label: i18n._(msg`Decisions by step on the ladder`),
      value: formatList(
        LADDER.map((r) => {
          const rung = LADDER_LABELS[r].toLowerCase();
          const count = decisions.byLadder[r];
          return i18n._(msg({ message: `${rung} ${count}`, comment: 'A step on the ladder of participation and how many decisions were at it' }));
        }),
        'unit',
      ),
    });
  }
  return facts;
}
