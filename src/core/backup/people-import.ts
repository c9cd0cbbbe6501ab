import { t } from '@lingui/core/macro';
import type { StakeholderInput } from '../commands/plan-maps';
import { checkNewRecord } from '../domain/parse-record';
import { newMemberRecord, type NewMember } from '../team/new-member';
import { personType, ROLE_LABELS, ROLES, STATUS_LABELS, STATUSES, type MemberStatus, type Person, type Role } from '../domain/person';
import { INVOLVEMENT, INVOLVEMENT_LABELS, STAKEHOLDER_KIND_LABELS, STAKEHOLDER_KINDS, stakeholderType, type Involvement, type Stakeholder, type StakeholderKind } from '../domain/plan/stakeholder';
import { formatList, formatNumber } from '../format/intl';
import type { Result } from '../result';
import type { ListTable } from './list-file';

/*
 * What a checked list (list-file.ts) would add, before anything is added: each row becomes the
 * input of the command a facilitator would use, is checked as that command checks it, and is sorted into
 * ready, likely already here, or cannot be used (with the reasons). Cells are text: a cell such
 * as "=SUM(A1)" stays those characters, and every export neutralises it (pack/csv.ts).
 */

export type ListKind = 'members' | 'stakeholders';

export const MEMBER_FIELDS = ['name', 'firstName', 'lastName', 'email', 'phone', 'organisation', 'pronouns', 'role', 'status'] as const;
export const STAKEHOLDER_FIELDS = ['name', 'kind', 'why', 'involvement'] as const;
export type MemberField = (typeof MEMBER_FIELDS)[number];
export type StakeholderField = (typeof STAKEHOLDER_FIELDS)[number];
export type ListField = MemberField | StakeholderField;

/** Which column (by position) holds each field; a field with no column is left out. */
export type ColumnMap = Partial<Record<ListField, number>>;

/** What a row gets when its column is empty or not chosen. */
export interface ListDefaults {
  role: Role;
  status: MemberStatus;
  kind: StakeholderKind;
  involvement: Involvement;
}

export interface PlannedRow<T> {
  row: number;
  name: string;
  input: T;
  /** Who this row is probably the same as: an existing person's name, or another row. */
  duplicateOf?: string;
}

export interface BadRow {
  row: number;
  reasons: string[];
}

export interface ImportPlan<T> {
  ready: PlannedRow<T>[];
  duplicates: PlannedRow<T>[];
  bad: BadRow[];
}

const HEADINGS: Record<ListField, string[]> = {
  name: ['name', 'fullname', 'membername', 'who', 'stakeholder', 'contactname'],
  firstName: ['firstname', 'forename', 'givenname', 'first'],
  lastName: ['lastname', 'surname', 'familyname', 'last'],
  email: ['email', 'emailaddress', 'mail'],
  phone: ['phone', 'telephone', 'tel', 'mobile', 'phonenumber', 'mobilenumber', 'telephonenumber'],
  organisation: ['organisation', 'org', 'company', 'employer', 'group'],
  pronouns: ['pronouns', 'pronoun'],
  role: ['role', 'memberrole'],
  status: ['status', 'memberstatus'],
  kind: ['kind', 'type', 'personororganisation'],
  why: ['why', 'reason', 'whytheyshouldbeinvolved', 'notes', 'note'],
  involvement: ['involvement', 'involved', 'involvedyet'],
};

/** Letters and digits only, lower case, accents and US spellings folded: how headings and choices are compared. */
function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/organization/g, 'organisation')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** The columns a list's headings most likely mean. */
export function guessColumns(header: readonly string[], kind: ListKind): ColumnMap {
  const fields: readonly ListField[] = kind === 'members' ? MEMBER_FIELDS : STAKEHOLDER_FIELDS;
  const map: ColumnMap = {};
  const used = new Set<number>();
  for (const field of fields) {
    const index = header.findIndex((h, i) => !used.has(i) && HEADINGS[field].includes(fold(h)));
    if (index >= 0) {
      map[field] = index;
      used.add(index);
    }
  }
  return map;
}

/** Matches a choice typed in a cell to the app's list by its key or its words (or the start of them). Folded once per list. */
function choiceMatcher<K extends string>(keys: readonly K[], labels: Readonly<Record<K, string>>): (cell: string) => K | undefined {
  const folded = keys.map((k) => ({ k, key: fold(k), label: fold(labels[k]) }));
  return (cell) => {
    const typed = fold(cell);
    if (!typed) return undefined;
    const exact = folded.find((f) => f.key === typed || f.label === typed);
    if (exact) return exact.k;
    return typed.length >= 4 ? folded.find((f) => f.label.startsWith(typed))?.k : undefined;
  };
}

function cellOf(cells: readonly string[], column: number | undefined): string {
  return column === undefined ? '' : (cells[column] ?? '').trim();
}

const nameKey = (name: string) => name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
const emailKey = (email: string) => email.trim().toLowerCase();
function phoneKey(phone: string): string {
  // +44 7700…, +44 (0)7700… and 07700… are one UK number.
  let digits = phone.replace(/\(0\)/g, '').replace(/\D/g, '');
  if (digits.startsWith('44') && digits.length >= 12) digits = '0' + digits.slice(2);
  return digits.length >= 7 ? digits : '';
}

/** Finds the person a row probably repeats: same name, email or phone as someone already here or an earlier row. */
class DuplicateFinder {
  /** An existing person's name, or the number of an earlier row. */
  private readonly seen = new Map<string, string | number>();

  remember(keys: readonly string[], who: string | number): void {
    for (const key of keys) if (key && !this.seen.has(key)) this.seen.set(key, who);
  }

  find(keys: readonly string[]): string | undefined {
    for (const key of keys) {
      const who = key ? this.seen.get(key) : undefined;
      if (typeof who === 'string') return who;
      if (typeof who === 'number') {
        const number = formatNumber(who);
        return t`row ${number} of this list`;
      }
    }
    return undefined;
  }
}

function personKeys(p: { name: string; email?: string; phone?: string }): string[] {
  return [`n:${nameKey(p.name)}`, p.email ? `e:${emailKey(p.email)}` : '', p.phone && phoneKey(p.phone) ? `p:${phoneKey(p.phone)}` : ''];
}

function plan<T>(
  table: ListTable,
  toInput: (cells: readonly string[], reasons: string[]) => T,
  nameOf: (input: T) => string,
  keysOf: (input: T) => string[],
  check: (input: T) => Result<unknown>,
  finder: DuplicateFinder,
): ImportPlan<T> {
  const out: ImportPlan<T> = { ready: [], duplicates: [], bad: [] };
  for (const { row, cells } of table.rows) {
    const reasons: string[] = [];
    const input = toInput(cells, reasons);
    if (reasons.length === 0) {
      const checked = check(input);
      if (!checked.ok) reasons.push(checked.message);
    }
    if (reasons.length > 0) {
      out.bad.push({ row, reasons });
      continue;
    }
    const keys = keysOf(input);
    const planned: PlannedRow<T> = { row, name: nameOf(input), input };
    const duplicateOf = finder.find(keys);
    if (duplicateOf) out.duplicates.push({ ...planned, duplicateOf });
    else out.ready.push(planned);
    finder.remember(keys, row);
  }
  return out;
}

/** What adding a list of members would do. `existing` is everyone in the project now. */
export function planMembers(table: ListTable, columns: ColumnMap, defaults: ListDefaults, existing: readonly Person[], today: string): ImportPlan<NewMember> {
  const finder = new DuplicateFinder();
  for (const person of existing) finder.remember(personKeys(person), person.name);
  const matchRole = choiceMatcher(ROLES, ROLE_LABELS);
  const matchStatus = choiceMatcher(STATUSES, STATUS_LABELS);
  const toInput = (cells: readonly string[], reasons: string[]): NewMember => {
    const whole = cellOf(cells, columns.name);
    const name = whole || [cellOf(cells, columns.firstName), cellOf(cells, columns.lastName)].filter(Boolean).join(' ');
    if (!name) reasons.push(t`It has no name.`);
    const roleCell = cellOf(cells, columns.role);
    const role = roleCell ? matchRole(roleCell) : defaults.role;
    if (!role) {
      const choices = formatList(ROLES.map((r) => ROLE_LABELS[r]), 'disjunction');
      reasons.push(t`“${roleCell}” is not a role the app knows (${choices}).`);
    }
    const statusCell = cellOf(cells, columns.status);
    const status = statusCell ? matchStatus(statusCell) : defaults.status;
    if (!status) {
      const choices = formatList(STATUSES.map((s) => STATUS_LABELS[s]), 'disjunction');
      reasons.push(t`“${statusCell}” is not a status the app knows (${choices}).`);
    }
    return {
      name,
      role: role ?? defaults.role,
      status: status ?? defaults.status,
      email: cellOf(cells, columns.email) || undefined,
      phone: cellOf(cells, columns.phone) || undefined,
      organisation: cellOf(cells, columns.organisation) || undefined,
      pronouns: cellOf(cells, columns.pronouns) || undefined,
    };
  };
  return plan(table, toInput, (m) => m.name, personKeys, (input) => checkNewRecord(personType, newMemberRecord(input, today)), finder);
}

/** What adding a list of stakeholders to the plan's map would do. */
export function planStakeholders(table: ListTable, columns: ColumnMap, defaults: ListDefaults, existing: readonly Stakeholder[]): ImportPlan<StakeholderInput> {
  const finder = new DuplicateFinder();
  for (const s of existing) if (!s.archived) finder.remember([`n:${nameKey(s.name)}`], s.name);
  const matchKind = choiceMatcher(STAKEHOLDER_KINDS, STAKEHOLDER_KIND_LABELS);
  const matchInvolvement = choiceMatcher(INVOLVEMENT, INVOLVEMENT_LABELS);
  const toInput = (cells: readonly string[], reasons: string[]): StakeholderInput => {
    const name = cellOf(cells, columns.name);
    if (!name) reasons.push(t`It has no name.`);
    const kindCell = cellOf(cells, columns.kind);
    const kind = kindCell ? matchKind(kindCell) : defaults.kind;
    if (!kind) reasons.push(t`“${kindCell}” is neither a person nor an organisation.`);
    const involvementCell = cellOf(cells, columns.involvement);
    const involvement = involvementCell ? matchInvolvement(involvementCell) : defaults.involvement;
    if (!involvement) {
      const choices = formatList(INVOLVEMENT.map((i) => INVOLVEMENT_LABELS[i]), 'disjunction');
      reasons.push(t`“${involvementCell}” does not say whether they are involved (${choices}).`);
    }
    return { name, kind: kind ?? defaults.kind, involvement: involvement ?? defaults.involvement, why: cellOf(cells, columns.why) || undefined };
  };
  return plan(table, toInput, (s) => s.name, (s) => [`n:${nameKey(s.name)}`], (input) => checkNewRecord(stakeholderType, { ...input }), finder);
}
