import { plural, t } from '@lingui/core/macro';
import type * as Y from 'yjs';
import { MAX_LIST_ROWS } from '../backup/limits';
import { checkNewRecord } from '../domain/parse-record';
import { personType } from '../domain/person';
import { stakeholderType } from '../domain/plan/stakeholder';
import { formatNumber } from '../format/intl';
import { todayIso } from '../ids';
import { readAll } from '../read/records';
import { fail, ok, type Result } from '../result';
import { addStakeholder, type StakeholderInput } from './plan-maps';
import { transact } from './records';
import { newMemberRecord } from '../team/new-member';
import { addMember, type NewMember } from './team-members';

/** A row of a list and where it came from, so a refusal can name the row. */
export interface ImportItem<T> {
  row: number;
  input: T;
}

const STAKEHOLDER_LIMIT = 500;

/**
 * Adds everyone on a list as members, all or nothing: every row is first checked exactly as
 * `addMember` checks it, and only when all of them pass are they written to the project, in
 * one change.
 */
export function importMembers(doc: Y.Doc, items: readonly ImportItem<NewMember>[], today = todayIso()): Result<number> {
  const checked = checkAll(items, (input) => checkNewRecord(personType, newMemberRecord(input, today)));
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
  const checked = checkAll(items, (input) => checkNewRecord(stakeholderType, { ...input }));
  if (!checked.ok) return checked;
  transact(doc, () => {
    for (const { input } of items) addStakeholder(doc, input);
  });
  return ok(items.length);
}

function checkAll<T>(items: readonly ImportItem<T>[], check: (input: T) => Result<unknown>): Result<void> {
  if (items.length === 0) return fail(t`There is nobody to add.`);
  if (items.length > MAX_LIST_ROWS) {
    const most = formatNumber(MAX_LIST_ROWS);
    return fail(t`At most ${most} people can be added at once. Nothing was added.`);
  }
  for (const { row, input } of items) {
    const result = check(input);
    if (!result.ok) {
      const number = formatNumber(row);
      const reason = result.message;
      return fail(t`Row ${number} cannot be added: ${reason} Nothing was added.`);
    }
  }
  return ok(undefined);
}
