import type * as Y from 'yjs';
import { getRecordMap } from '../doc/project-doc';
import { groupValueType, type GroupValue } from '../domain/plan/group-value';
import { statementType, type Statement } from '../domain/plan/statement';
import { todayIso } from '../ids';
import { isRealDate } from '../plan/dates';
import { byOrder, moveWithin, nextOrder } from '../plan/ordering';
import { fail, ok, type Result } from '../result';
import { archiveRecord, insertRecord, transact, updateRecord } from './records';
import { spliceText, type TextSplice } from './plan-text';
import { readAll, readRecord } from '../read/records';

const DEFINITION_MAX = 5_000;

/** Starts the group's definition of co-production, from a suggestion or from nothing. */
export function startDefinition(doc: Y.Doc, definition = ''): Result<Statement> {
  return insertRecord(doc, statementType, { definition });
}

/** One edit to the definition as someone types; merges with typing on another device. */
export function editDefinition(doc: Y.Doc, statementId: string, splice: TextSplice): Result<string> {
  return spliceText(doc, statementType, statementId, 'definition', splice, DEFINITION_MAX, 'Your definition');
}

function checkAgreedDate(date: string | undefined, today: string): Result<void> {
  if (date && !isRealDate(date)) return fail('Choose the date it was agreed, like 2026-03-24.');
  if (date && date > today) return fail('That date has not come yet. Record an agreement on or after the day it happened.');
  return ok(undefined);
}

/** Records when the definition and the values were agreed (leave a date out to clear it). */
export function recordAgreement(
  doc: Y.Doc,
  statementId: string,
  input: { definitionAgreedOn?: string; valuesAgreedOn?: string; agreedMeetingId?: string },
  today = todayIso(),
): Result<Statement> {
  for (const date of [input.definitionAgreedOn, input.valuesAgreedOn]) {
    const checked = checkAgreedDate(date, today);
    if (!checked.ok) return checked;
  }
  if (input.definitionAgreedOn) {
    const current = readRecord(doc, statementType, statementId);
    if (current && !current.definition) return fail('Write your definition before you mark it agreed.');
  }
  return updateRecord(doc, statementType, statementId, {
    definitionAgreedOn: input.definitionAgreedOn || undefined,
    valuesAgreedOn: input.valuesAgreedOn || undefined,
    agreedMeetingId: input.agreedMeetingId || undefined,
  });
}

/** Keeps one definition when two devices each started one offline: the others are archived. */
export function keepDefinition(doc: Y.Doc, statementId: string): Result<void> {
  if (!getRecordMap(doc, statementType, statementId)) return fail('That definition is no longer here.');
  transact(doc, () => {
    for (const other of readAll(doc, statementType)) if (other.id !== statementId && !other.archived) archiveRecord(doc, statementType, other.id);
  });
  return ok(undefined);
}

function liveValues(doc: Y.Doc): GroupValue[] {
  return byOrder(readAll(doc, groupValueType).filter((v) => !v.archived));
}

export function addValue(doc: Y.Doc, input: { name: string; meaning?: string; suggestion?: string }): Result<GroupValue> {
  const values = liveValues(doc);
  if (values.length >= 50) return fail('You have 50 values already. Keep the list short so everyone can remember it.');
  if (input.suggestion && values.some((v) => v.suggestion === input.suggestion)) return fail('That value is already in your list.');
  return insertRecord(doc, groupValueType, { ...input, order: nextOrder(values) });
}

export function updateValue(doc: Y.Doc, id: string, input: { name?: string; meaning?: string }): Result<GroupValue> {
  return updateRecord(doc, groupValueType, id, input);
}

/** Drops a value from the list (it is archived, so it can be brought back). */
export function dropValue(doc: Y.Doc, id: string): Result<void> {
  return archiveRecord(doc, groupValueType, id);
}

export function moveValue(doc: Y.Doc, id: string, direction: -1 | 1): Result<void> {
  const changes = moveWithin(liveValues(doc), id, direction);
  transact(doc, () => {
    for (const change of changes) updateRecord(doc, groupValueType, change.id, { order: change.order });
  });
  return ok(undefined);
}
