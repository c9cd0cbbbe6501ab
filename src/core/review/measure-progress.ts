import type { MeasureTarget, MeasureValue } from '../domain/review/measure-numbers';

/** One dated figure on a measure's progress, and where it came from. */
export interface ProgressPoint {
  date: string;
  value: number;
  /** Typed by a facilitator (with their note on where it came from), or counted by the app. */
  from: 'typed' | 'app';
  source?: string;
}

export interface MeasureProgress {
  unit: MeasureTarget['unit'];
  baseline: { value: number; date?: string } | null;
  target: { value: number; date?: string } | null;
  /** Every figure, oldest first. */
  points: ProgressPoint[];
  latest: ProgressPoint | null;
  /** How far the latest figure has come from the baseline towards the target (0 to 1 or beyond), when both are set and differ. */
  towardsTarget: number | null;
}

/**
 * A measure's figures in date order, with its baseline and target. `counted` is the app's own
 * figure for a measure linked to one, as of `asOf`; it joins the typed figures.
 */
export function measureProgress(
  target: MeasureTarget | undefined,
  values: readonly MeasureValue[],
  counted?: { value: number; asOf: string },
): MeasureProgress | null {
  const typed: ProgressPoint[] = values
    .filter((v) => !v.archived)
    .map((v) => ({ date: v.date, value: v.value, from: 'typed' as const, ...(v.source ? { source: v.source } : {}) }));
  const points = [...typed, ...(counted ? [{ date: counted.asOf, value: counted.value, from: 'app' as const }] : [])].sort(
    (a, b) => a.date.localeCompare(b.date) || (a.from === b.from ? 0 : a.from === 'typed' ? -1 : 1),
  );
  if (!target && typed.length === 0) return null;
  const baseline = target?.baseline !== undefined ? { value: target.baseline, ...(target.baselineOn ? { date: target.baselineOn } : {}) } : null;
  const goal = target?.target !== undefined ? { value: target.target, ...(target.targetBy ? { date: target.targetBy } : {}) } : null;
  const latest = points.at(-1) ?? null;
  const towardsTarget = baseline && goal && latest && goal.value !== baseline.value ? (latest.value - baseline.value) / (goal.value - baseline.value) : null;
  return { unit: target?.unit ?? 'count', baseline, target: goal, points, latest, towardsTarget };
}
