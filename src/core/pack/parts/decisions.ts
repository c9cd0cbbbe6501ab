import { meetingType } from '../../domain/meeting';
import { decisionType, LADDER, LADDER_HINTS, LADDER_LABELS, type Decision } from '../../domain/meeting-day/decision';
import { voteSummary } from '../../meetings/votes';
import { decisionFigures } from '../../review/evidence';
import { count, compareCodes, shortDate } from '../format';
import { mayInclude } from '../options';
import type { PackContext, PackPart } from '../part';
import type { ReportBlock } from '../report';

/**
 * Every decision the group made at its meetings: when, how, and where it sat on the ladder of
 * participation; what was decided, in the words written at the time, only when ticked.
 */
export const decisionsPart: PackPart = {
  id: 'decisions',
  title: 'Decisions',
  sensitive: ['wordsDecisions'],
  section(ctx) {
    const { source } = ctx;
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
          { label: 'Decisions made', value: String(figures.total) },
          { label: 'By consensus (everyone could live with it)', value: String(figures.byConsensus) },
          { label: 'By a vote', value: String(figures.byVote) },
        ],
      },
    ];
    if (rungs.length) {
      const labels = [...LADDER].reverse();
      blocks.push({
        kind: 'chart',
        chart: {
          title: 'Decisions by step on the ladder of participation',
          labels: labels.map((r) => LADDER_LABELS[r]),
          values: labels.map((r) => figures.byLadder[r]),
          direction: 'across',
          unit: 'decisions',
        },
      });
      blocks.push({ kind: 'list', items: labels.map((r) => `${LADDER_LABELS[r]} (${count(figures.byLadder[r], 'decision')}): ${LADDER_HINTS[r]}`) });
    }
    if (figures.byLadder.notRecorded) blocks.push({ kind: 'paragraph', text: `For ${count(figures.byLadder.notRecorded, 'decision')}, no step on the ladder was recorded.` });
    const words = mayInclude(ctx.options, 'wordsDecisions');
    if (!words) blocks.push({ kind: 'note', text: 'What was decided is left out of this pack, because it is in the words written at the meeting.' });
    blocks.push({
      kind: 'table',
      caption: 'Every decision',
      columns: [{ label: 'Date', short: true }, ...(words ? [{ label: 'What was decided' }] : []), { label: 'How' }, { label: 'Ladder', short: true }],
      rows: decisions.map(({ decision, meeting }) => [shortDate(meeting.date), ...(words ? [decision.text] : []), how(ctx, decision), decision.ladder ? LADDER_LABELS[decision.ladder] : '–']),
    });
    return { id: 'decisions', title: 'Decisions', blocks };
  },
};

/** "By consensus", or "By vote. Agreed: 9 for, 2 against, 1 abstention." (for partners, small counts as "fewer than 5"). */
function how(ctx: PackContext, decision: Decision): string {
  if (decision.method === 'consensus') return 'By consensus';
  const votes = { votesFor: decision.votesFor ?? 0, votesAgainst: decision.votesAgainst ?? 0, abstentions: decision.abstentions ?? 0 };
  if (![votes.votesFor, votes.votesAgainst, votes.abstentions].some(ctx.small.hides)) return `By vote. ${voteSummary(votes)}`;
  const outcome = votes.votesFor > votes.votesAgainst ? 'Agreed' : votes.votesFor === votes.votesAgainst ? 'Tied' : 'Not agreed';
  const n = (v: number) => String(ctx.small.cell(v));
  return `By vote. ${outcome}: ${n(votes.votesFor)} for, ${n(votes.votesAgainst)} against, ${n(votes.abstentions)} abstaining.`;
}
