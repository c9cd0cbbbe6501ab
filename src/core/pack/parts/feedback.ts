import { questionnaireType, type Question, type Questionnaire } from '../../domain/questionnaire';
import { responseType, type FeedbackResponse } from '../../domain/response';
import { netAgreement, questionResult, SCALE_LABELS } from '../../feedback/results';
import { toCsv, type Cell } from '../csv';
import { count, percent, shortDate, slug, compareCodes } from '../format';
import { mayInclude } from '../options';
import type { PackContext, PackFile, PackPart } from '../part';
import type { ReportBlock } from '../report';

/** Comments shown in the report for each free-text question; the rest are in the files. */
const COMMENTS_IN_REPORT = 12;

/**
 * Feedback results with charts, for each questionnaire as a whole: never by day or meeting.
 * Anything fewer people answered than the threshold stays hidden, here and in the files.
 * Written answers go in only when ticked; one row per response only in the group's own pack,
 * when asked for, with no day or meeting and in no particular order.
 */
export const feedbackPart: PackPart = {
  id: 'feedback',
  title: 'Feedback',
  sensitive: ['wordsFeedback', 'responseRows'],
  section(ctx) {
    const used = answeredQuestionnaires(ctx);
    if (used.length === 0) return null;
    const blocks: ReportBlock[] = [
      { kind: 'paragraph', text: `Answers are anonymous. Where fewer than ${ctx.threshold} people answered a question, the answers are not shown, so nobody can be picked out.` },
    ];
    for (const { questionnaire, responses } of used) {
      blocks.push({ kind: 'heading', text: questionnaire.title });
      if (responses.length < ctx.threshold) {
        blocks.push({ kind: 'paragraph', text: `${capitalise(ctx.small.count(responses.length, 'response'))} so far: too few to show any results.` });
        continue;
      }
      const days = responses.map((r) => r.day).sort();
      const first = days[0]!;
      const last = days[days.length - 1]!;
      blocks.push({ kind: 'paragraph', text: `${count(responses.length, 'response')}, ${first === last ? `on ${shortDate(first)}` : `from ${shortDate(first)} to ${shortDate(last)}`}.` });
      for (const question of questionnaire.questions) blocks.push(...questionBlocks(ctx, question, responses));
    }
    return { id: 'feedback', title: 'Feedback', blocks };
  },
  files(ctx) {
    const used = answeredQuestionnaires(ctx);
    if (used.length === 0) return [];
    const rows = mayInclude(ctx.options, 'responseRows');
    const words = mayInclude(ctx.options, 'wordsFeedback');
    const files: PackFile[] = [];
    const summary: Cell[][] = [];
    const names = new Set<string>();
    for (const { questionnaire, responses } of used) {
      const shown: Question[] = [];
      for (const question of questionnaire.questions) {
        const result = questionResult(question, responses, ctx.threshold);
        if (result.hidden) {
          summary.push([questionnaire.title, question.text, ctx.small.cell(result.answered), `Not shown: fewer than ${ctx.threshold} answers`, '']);
          continue;
        }
        if (question.kind === 'text') {
          if (words) shown.push(question);
          summary.push([questionnaire.title, question.text, result.answered, words && rows ? 'Written answers (in the file of responses)' : 'Written answers (left out of this file)', result.answered]);
        } else {
          shown.push(question);
          result.labels.forEach((label, i) => summary.push([questionnaire.title, question.text, result.answered, label, result.counts[i] ?? 0]));
        }
      }
      if (!rows || responses.length < ctx.threshold || shown.length === 0) continue;
      let name = `feedback-${slug(questionnaire.title, 'questionnaire')}.csv`;
      for (let n = 2; names.has(name); n++) name = `feedback-${slug(questionnaire.title, 'questionnaire')}-${n}.csv`;
      names.add(name);
      // Sorted by the answers themselves, so the order says nothing about who answered when.
      const answers = responses.map((r) => shown.map((q) => answerLabel(q, r.answers[q.id]))).sort((a, b) => compareCodes(a.join('\u0000'), b.join('\u0000')));
      files.push({
        name,
        about: `Each response to “${questionnaire.title}”, one row each, with no day or meeting and in no particular order. Questions fewer than ${ctx.threshold} people answered are left out${words ? '' : ', and so are written answers'}.`,
        data: toCsv(['Response', ...shown.map((q) => q.text)], answers.map((a, i) => [i + 1, ...a])),
      });
    }
    files.unshift({
      name: 'feedback-results.csv',
      about: 'How many people gave each answer to each question, for each questionnaire as a whole (the figures behind the charts).',
      data: toCsv(['Questionnaire', 'Question', 'Answered', 'Answer', 'How many'], summary),
    });
    return files;
  },
  leftOut(ctx) {
    return [
      `Feedback results for any question fewer than ${ctx.threshold} people answered.`,
      'The day and the meeting of each feedback response: results are for each questionnaire as a whole.',
    ];
  },
};

function answeredQuestionnaires(ctx: PackContext): { questionnaire: Questionnaire; responses: FeedbackResponse[] }[] {
  const byQuestionnaire = new Map<string, FeedbackResponse[]>();
  for (const r of ctx.source.records(responseType)) {
    const list = byQuestionnaire.get(r.questionnaireId);
    if (list) list.push(r);
    else byQuestionnaire.set(r.questionnaireId, [r]);
  }
  return (ctx.source.records(questionnaireType) as Questionnaire[])
    .filter((q) => byQuestionnaire.has(q.id))
    .map((questionnaire) => ({ questionnaire, responses: byQuestionnaire.get(questionnaire.id)! }));
}

function questionBlocks(ctx: PackContext, question: Question, responses: readonly FeedbackResponse[]): ReportBlock[] {
  const { threshold } = ctx;
  const result = questionResult(question, responses, threshold);
  const blocks: ReportBlock[] = [{ kind: 'subheading', text: question.text }];
  if (result.hidden) {
    const why = result.answered === 0 ? 'nobody has answered this yet' : ctx.small.hides(result.answered) ? `fewer than ${threshold} people answered` : `only ${count(result.answered, 'person', 'people')} answered, fewer than ${threshold}`;
    blocks.push({ kind: 'note', text: `Not shown: ${why}.` });
    return blocks;
  }
  if (question.kind === 'text') {
    if (!mayInclude(ctx.options, 'wordsFeedback')) {
      blocks.push({ kind: 'paragraph', text: `${count(result.answered, 'person', 'people')} wrote an answer. Their words are left out of this pack.` });
      return blocks;
    }
    const shown = result.texts.slice(0, COMMENTS_IN_REPORT);
    const rest = result.answered > shown.length ? `. Here are ${shown.length} of them, chosen at random${mayInclude(ctx.options, 'responseRows') ? '; all are in the feedback file' : ''}` : '';
    blocks.push({ kind: 'paragraph', text: `${count(result.answered, 'person', 'people')} wrote an answer${rest}.` });
    blocks.push({ kind: 'quotes', items: shown });
    return blocks;
  }
  blocks.push({ kind: 'chart', chart: { title: `${question.text} (${count(result.answered, 'answer')})`, labels: result.labels, values: result.counts, direction: 'across', unit: 'answers' } });
  const net = netAgreement(result);
  if (net !== null) {
    const [sd = 0, d = 0, , a = 0, sa = 0] = result.counts;
    blocks.push({ kind: 'paragraph', text: `${percent((a + sa) / result.answered)} agree and ${percent((sd + d) / result.answered)} disagree.` });
  }
  return blocks;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** An answer as words a spreadsheet reader understands: "Agree", "Yes", or the option chosen. */
function answerLabel(question: Question, answer: FeedbackResponse['answers'][string] | undefined): string {
  if (answer === undefined || answer === '') return '';
  if (question.kind === 'text') return String(answer);
  const labels = question.kind === 'choice' ? (question.options ?? []) : SCALE_LABELS[question.kind];
  const index = typeof answer === 'boolean' ? Number(answer) : answer;
  return typeof index === 'number' ? (labels[index] ?? '') : '';
}
