import type * as Y from 'yjs';
import { getRecordMap } from '../doc/project-doc';
import { readinessAnswerType, type ReadinessAnswer, type ReadinessAnswerValue, type ReadinessQuestion } from '../domain/plan/readiness';
import { todayIso } from '../ids';
import type { Result } from '../result';
import { insertRecord, updateRecord } from './records';

/**
 * Records the group's answer to one readiness question. The record is keyed by the question,
 * so answering again (or on another device) changes the one answer rather than adding another.
 */
export function answerReadiness(
  doc: Y.Doc,
  input: { question: ReadinessQuestion; answer: ReadinessAnswerValue; note?: string },
  today = todayIso(),
): Result<ReadinessAnswer> {
  const id = input.question;
  // A note left out keeps the note already there; an empty note clears it.
  const fields = { question: input.question, answer: input.answer, answeredOn: today, ...(input.note !== undefined ? { note: input.note } : {}) };
  if (getRecordMap(doc, readinessAnswerType, id)) return updateRecord(doc, readinessAnswerType, id, fields);
  return insertRecord(doc, readinessAnswerType, { id, ...fields });
}
