import type * as Y from 'yjs';
import { readAll } from '../read/records';
import type { Aim } from '../domain/plan/aim';
import { aimType } from '../domain/plan/aim';
import { measureType, type FigureSource, type Measure } from '../domain/plan/measure';
import { figureSourceOf } from '../plan/starter-outcomes';
import { outcomeType, type Outcome } from '../domain/plan/outcome';

/** An outcome the group set in its plan, with the measures that show progress towards it. */
export interface OutcomeRef {
  id: string;
  title: string;
  measures: MeasureRef[];
}

export interface MeasureRef {
  id: string;
  title: string;
  /** The figure the app counts for this measure, if it has one. */
  source?: FigureSource;
}

export interface PlanOutcomeRecords {
  aims: readonly Aim[];
  outcomes: readonly Outcome[];
  measures: readonly Measure[];
}

const byOrder = <T extends { order: number; createdAt: string; id: string }>(a: T, b: T) =>
  a.order - b.order || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);

/**
 * The plan's outcomes in the order the plan shows them (aim by aim, then each aim's own
 * order), each with its measures. Archived records are left out, and so are outcomes whose
 * aim was removed, as the plan itself no longer shows them.
 */
export function planOutcomeRefs({ aims, outcomes, measures }: PlanOutcomeRecords): OutcomeRef[] {
  const aimOrder = new Map(
    aims
      .filter((a) => !a.archived)
      .sort(byOrder)
      .map((a, i) => [a.id, i]),
  );
  const measuresOf = new Map<string, Measure[]>();
  for (const m of measures) {
    if (m.archived) continue;
    const list = measuresOf.get(m.outcomeId);
    if (list) list.push(m);
    else measuresOf.set(m.outcomeId, [m]);
  }
  return outcomes
    .filter((o) => !o.archived && aimOrder.has(o.aimId))
    .sort((a, b) => aimOrder.get(a.aimId)! - aimOrder.get(b.aimId)! || byOrder(a, b))
    .map((o) => ({
      id: o.id,
      title: o.title,
      measures: (measuresOf.get(o.id) ?? []).sort(byOrder).map((m) => {
        const source = figureSourceOf(m);
        return { id: m.id, title: m.text, ...(source ? { source } : {}) };
      }),
    }));
}

/** The plan's outcomes and measures, read from the project doc. */
export function planOutcomes(doc: Y.Doc): OutcomeRef[] {
  return planOutcomeRefs({ aims: readAll(doc, aimType), outcomes: readAll(doc, outcomeType), measures: readAll(doc, measureType) });
}

/**
 * Reads each source of outcomes in the project. Today that is the plan's aims, outcomes
 * and measures; a part of the app that starts keeping outcomes of its own adds a reader here.
 */
export const outcomeReaders: ((doc: Y.Doc) => OutcomeRef[])[] = [planOutcomes];

export function readOutcomes(doc: Y.Doc): OutcomeRef[] {
  return outcomeReaders.flatMap((read) => read(doc));
}
