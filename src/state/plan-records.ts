import { meetingType } from '../core/domain/meeting';
import { activityType } from '../core/domain/plan/activity';
import { aimType } from '../core/domain/plan/aim';
import { assetType } from '../core/domain/plan/asset';
import { documentVersionType } from '../core/domain/plan/document-version';
import { groupValueType } from '../core/domain/plan/group-value';
import { measureType } from '../core/domain/plan/measure';
import { meetingSeriesType } from '../core/domain/plan/meeting-series';
import { objectiveType } from '../core/domain/plan/objective';
import { outcomeType } from '../core/domain/plan/outcome';
import { planDocumentType } from '../core/domain/plan/plan-document';
import { readinessAnswerType } from '../core/domain/plan/readiness';
import { riskType } from '../core/domain/plan/risk';
import { cyclePartType, projectStageType } from '../core/domain/plan/stage';
import { stakeholderType } from '../core/domain/plan/stakeholder';
import { statementType } from '../core/domain/plan/statement';
import type { RecordOf } from '../core/domain/record-type';
import type { PlanRecords } from '../core/plan/summary';
import { readProjected } from '../core/projection/queries';
import { db } from './app-db';
import { useProjectId } from './project-context';
import { useLiveQuery } from './use-live-query';

/** Where each part of PlanRecords comes from. */
const PLAN_TYPES = {
  readiness: readinessAnswerType,
  statements: statementType,
  values: groupValueType,
  stage: projectStageType,
  cycle: cyclePartType,
  aims: aimType,
  outcomes: outcomeType,
  measures: measureType,
  objectives: objectiveType,
  activities: activityType,
  series: meetingSeriesType,
  meetings: meetingType,
  documents: planDocumentType,
  versions: documentVersionType,
  stakeholders: stakeholderType,
  assets: assetType,
  risks: riskType,
};

type Read = { [K in keyof typeof PLAN_TYPES]: RecordOf<(typeof PLAN_TYPES)[K]>[] };

/**
 * Everything the plan holds (archived records left out), read together in one live query,
 * for the plan's overview and its dashboard card. Undefined while loading.
 */
export function usePlanRecords(): PlanRecords | undefined {
  const projectId = useProjectId();
  return useLiveQuery(async () => {
    const parts = await Promise.all(Object.entries(PLAN_TYPES).map(async ([part, type]) => [part, await readProjected(db, projectId, type)] as const));
    return Object.fromEntries(parts) as Read satisfies PlanRecords;
  }, [projectId]);
}
