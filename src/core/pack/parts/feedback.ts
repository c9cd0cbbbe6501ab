import { msg, plural } from '@lingui/core/macro';
import { questionnaireType, type Question, type Questionnaire } from '../../domain/questionnaire';
import { responseType, type FeedbackResponse } from '../../domain/response';
import { netAgreement, questionResult, SCALE_LABELS } from '../../feedback/results';
import { toCsv, type Cell } from '../csv';
import { capitalise, compareCodes, number, percent, shortDate, slug } from '../format';
import { mayInclude } from '../options';
import type { PackContext, PackFile, PackPart } from '../part';
import type { ReportBlock } from '../report';
import { RESPONSES } from '../small-groups';

/** Comments shown in the report for each free-text question; the rest are in the files. */
const COMMENTS_IN_REPORT = 12;
const TITLE = msg`Feedback`;

/**
 * Feedback results with charts, for each questionnaire as a whole: never by day or meeting.
 * Anything fewer people answered than the threshold stays hidden, here and in the files.
 * Written answers go in only when ticked; one row per response only in the group's own pack,
 * when asked for, with no day or meeting and in no particular order.
 */
export const feedbackPart: PackPart = {
  id: 'feedback',
  title: TITLE,
  sensitive: ['wordsFeedback', 'responseRows'],
  section(ctx) {
    const { i18n, threshold } = ctx;
    const used = answeredQuestionnaires(ctx);
    if (used.length === 0) return null;
    const blocks: ReportBlock[] = [
      {
        kind: 'paragraph',
        text: i18n._(
          msg`Answers are anonymous. Where fewer than ${threshold} people answered a question, the answers are not shown, so nobody can be picked out.`,
        ),
      },
    ];
    for (const { questionnaire, responses } of used) {
      blocks.push({ kind: 'heading', text: questionnaire.title });
      if (responses.length < threshold) {
        const given = ctx.small.count(responses.length, RESPONSES);
        blocks.push({ kind: 'paragraph', text: capitalise(i18n._(msg`${given} so far: too few to show any results.`)) });
        continue;
      }
      const days = responses.map((r) => r.day).sort();
      const first = shortDate(days[0]!);
      const last = shortDate(days[days.length - 1]!);
      const count = responses.length;
      blocks.push({
        kind: 'paragraph',
        text:
          first === last
            ? i18n._(msg`${plural(count, { one: '# response', other: '# responses' })}, on ${first}.`)
            : i18n._(msg`${plural(count, { one: '# response', other: '# responses' })}, from ${first} to ${last}.`),
      });
      for (const question of questionnaire.questions) blocks.push(...questionBlocks(ctx, question, responses));
    }
    return { id: 'feedback', title: i18n._(TITLE), blocks };
  },
  files(ctx) {
    const { i18n, threshold } = ctx;
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
        const result = questionResult(question, responses, threshold);
        if (result.hidden) {
          summary.push([questionnaire.title, question.text, ctx.small.cell(result.answered), i18n._(msg`Not shown: fewer than ${threshold} answers`), '']);
          continue;
        }
        if (question.kind === 'text') {
          if (words) shown.push(question);
          const written = words && rows ? i18n._(msg`Written answers (in the file of responses)`) : i18n._(msg`Written answers (left out of this file)`);
          summary.push([questionnaire.title, question.text, result.answered, written, result.answered]);
        } else {
          shown.push(question);
          result.labels.forEach((label, i) => summary.push([questionnaire.title, question.text, result.answered, label, result.counts[i] ?? 0]));
        }
      }
      if (!rows || responses.length < threshold || shown.length === 0) continue;
      let name = `feedback-${slug(questionnaire.title, 'questionnaire')}.csv`;
      for (let n = 2; names.has(name); n++) name = `feedback-${slug(questionnaire.title, 'questionnaire')}-${n}.csv`;
      names.add(name);
      // Sorted by the answers themselves, so the order says nothing about who answered when.
      const answers = responses.map((r) => shown.map((q) => answerLabel(q, r.answers[q.id]))).sort((a, b) => compareCodes(a.join('\u0000'), b.join('\u0000')));
      const title = questionnaire.title;
      files.push({
        name,
        about: words
          ? i18n._(
              msg`Each response to “${title}”, one row each, with no day or meeting and in no particular order. Questions fewer than ${threshold} people answered are left out.`,
            )
          : i18n._(
              msg`Each response to “${title}”, one row each, with no day or meeting and in no particular order. Questions fewer than ${threshold} people answered are left out, and so are written answers.`,
            ),
        data: toCsv(
          [i18n._(msg`Response`), ...shown.map((q) => q.text)],
          answers.map((a, i) => [i + 1, ...a]),
          i18n,
        ),
      });
    }
    files.unshift({
      name: 'feedback-results.csv',
      about: i18n._(msg`How many people gave each answer to each question, for each questionnaire as a whole (the figures behind the charts).`),
      data: toCsv(
        [
          i18n._(msg`Questionnaire`),
          i18n._(msg`Question`),
          i18n._(msg({ message: 'Answered', comment: 'Heading of a spreadsheet column: how many people answered a question' })),
          i18n._(msg`Answer`),
          i18n._(msg`How many`),
        ],
        summary,
        i18n,
      ),
    });
    return files;
  },
  leftOut(ctx) {
    const { i18n, threshold } = ctx;
    return [
      i18n._(msg`Feedback results for any question fewer than ${threshold} people answered.`),
      i18n._(msg`The day and the meeting of each feedback response: results are for each questionnaire as a whole.`),
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
  const { i18n, threshold } = ctx;
  const result = questionResult(question, responses, threshold);
  const blocks: ReportBlock[] = [{ kind: 'subheading', text: question.text }];
  const answered = result.answered;
  if (result.hidden) {
    blocks.push({
      kind: 'note',
      text:
        answered === 0
          ? i18n._(msg`Not shown: nobody has answered this yet.`)
          : ctx.small.hides(answered)
            ? i18n._(msg`Not shown: fewer than ${threshold} people answered.`)
            : i18n._(msg`Not shown: only ${plural(answered, { one: '# person', other: '# people' })} answered, fewer than ${threshold}.`),
    });
    return blocks;
  }
  const wrote = plural(answered, { one: '# person wrote an answer', other: '# people wrote an answer' });
  if (question.kind === 'text') {
    if (!mayInclude(ctx.options, 'wordsFeedback')) {
      blocks.push({ kind: 'paragraph', text: i18n._(msg`${wrote}. Their words are left out of this pack.`) });
      return blocks;
    }
    const shown = result.texts.slice(0, COMMENTS_IN_REPORT);
    const some = number(shown.length);
    blocks.push({
      kind: 'paragraph',
      text:
        answered <= shown.length
          ? i18n._(msg({ message: `${wrote}.`, comment: 'A sentence made of one phrase' }))
          : mayInclude(ctx.options, 'responseRows')
            ? i18n._(msg`${wrote}. Here are ${some} of them, chosen at random; all are in the feedback file.`)
            : i18n._(msg`${wrote}. Here are ${some} of them, chosen at random.`),
    });
    blocks.push({ kind: 'quotes', items: shown });
    return blocks;
  }
  const title = question.text;
  blocks.push({
    kind: 'chart',
    chart: {
      title: i18n._(msg`${title} (${plural(answered, { one: '# answer', other: '# answers' })})`),
      labels: result.labels,
      values: result.counts,
      direction: 'across',
      unit: i18n._(msg({ message: 'answers', comment: 'What the bars of a chart count, read out after its figures' })),
    },
  });
  const net = netAgreement(result);
  if (net !== null) {
    const [sd = 0, d = 0, , a = 0, sa = 0] = result.counts;
    const agree = percent((a + sa) / answered);
    const disagree = percent((sd + d) / answered);
    blocks.push({ kind: 'paragraph', text: i18n._(msg`${agree} agree and ${disagree} disagree.`) });
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
