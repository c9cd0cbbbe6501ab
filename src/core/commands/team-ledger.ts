import { t } from '@lingui/core/macro';
import type * as Y from 'yjs';
import { getRecordMap } from '../doc/project-doc';
import { explain } from '../domain/fields';
import { meetingType } from '../domain/meeting';
import { personType } from '../domain/person';
import { contributionSchema, contributionType, type Contribution, type ContributionKind, type ExpensePaid, type ExpenseType, type PaymentBasis } from '../domain/team/contribution';
import { meetingMarks } from '../read/attendance';
import { readAll, readRecord } from '../read/records';
import { fail, ok, type Result } from '../result';
import { archiveRecord, insertRecord, transact } from './records';

export interface NewContribution {
  personId: string;
  kind: ContributionKind;
  date: string;
  forWhat: string;
  /** Whole pence, for expenses, payments and vouchers. */
  amountPence?: number;
  /** For time credits. */
  hours?: number;
  expenseType?: ExpenseType;
  paid?: ExpensePaid;
  basis?: PaymentBasis;
  quantity?: number;
}

/** Adds an expense, payment, voucher or time credits for a member. Nothing is stored if any part is wrong. */
export function addContribution(doc: Y.Doc, input: NewContribution): Result<Contribution> {
  if (!getRecordMap(doc, personType, input.personId)) return fail(t`That member is no longer here, so nothing can be added for them.`);
  const record: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(input)) if (v !== undefined) record[k] = v;
  return insertRecord(doc, contributionType, record as Parameters<typeof insertRecord<typeof contributionType>>[2]);
}

/** Takes an entry out of the ledger (kept in the history, no longer counted). */
export function removeContribution(doc: Y.Doc, id: string): Result<void> {
  return archiveRecord(doc, contributionType, id, true);
}

const isLive = (record: { archived?: boolean } | undefined) => record !== undefined && !record.archived;

export type ForEveryonePresent = Omit<NewContribution, 'personId' | 'date'>;

/**
 * Gives the same expense, payment, voucher or time credits to everyone marked present at a
 * meeting, dated the meeting's day, in one step. Anyone who already has this very entry
 * (same kind, day and "for what") is left out, so doing it twice gives nothing twice.
 * The entry is checked before anything is written.
 */
export function addContributionsForPresent(
  doc: Y.Doc,
  meetingId: string,
  input: ForEveryonePresent,
): Result<{ added: Contribution[]; alreadyGiven: string[] }> {
  const meeting = readRecord(doc, meetingType, meetingId);
  if (!meeting || meeting.archived) return fail(t`That meeting is no longer here.`);
  const present = [...meetingMarks(doc, meetingId)]
    .filter(([personId, mark]) => mark === 'present' && isLive(readRecord(doc, personType, personId)))
    .map(([personId]) => personId);
  if (present.length === 0) return fail(t`Nobody is marked present at this meeting yet, so there is nobody to give this to.`);
  const entry = { ...input, date: meeting.date };
  const check = contributionSchema.safeParse({ ...entry, id: 'check', v: contributionType.version, createdAt: new Date().toISOString(), personId: present[0] });
  if (!check.success) return fail(explain(check.error));
  const forWhat = check.data.forWhat;
  const given = new Set(
    readAll(doc, contributionType)
      .filter((c) => !c.archived && c.kind === entry.kind && c.date === entry.date && c.forWhat === forWhat && c.personId)
      .map((c) => c.personId!),
  );
  return transact(doc, () => {
    const added: Contribution[] = [];
    for (const personId of present) {
      if (given.has(personId)) continue;
      const result = addContribution(doc, { ...entry, personId });
      if (result.ok) added.push(result.value);
    }
    return ok({ added, alreadyGiven: present.filter((id) => given.has(id)) });
  });
}
