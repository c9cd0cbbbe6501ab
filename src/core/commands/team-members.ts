import { t } from '@lingui/core/macro';
import type * as Y from 'yjs';
import type { z } from 'zod';
import { personType, type MemberStatus, type Person, type InclusionProfile, type Recognition, type SupportKind } from '../domain/person';
import { todayIso } from '../ids';
import { fail, type Result } from '../result';
import { insertRecord, updateRecord } from './records';
import { dropEmpty, newMemberRecord, OPTIONAL_TEXT, type MemberDetails, type NewMember } from '../team/new-member';
import { readRecord } from '../read/records';

type PersonInput = z.input<typeof personType.schema>;

export type { MemberDetails, NewMember } from '../team/new-member';

/** Adds a member. Only the name, role and status are needed; everything else may be left out. */
export function addMember(doc: Y.Doc, input: NewMember, today = todayIso()): Result<Person> {
  return insertRecord(doc, personType, newMemberRecord(input, today) as PersonInput & { id?: string });
}

/** Changes a member's details. Clearing an optional box removes what was there. */
export function updateMemberDetails(doc: Y.Doc, personId: string, details: Partial<MemberDetails>): Result<Person> {
  const patch: Record<string, unknown> = { ...details };
  for (const key of OPTIONAL_TEXT) if (key in patch && typeof patch[key] === 'string' && (patch[key] as string).trim() === '') patch[key] = undefined;
  return updateRecord(doc, personType, personId, patch as Partial<PersonInput>);
}

/** Moves a member to a new status (interested, active, stepped back, left) from a date, keeping the history. */
export function setMemberStatus(doc: Y.Doc, personId: string, status: MemberStatus, date = todayIso()): Result<Person> {
  const current = readRecord(doc, personType, personId);
  if (!current) return fail(t`That member is no longer here. They may have been erased on another device.`);
  if (current.status === status && current.statusSince === date) return { ok: true, value: current };
  const history = [...(current.statusHistory ?? []), { status, date }].slice(-200);
  return updateRecord(doc, personType, personId, {
    status,
    statusSince: date,
    statusHistory: history,
    ...(status === 'active' && !current.joinedOn ? { joinedOn: date } : {}),
  });
}

/**
 * Saves the inclusion profile as a whole. `declined: true` on its own records that the
 * person chose not to share it; an empty profile removes it.
 */
export function saveInclusionProfile(doc: Y.Doc, personId: string, profile: InclusionProfile): Result<Person> {
  const cleaned = dropEmpty(profile);
  for (const key of ['accessNeeds', 'formats'] as const) if (cleaned[key]?.length === 0) delete cleaned[key];
  for (const key of ['interpreter', 'childcare', 'travelSupport'] as const) if (cleaned[key] === false) delete cleaned[key];
  const empty = Object.keys(cleaned).length === 0;
  const value = cleaned.declined ? { declined: true } : cleaned;
  return updateRecord(doc, personType, personId, { inclusion: empty ? undefined : value });
}

/** The support a member asked for, such as a call before meetings. */
export function setSupport(doc: Y.Doc, personId: string, support: SupportKind[], note?: string): Result<Person> {
  const unique = [...new Set(support)];
  return updateRecord(doc, personType, personId, {
    support: unique.length ? unique : undefined,
    supportNote: note && note.trim() ? note : undefined,
  });
}

/** How the member wants their time recognised (payment, vouchers, time credits, none). */
export function setRecognition(doc: Y.Doc, personId: string, recognition: Recognition | undefined): Result<Person> {
  return updateRecord(doc, personType, personId, { recognition });
}
