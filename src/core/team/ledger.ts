import type { Contribution, ContributionKind, ExpenseType } from '../domain/team/contribution';

export interface LedgerTotals {
  /** All expenses, in pence. */
  expensesPence: number;
  expensesByType: Record<ExpenseType, number>;
  paymentsPence: number;
  vouchersPence: number;
  /** Everything given in money or vouchers, in pence. */
  moneyPence: number;
  timeCreditHours: number;
  entries: number;
}

export interface ProjectLedger {
  project: LedgerTotals;
  /** Totals per member id. Entries whose member was erased count only in `project` and `unattributed`. */
  byPerson: Map<string, LedgerTotals>;
  unattributed: LedgerTotals;
}

export function emptyTotals(): LedgerTotals {
  return { expensesPence: 0, expensesByType: { travel: 0, childcare: 0, other: 0 }, paymentsPence: 0, vouchersPence: 0, moneyPence: 0, timeCreditHours: 0, entries: 0 };
}

function add(totals: LedgerTotals, c: Contribution) {
  totals.entries++;
  const pence = c.amountPence ?? 0;
  switch (c.kind) {
    case 'expense':
      totals.expensesPence += pence;
      totals.expensesByType[c.expenseType ?? 'other'] += pence;
      break;
    case 'payment':
      totals.paymentsPence += pence;
      break;
    case 'voucher':
      totals.vouchersPence += pence;
      break;
    case 'time-credit':
      totals.timeCreditHours += c.hours ?? 0;
      break;
  }
  if (c.kind !== 'time-credit') totals.moneyPence += pence;
}

/** Totals per member and for the whole project. Archived (removed) entries do not count. */
export function ledgerTotals(contributions: readonly Contribution[]): ProjectLedger {
  const project = emptyTotals();
  const unattributed = emptyTotals();
  const byPerson = new Map<string, LedgerTotals>();
  for (const c of contributions) {
    if (c.archived) continue;
    add(project, c);
    if (!c.personId) {
      add(unattributed, c);
      continue;
    }
    let mine = byPerson.get(c.personId);
    if (!mine) byPerson.set(c.personId, (mine = emptyTotals()));
    add(mine, c);
  }
  return { project, byPerson, unattributed };
}

/** Payments and vouchers can count as income for some benefits; expenses and time credits usually do not. */
export function mayAffectBenefits(kind: ContributionKind): boolean {
  return kind === 'payment' || kind === 'voucher';
}

export function totalsMayAffectBenefits(totals: LedgerTotals): boolean {
  return totals.paymentsPence > 0 || totals.vouchersPence > 0;
}
