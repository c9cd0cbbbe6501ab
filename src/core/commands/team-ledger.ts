import { t } from '@lingui/core/macro';
import type * as Y from 'yjs';
import { getRecordMap } from '../doc/project-doc';
import { personType } from '../domain/person';
import { contributionType, type Contribution, type ContributionKind, type ExpensePaid, type ExpenseType, type PaymentBasis } from '../domain/team/contribution';
import { fail, type Result } from '../result';
import { archiveRecord, insertRecord } from './records';

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
