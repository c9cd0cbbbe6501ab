import { plural, t } from '@lingui/core/macro';
import * as Y from 'yjs';
import { MAX_LIST_ROWS } from '../backup/limits';
import { stakeholderType } from '../domain/plan/stakeholder';
import { formatNumber } from '../format/intl';
import { todayIso } from '../ids';
import { readAll } from '../read/records';
import { fail, ok, type Result } from '../result';
import { addStakeholder, type StakeholderInput } from './plan-maps';
import { transact } from './records';
import { addMember, type NewMember } from './team-members';

/** A row of a list and where it came from, so a refusal can name the row. */
export interface ImportItem<T> {
  row: number;
  input: T;
}

const STAKEHOLDER_LIMIT = 500;

/**
 * Adds everyone on a list as members, all or nothing: every row is first added to a scratch
 * doc with the same command a facilitator uses, and only when all of them pass are they
 * written to the project, in one change.
 */
export function importMembers(doc: Y.Doc, items: readonly ImportItem<NewMember>[], today = todayIso()): Result<number> {
  const checked = checkAll(items, (scratch, input) => addMember(scratch, input, today));
  if (!checked.ok) return checked;
  transact(doc, () => {
    for (const { input } of items) addMember(doc, input, today);
  });
  return ok(items.length);
}

/** Adds everyone on a list to the stakeholder map, all or nothing, within the map's limit. */
export function importStakeholders(doc: Y.Doc, items: readonly ImportItem<StakeholderInput>[]): Result<number> {
  const current = readAll(doc, stakeholderType).filter((s) => !s.archived).length;
  if (current + items.length > STAKEHOLDER_LIMIT) {
    const room = formatNumber(Math.max(0, STAKEHOLDER_LIMIT - current));
    return fail(
      plural(STAKEHOLDER_LIMIT, {
        one: `The map can hold up to # stakeholder, and has room for ${room} more. Nothing was added.`,
        other: `The map can hold up to # stakeholders, and has room for ${room} more. Nothing was added.`,
      }),
    );
  }
  const checked = checkAll(items, addStakeholder);
  if (!checked.ok) return checked;
  transact(doc, () => {
    for (const { input } of items) addStakeholder(doc, input);
  });
  return ok(items.length);
}

function checkAll<T>(items: readonly ImportItem<T>[], add: (scratch: Y.Doc, input: T) => Result<unknown>): Result<void> {
  if (items.length === 0) return fail(t`There is nobody to add.`);
  if (items.length > MAX_LIST_ROWS) {
    const most = formatNumber(MAX_LIST_ROWS);
    return fail(t`At most ${most} people can be added at once. Nothing was added.`);
  }
  const scratch = new Y.Doc();
  try {
    for (const { row, input } of items) {
      const result = add(scratch, input);
      if (!result.ok) {
        const number = formatNumber(row);
        return fail(t`Row ${number} cannot be added: ${result.message} Nothing was added.`);
      }
    }
  } finally {
    scratch.destroy();
  }
  return ok(undefined);
}
