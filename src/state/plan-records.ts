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
import type { RecordType } from '../core/domain/record-type';
import type { PlanRecords } from '../core/plan/summary';
import { readProjected } from '../core/projection/queries';
import { db } from './app-db';
import { useProjectId } from './project-context';
import { useLiveQuery } from './use-live-query';

/**
 * Everything the plan holds (archived records left out), read together in one live query,
 * for the plan's overview and its dashboard card. Undefined while loading.
 */
export function usePlanRecords(): PlanRecords | undefined {
  const projectId = useProjectId();
  return useLiveQuery(async () => {
    const read = <T extends RecordType>(type: T) => readProjected(db, projectId, type);
    const [
      readiness,
      statements,
      values,
      stage,
      cycle,
      aims,
      outcomes,
      measures,
      objectives,
      activities,
      series,
      meetings,
      documents,
      versions,
      stakeholders,
      assets,
      risks,
    ] = await Promise.all([
      read(readinessAnswerType),
      read(statementType),
      read(groupValueType),
      read(projectStageType),
      read(cyclePartType),
      read(aimType),
      read(outcomeType),
      read(measureType),
      read(objectiveType),
      read(activityType),
      read(meetingSeriesType),
      read(meetingType),
      read(planDocumentType),
      read(documentVersionType),
      read(stakeholderType),
      read(assetType),
      read(riskType),
    ]);
    return {
      readiness,
      statements,
      values,
      stage,
      cycle,
      aims,
      outcomes,
      measures,
      objectives,
      activities,
      series,
      meetings,
      documents,
      versions,
      stakeholders,
      assets,
      risks,
    };
  }, [projectId]);
}
