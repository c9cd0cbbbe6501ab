import type { Activity } from '../../core/domain/plan/activity';
import type { Measure } from '../../core/domain/plan/measure';
import type { Objective } from '../../core/domain/plan/objective';
import type { Outcome } from '../../core/domain/plan/outcome';
import { byOrder, type Ordered } from '../../core/plan/ordering';

/** The plan's chain below the aims, each level grouped by its parent and in the group's order. */
export interface AimsTree {
  outcomes: Map<string, Outcome[]>;
  measures: Map<string, Measure[]>;
  objectives: Map<string, Objective[]>;
  activities: Map<string, Activity[]>;
}

function groupBy<T extends Ordered>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of byOrder(items)) {
    const k = key(item);
    out.set(k, [...(out.get(k) ?? []), item]);
  }
  return out;
}

export function aimsTree(records: { outcomes: Outcome[]; measures: Measure[]; objectives: Objective[]; activities: Activity[] }): AimsTree {
  return {
    outcomes: groupBy(records.outcomes, (o) => o.aimId),
    measures: groupBy(records.measures, (m) => m.outcomeId),
    objectives: groupBy(records.objectives, (o) => o.outcomeId),
    activities: groupBy(records.activities, (a) => a.objectiveId),
  };
}
