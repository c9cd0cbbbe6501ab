import { fail, ok, type Result } from '../result';

export interface VoteCounts {
  votesFor: number;
  votesAgainst: number;
  abstentions: number;
}

export const voteTotal = (v: VoteCounts) => v.votesFor + v.votesAgainst + v.abstentions;

/** Whether a vote's counts can be right, given how many people are marked present. */
export function checkVote(votes: VoteCounts, present: number): Result<VoteCounts> {
  for (const [label, n] of [
    ['Votes for', votes.votesFor],
    ['Votes against', votes.votesAgainst],
    ['Abstentions', votes.abstentions],
  ] as const) {
    if (!Number.isInteger(n) || n < 0) return fail(`${label} must be a whole number, 0 or more.`);
  }
  const total = voteTotal(votes);
  if (total === 0) return fail('A vote needs at least one vote counted: for, against or abstaining.');
  if (total > present) {
    const who =
      present === 0 ? 'nobody is marked present yet' : present === 1 ? 'only 1 person is marked present' : `only ${present} people are marked present`;
    return fail(`That adds up to ${total} votes, but ${who}. Check the counts, or mark everyone who is here on the register first.`);
  }
  return ok(votes);
}

/** "Carried: 9 for, 2 against, 1 abstained." */
export function voteSummary(v: VoteCounts): string {
  const outcome = v.votesFor > v.votesAgainst ? 'Agreed' : v.votesFor === v.votesAgainst ? 'Tied' : 'Not agreed';
  return `${outcome}: ${v.votesFor} for, ${v.votesAgainst} against, ${v.abstentions} ${v.abstentions === 1 ? 'abstention' : 'abstentions'}.`;
}
