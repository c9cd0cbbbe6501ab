import { meetingType } from '../../domain/meeting';
import { questionnaireType, type Question, type Questionnaire } from '../../domain/questionnaire';
import { responseType, type FeedbackResponse } from '../../domain/response';
import { netAgreement, questionResult, SCALE_LABELS } from '../../feedback/results';
import { toCsv, type Cell } from '../csv';
import { count, percent, shortDate, slug, compareCodes } from '../format';
import type { PackContext, PackFile, PackPart } from '../part';
import type { ReportBlock } from '../report';

/** Comments shown in the report for each free-text question; the rest are in the files. */
const COMMENTS_IN_REPORT = 12;

/** Feedback results with charts. Anything fewer people answered than the threshold stays hidden, here and in the files. */
export const feedbackPart: PackPart = {
  id: 'feedback',
  title: 'Feedback',
  section(ctx) {
    const used = answeredQuestionnaires(ctx);
    if (used.length === 0) return null;
    const blocks: ReportBlock[] = [
      { kind: 'paragraph', text: `Answers are anonymous. Where fewer than ${ctx.threshold} people answered a question, the answers are not shown, so nobody can be picked out.` },
    ];
    for (const { questionnaire, responses } of used) {
      const days = responses.map((r) => r.day).sort();
      blocks.push({ kind: 'heading', text: questionnaire.title });
      blocks.push({
        kind: 'paragraph',
        text: `${count(responses.length, 'response')}${days.length ? `, ${days[0] === days[days.length - 1] ? `on ${shortDate(days[0]!)}` : `from ${shortDate(days[0]!)} to ${shortDate(days[days.length - 1]!)}`}` : ''}.`,
      });
      for (const question of questionnaire.questions) blocks.push(...questionBlocks(question, responses, ctx.threshold));
    }
    return { id: 'feedback', title: 'Feedback', blocks };
  },
  files(ctx) {
    const used = answeredQuestionnaires(ctx);
    if (used.length === 0) return [];
    const files: PackFile[] = [];
    const summary: Cell[][] = [];
    const names = new Set<string>();
    const meetingTitle = new Map(ctx.source.records(meetingType).map((m) => [m.id, m.title]));
    for (const { questionnaire, responses } of used) {
      const shown: Question[] = [];
      for (const question of questionnaire.questions) {
        const result = questionResult(question, responses, ctx.threshold);
        if (result.hidden) {
          summary.push([questionnaire.title, question.text, `Not shown: fewer than ${ctx.threshold} answers`, result.answered]);
          continue;
        }
        shown.push(question);
        if (question.kind === 'text') summary.push([questionnaire.title, question.text, 'Written answers (see the responses file)', result.answered]);
        else result.labels.forEach((label, i) => summary.push([questionnaire.title, question.text, label, result.counts[i] ?? 0]));
      }
      if (responses.length < ctx.threshold || shown.length === 0) continue;
      let name = `feedback-${slug(questionnaire.title, 'questionnaire')}.csv`;
      for (let n = 2; names.has(name); n++) name = `feedback-${slug(questionnaire.title, 'questionnaire')}-${n}.csv`;
      names.add(name);
      const ordered = [...responses].sort((a, b) => compareCodes(a.day, b.day));
      files.push({
        name,
        about: `Every response to “${questionnaire.title}”, one row each, in date order. Questions fewer than ${ctx.threshold} people answered are left out.`,
        data: toCsv(
          ['Response', 'Day', 'Meeting', ...shown.map((q) => q.text)],
          ordered.map((r, i) => [i + 1, r.day, r.meetingId ? (meetingTitle.get(r.meetingId) ?? '') : '', ...shown.map((q) => answerLabel(q, r.answers[q.id]))]),
        ),
      });
    }
    files.unshift({
      name: 'feedback-results.csv',
      about: 'How many people gave each answer to each question (the figures behind the charts).',
      data: toCsv(['Questionnaire', 'Question', 'Answer', 'How many'], summary),
    });
    return files;
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

function questionBlocks(question: Question, responses: readonly FeedbackResponse[], threshold: number): ReportBlock[] {
  const result = questionResult(question, responses, threshold);
  const blocks: ReportBlock[] = [{ kind: 'subheading', text: question.text }];
  if (result.hidden) {
    blocks.push({ kind: 'note', text: `Not shown: ${result.answered === 0 ? 'nobody has answered this yet' : `only ${count(result.answered, 'person', 'people')} answered, fewer than ${threshold}`}.` });
    return blocks;
  }
  if (question.kind === 'text') {
    const shown = result.texts.slice(0, COMMENTS_IN_REPORT);
    blocks.push({ kind: 'paragraph', text: `${count(result.answered, 'person', 'people')} wrote an answer${result.answered > shown.length ? `. Here are ${shown.length} of them, chosen at random; all are in the feedback file` : ''}.` });
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

/** An answer as words a spreadsheet reader understands: "Agree", "Yes", or the option chosen. */
function answerLabel(question: Question, answer: FeedbackResponse['answers'][string] | undefined): string {
  if (answer === undefined || answer === '') return '';
  if (question.kind === 'text') return String(answer);
  const labels = question.kind === 'choice' ? (question.options ?? []) : SCALE_LABELS[question.kind];
  const index = typeof answer === 'boolean' ? Number(answer) : answer;
  return typeof index === 'number' ? (labels[index] ?? '') : '';
}
