import { plural, t } from '@lingui/core/macro';
import { fail, ok, type Result } from '../result';

export interface VoteCounts {
  votesFor: number;
  votesAgainst: number;
  abstentions: number;
}

export const voteTotal = (v: VoteCounts) => v.votesFor + v.votesAgainst + v.abstentions;

const wholeNumber = (n: number) => Number.isInteger(n) && n >= 0;

/** Whether a vote's counts can be right, given how many people are marked present. */
export function checkVote(votes: VoteCounts, present: number): Result<VoteCounts> {
  if (!wholeNumber(votes.votesFor)) return fail(t`Votes for must be a whole number, 0 or more.`);
  if (!wholeNumber(votes.votesAgainst)) return fail(t`Votes against must be a whole number, 0 or more.`);
  if (!wholeNumber(votes.abstentions)) return fail(t`Abstentions must be a whole number, 0 or more.`);
  const total = voteTotal(votes);
  if (total === 0) return fail(t`A vote needs at least one vote counted: for, against or abstaining.`);
  if (total > present) {
    return fail(
      present === 0
        ? t`That adds up to ${total} votes, but nobody is marked present yet. Check the counts, or mark everyone who is here on the register first.`
        : plural(present, {
            one: `That adds up to ${total} votes, but only # person is marked present. Check the counts, or mark everyone who is here on the register first.`,
            other: `That adds up to ${total} votes, but only # people are marked present. Check the counts, or mark everyone who is here on the register first.`,
          }),
    );
  }
  return ok(votes);
}

/** "Agreed: 9 for, 2 against, 1 abstention." */
export function voteSummary(v: VoteCounts): string {
  const { votesFor, votesAgainst, abstentions } = v;
  if (votesFor > votesAgainst)
    return t`Agreed: ${votesFor} for, ${votesAgainst} against, ${plural(abstentions, { one: '# abstention', other: '# abstentions' })}.`;
  if (votesFor === votesAgainst)
    return t`Tied: ${votesFor} for, ${votesAgainst} against, ${plural(abstentions, { one: '# abstention', other: '# abstentions' })}.`;
  return t`Not agreed: ${votesFor} for, ${votesAgainst} against, ${plural(abstentions, { one: '# abstention', other: '# abstentions' })}.`;
}
