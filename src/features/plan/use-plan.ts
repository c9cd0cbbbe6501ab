import { useState } from 'preact/hooks';
import type * as Y from 'yjs';
import { collectionMap } from '../../core/doc/project-doc';
import type { BaseRecord, RecordType } from '../../core/domain/record-type';
import { meetingType } from '../../core/domain/meeting';
import { activityType } from '../../core/domain/plan/activity';
import { aimType } from '../../core/domain/plan/aim';
import { assetType } from '../../core/domain/plan/asset';
import { documentVersionType } from '../../core/domain/plan/document-version';
import { groupValueType } from '../../core/domain/plan/group-value';
import { measureType } from '../../core/domain/plan/measure';
import { meetingSeriesType } from '../../core/domain/plan/meeting-series';
import { objectiveType } from '../../core/domain/plan/objective';
import { outcomeType } from '../../core/domain/plan/outcome';
import { planDocumentType } from '../../core/domain/plan/plan-document';
import { readinessAnswerType } from '../../core/domain/plan/readiness';
import { riskType } from '../../core/domain/plan/risk';
import { cyclePartType, projectStageType } from '../../core/domain/plan/stage';
import { stakeholderType } from '../../core/domain/plan/stakeholder';
import { statementType } from '../../core/domain/plan/statement';
import type { PlanRecords } from '../../core/plan/summary';
import type { Result } from '../../core/result';
import { projectedRecords } from '../../core/projection/queries';
import { db } from '../../state/app-db';
import { useLiveQuery } from '../../state/use-live-query';
import { compareText } from '../../core/format/intl';

async function rows<T>(projectId: string, collection: string, includeArchived = false): Promise<T[]> {
  const found = await projectedRecords<T>(db, projectId, collection);
  return found.filter((r) => includeArchived || !(r as unknown as BaseRecord).archived);
}

/** Live records of one type from the projection (archived ones left out unless asked). */
export function useRecords<T extends BaseRecord>(projectId: string, type: RecordType, includeArchived = false): T[] | undefined {
  return useLiveQuery(() => rows<T>(projectId, type.collection, includeArchived), [projectId, type.collection, includeArchived]);
}

/** Everything the plan holds, for the overview and the dashboard card. */
export function usePlanRecords(projectId: string): PlanRecords | undefined {
  return useLiveQuery(async () => {
    const [readiness, statements, values, stage, cycle, aims, outcomes, measures, objectives, activities, series, meetings, documents, versions, stakeholders, assets, risks] =
      await Promise.all([
        rows(projectId, readinessAnswerType.collection),
        rows(projectId, statementType.collection),
        rows(projectId, groupValueType.collection),
        rows(projectId, projectStageType.collection),
        rows(projectId, cyclePartType.collection),
        rows(projectId, aimType.collection),
        rows(projectId, outcomeType.collection),
        rows(projectId, measureType.collection),
        rows(projectId, objectiveType.collection),
        rows(projectId, activityType.collection),
        rows(projectId, meetingSeriesType.collection),
        rows(projectId, meetingType.collection),
        rows(projectId, planDocumentType.collection),
        rows(projectId, documentVersionType.collection),
        rows(projectId, stakeholderType.collection),
        rows(projectId, assetType.collection),
        rows(projectId, riskType.collection),
      ]);
    return { readiness, statements, values, stage, cycle, aims, outcomes, measures, objectives, activities, series, meetings, documents, versions, stakeholders, assets, risks } as PlanRecords;
  }, [projectId]);
}

/** People who can own an activity or be marked present: everyone in the project, by name. */
export interface PersonChoice {
  id: string;
  name: string;
  status?: string;
}

export function usePeople(projectId: string): PersonChoice[] | undefined {
  return useLiveQuery(async () => {
    const people = await rows<BaseRecord & { name: string; status?: string; guest?: boolean }>(projectId, 'people');
    return people.map((p) => ({ id: p.id, name: p.name, ...(p.status ? { status: p.status } : {}) })).sort((a, b) => compareText(a.name, b.name));
  }, [projectId]);
}

/** Runs a command and keeps its message when it fails. */
export function useCommand(): { error: string | null; run: <T>(command: () => Result<T>) => Result<T>; setError: (message: string | null) => void } {
  const [error, setError] = useState<string | null>(null);
  const run = <T,>(command: () => Result<T>): Result<T> => {
    const result = command();
    setError(result.ok ? null : result.message);
    return result;
  };
  return { error, run, setError };
}

/** The Y type behind a field, for editors that follow remote typing. */
export function fieldOf(doc: Y.Doc, collection: string, id: string, field: string): unknown {
  return collectionMap(doc, collection).get(id)?.get(field);
}
