import { msg, plural } from '@lingui/core/macro';
import { meetingType } from '../../domain/meeting';
import { decisionType, LADDER, LADDER_CREDIT, LADDER_HINTS, LADDER_LABELS, type Decision } from '../../domain/meeting-day/decision';
import { decisionFigures } from '../../review/evidence';
import { compareCodes, number, shortDate } from '../format';
import { mayInclude } from '../options';
import type { PackContext, PackPart } from '../part';
import type { ReportBlock } from '../report';

const TITLE = msg`Decisions`;

/**
 * Every decision the group made at its meetings: when, how, and where it sat on the ladder of
 * participation; what was decided, in the words written at the time, only when ticked.
 */
export const decisionsPart: PackPart = {
  id: 'decisions',
  title: TITLE,
  sensitive: ['wordsDecisions'],
  section(ctx) {
    const { source, i18n } = ctx;
    const meetings = source.records(meetingType);
    const meetingOf = new Map(meetings.map((m) => [m.id, m]));
    const decisions = source
      .records(decisionType)
      .filter((d) => meetingOf.has(d.meetingId))
      .map((d) => ({ decision: d, meeting: meetingOf.get(d.meetingId)! }))
      .sort((a, b) => compareCodes(a.meeting.date, b.meeting.date) || compareCodes(a.decision.createdAt, b.decision.createdAt));
    if (decisions.length === 0) return null;
    const figures = decisionFigures({ decisions: decisions.map((d) => d.decision), meetings });
    const rungs = LADDER.filter((r) => figures.byLadder[r] > 0);
    const blocks: ReportBlock[] = [
      {
        kind: 'facts',
        items: [
          { label: i18n._(msg`Decisions made`), value: number(figures.total) },
          { label: i18n._(msg`By consensus (everyone could live with it)`), value: number(figures.byConsensus) },
          { label: i18n._(msg`By a vote`), value: number(figures.byVote) },
        ],
      },
    ];
    if (rungs.length) {
      const labels = [...LADDER].reverse();
      blocks.push({
        kind: 'chart',
        chart: {
          title: i18n._(msg`Decisions by step on the ladder of participation`),
          labels: labels.map((r) => LADDER_LABELS[r]),
          values: labels.map((r) => figures.byLadder[r]),
          direction: 'across',
          unit: i18n._(msg({ message: 'decisions', comment: 'What the bars of a chart count, read out after its figures' })),
        },
      });
      blocks.push({
        kind: 'list',
        items: labels.map((r) => {
          const rung = LADDER_LABELS[r];
          const meaning = LADDER_HINTS[r];
          const made = figures.byLadder[r];
          return i18n._(msg`${rung} (${plural(made, { one: '# decision', other: '# decisions' })}): ${meaning}`);
        }),
      });
    }
    if (rungs.length) blocks.push({ kind: 'note', text: i18n._(LADDER_CREDIT) });
    const unrecorded = figures.byLadder.notRecorded;
    if (unrecorded)
      blocks.push({
        kind: 'paragraph',
        text: i18n._(msg`For ${plural(unrecorded, { one: '# decision', other: '# decisions' })}, no step on the ladder was recorded.`),
      });
    const words = mayInclude(ctx.options, 'wordsDecisions');
    if (!words) blocks.push({ kind: 'note', text: i18n._(msg`What was decided is left out of this pack, because it is in the words written at the meeting.`) });
    blocks.push({
      kind: 'table',
      caption: i18n._(msg`Every decision`),
      columns: [
        { label: i18n._(msg`Date`), short: true },
        ...(words ? [{ label: i18n._(msg`What was decided`) }] : []),
        { label: i18n._(msg({ message: 'How', comment: 'Heading of a table column: how a decision was made' })) },
        { label: i18n._(msg({ message: 'Ladder', comment: 'Heading of a table column: the step on the ladder of participation' })), short: true },
      ],
      rows: decisions.map(({ decision, meeting }) => [
        shortDate(meeting.date),
        ...(words ? [decision.text] : []),
        how(ctx, decision),
        decision.ladder ? LADDER_LABELS[decision.ladder] : '–',
      ]),
    });
    return { id: 'decisions', title: i18n._(TITLE), blocks };
  },
};

/** "By consensus", or "By vote. Agreed: 9 for, 2 against, 1 abstention." (for partners, small counts as "fewer than 5"). */
function how(ctx: PackContext, decision: Decision): string {
  const { i18n } = ctx;
  if (decision.method === 'consensus') return i18n._(msg`By consensus`);
  const votesFor = decision.votesFor ?? 0;
  const votesAgainst = decision.votesAgainst ?? 0;
  const abstentions = decision.abstentions ?? 0;
  const outcome = i18n._(
    votesFor > votesAgainst
      ? msg({ message: 'Agreed', comment: 'The outcome of a vote' })
      : votesFor === votesAgainst
        ? msg({ message: 'Tied', comment: 'The outcome of a vote' })
        : msg({ message: 'Not agreed', comment: 'The outcome of a vote' }),
  );
  if (![votesFor, votesAgainst, abstentions].some(ctx.small.hides)) {
    return i18n._(msg`By vote. ${outcome}: ${votesFor} for, ${votesAgainst} against, ${plural(abstentions, { one: '# abstention', other: '# abstentions' })}.`);
  }
  const forCount = String(ctx.small.cell(votesFor));
  const againstCount = String(ctx.small.cell(votesAgainst));
  const abstaining = String(ctx.small.cell(abstentions));
  return i18n._(msg`By vote. ${outcome}: ${forCount} for, ${againstCount} against, ${abstaining} abstaining.`);
}
