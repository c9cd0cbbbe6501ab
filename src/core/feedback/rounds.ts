import type { FeedbackResponse } from '../domain/response';

/** Two stretches of days to compare, each holding some of the answers. */
export interface DaySplit {
  before: { from: string; to: string };
  after: { from: string; to: string };
  /** True when every answer was given on one day, so both rounds hold the same answers. */
  oneDay: boolean;
}

/**
 * Where "Compare two rounds" starts before the facilitator chooses: the days with answers,
 * split so the two rounds hold as near the same number of answers as they can, and neither is
 * empty. Null when there are no answers.
 */
export function splitByAnswers(responses: readonly FeedbackResponse[]): DaySplit | null {
  const perDay = new Map<string, number>();
  for (const r of responses) if (!r.archived) perDay.set(r.day, (perDay.get(r.day) ?? 0) + 1);
  const days = [...perDay.keys()].sort();
  if (days.length === 0) return null;
  const first = days[0]!;
  const last = days[days.length - 1]!;
  if (days.length === 1) return { before: { from: first, to: first }, after: { from: first, to: first }, oneDay: true };
  const total = [...perDay.values()].reduce((a, b) => a + b, 0);
  let best = 1;
  let bestGap = Infinity;
  let sofar = 0;
  for (let i = 1; i < days.length; i++) {
    sofar += perDay.get(days[i - 1]!)!;
    const gap = Math.abs(total - 2 * sofar);
    if (gap < bestGap) [best, bestGap] = [i, gap];
  }
  return { before: { from: first, to: days[best - 1]! }, after: { from: days[best]!, to: last }, oneDay: false };
}
