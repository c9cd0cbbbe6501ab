import type * as Y from 'yjs';
import { getRecordMap } from '../doc/project-doc';
import { CURRENT_STAGE_ID, cyclePartType, projectStageType, type CyclePart, type CyclePartRecord, type ProjectStage, type Stage } from '../domain/plan/stage';
import { todayIso } from '../ids';
import type { Result } from '../result';
import { insertRecord, updateRecord } from './records';
import { readRecord } from '../read/records';

/** Moves the project to a stage: planning, doing, or reflecting and learning. */
export function setStage(doc: Y.Doc, stage: Stage, today = todayIso()): Result<ProjectStage> {
  const current = readRecord(doc, projectStageType, CURRENT_STAGE_ID);
  if (current) {
    if (current.stage === stage) return { ok: true, value: current };
    return updateRecord(doc, projectStageType, CURRENT_STAGE_ID, { stage, since: today });
  }
  return insertRecord(doc, projectStageType, { id: CURRENT_STAGE_ID, stage, since: today });
}

/** Says whether one part of the cycle (commissioning, design, delivery, evaluation) is co-produced. */
export function setCyclePart(doc: Y.Doc, part: CyclePart, coProduced: boolean, how?: string): Result<CyclePartRecord> {
  const fields = { part, coProduced, ...(how !== undefined ? { how } : {}) };
  if (getRecordMap(doc, cyclePartType, part)) return updateRecord(doc, cyclePartType, part, fields);
  return insertRecord(doc, cyclePartType, { id: part, ...fields });
}
