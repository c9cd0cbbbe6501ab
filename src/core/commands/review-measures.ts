import { t } from '@lingui/core/macro';
import type * as Y from 'yjs';
import { getRecordMap } from '../doc/project-doc';
import { measureType } from '../domain/plan/measure';
import {
  measureTargetId,
  measureTargetType,
  measureValueType,
  type MeasureTarget,
  type MeasureUnit,
  type MeasureValue,
} from '../domain/review/measure-numbers';
import { readRecord } from '../read/records';
import { fail, type Result } from '../result';
import { archiveRecord, insertRecord, updateRecord } from './records';

export interface MeasureTargetInput {
  unit: MeasureUnit;
  baseline?: number;
  baselineOn?: string;
  target?: number;
  targetBy?: string;
}

function liveMeasure(doc: Y.Doc, measureId: string): boolean {
  const measure = readRecord(doc, measureType, measureId);
  return measure !== undefined && !measure.archived;
}

/** Sets what a measure counts, where it started and the target, replacing any earlier ones. */
export function setMeasureTarget(doc: Y.Doc, measureId: string, input: MeasureTargetInput): Result<MeasureTarget> {
  if (!liveMeasure(doc, measureId)) return fail(t`That measure is no longer in the plan.`);
  if (input.baselineOn && input.targetBy && input.targetBy < input.baselineOn) return fail(t`The target date must be on or after the starting date.`);
  const id = measureTargetId(measureId);
  const fields = { unit: input.unit, baseline: input.baseline, baselineOn: input.baselineOn, target: input.target, targetBy: input.targetBy };
  if (getRecordMap(doc, measureTargetType, id)) return updateRecord(doc, measureTargetType, id, fields);
  return insertRecord(doc, measureTargetType, { id, measureId, ...withoutEmpty(fields), unit: input.unit });
}

const withoutEmpty = <T extends object>(fields: T): Partial<T> => Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as Partial<T>;

export interface MeasureValueInput {
  measureId: string;
  date: string;
  value: number;
  source?: string;
}

/** Adds a figure for a measure on a day. */
export function addMeasureValue(doc: Y.Doc, input: MeasureValueInput): Result<MeasureValue> {
  if (!liveMeasure(doc, input.measureId)) return fail(t`That measure is no longer in the plan.`);
  const target = readRecord(doc, measureTargetType, measureTargetId(input.measureId));
  if (target?.unit === 'percentage' && input.value > 100) return fail(t`A percentage cannot be more than 100.`);
  return insertRecord(doc, measureValueType, input);
}

export function removeMeasureValue(doc: Y.Doc, id: string): Result<void> {
  return archiveRecord(doc, measureValueType, id);
}
