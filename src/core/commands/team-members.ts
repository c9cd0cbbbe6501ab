import type * as Y from 'yjs';
import type { z } from 'zod';
import { personType, type MemberStatus, type Person, type InclusionProfile, type Recognition, type SupportKind } from '../domain/person';
import { todayIso } from '../ids';
import { fail, type Result } from '../result';
import { insertRecord, updateRecord } from './records';
import { readRecord } from '../read/records';

type PersonInput = z.input<typeof personType.schema>;

/** The "about" part of a member a facilitator types in. Empty optional text means "not given". */
export interface MemberDetails {
  name: string;
  pronouns?: string;
  role: Person['role'];
  organisation?: string;
  involvement?: string;
  email?: string;
  phone?: string;
}

export interface NewMember extends MemberDetails {
  status: MemberStatus;
  /** When they took that status; today if not given. */
  statusSince?: string;
  guest?: boolean;
  id?: string;
}

const OPTIONAL_TEXT = ['pronouns', 'organisation', 'involvement', 'email', 'phone'] as const;

/** Leaves out optional answers that were not given; required ones stay so their message is clear. */
function dropEmpty<T extends object>(input: T, optional: readonly string[] = Object.keys(input)): T {
  const out = { ...input } as Record<string, unknown>;
  for (const [k, v] of Object.entries(out)) {
    if (v === undefined || (optional.includes(k) && typeof v === 'string' && v.trim() === '')) delete out[k];
  }
  return out as T;
}

/** Adds a member. Only the name, role and status are needed; everything else may be left out. */
export function addMember(doc: Y.Doc, input: NewMember, today = todayIso()): Result<Person> {
  const since = input.statusSince || today;
  const record: Record<string, unknown> = {
    ...dropEmpty(input, OPTIONAL_TEXT),
    statusSince: since,
    statusHistory: [{ status: input.status, date: since }],
    ...(input.status === 'active' ? { joinedOn: since } : {}),
  };
  return insertRecord(doc, personType, record as PersonInput & { id?: string });
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
  if (!current) return fail('That member is no longer here. They may have been erased on another device.');
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
