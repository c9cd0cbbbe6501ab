import { t } from '@lingui/core/macro';
import type * as Y from 'yjs';
import { getRecordMap } from '../doc/project-doc';
import { personType } from '../domain/person';
import { trainingType, type Training, type TrainingKind } from '../domain/team/training';
import { fail, type Result } from '../result';
import { archiveRecord, insertRecord } from './records';

export interface NewTraining {
  personId: string;
  kind: TrainingKind;
  date: string;
  title?: string;
  note?: string;
}

/** Records training a member has had (the introduction to co-production, or other). */
export function addTraining(doc: Y.Doc, input: NewTraining): Result<Training> {
  if (!getRecordMap(doc, personType, input.personId)) return fail(t`That member is no longer here, so no training can be added for them.`);
  const record: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(input)) if (v !== undefined && !(typeof v === 'string' && v.trim() === '')) record[k] = v;
  return insertRecord(doc, trainingType, record as Parameters<typeof insertRecord<typeof trainingType>>[2]);
}

export function removeTraining(doc: Y.Doc, id: string): Result<void> {
  return archiveRecord(doc, trainingType, id, true);
}
