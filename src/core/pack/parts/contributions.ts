import {
  CONTRIBUTION_LABELS,
  contributionType,
  EXPENSE_PAID_LABELS,
  EXPENSE_TYPE_LABELS,
  PAYMENT_BASIS_LABELS,
  type Contribution,
} from '../../domain/team/contribution';
import { ledgerTotals, type LedgerTotals } from '../../team/ledger';
import { formatHours, formatPounds } from '../../team/money';
import { toCsv, type Cell } from '../csv';
import { compareCodes, count } from '../format';
import { mayInclude } from '../options';
import type { PackContext, PackFile, PackPart } from '../part';
import type { ReportBlock } from '../report';
import { compareText } from '../../format/intl';

/**
 * What members were given for their time or to cover their costs. Totals always; each
 * person's entries only when the facilitator ticks "payments to named people", and never in
 * a pack for partners and funders.
 */
export const contributionsPart: PackPart = {
  id: 'contributions',
  title: 'Expenses, payments and time credits',
  sensitive: ['payments'],
  section(ctx) {
    const entries = ctx.source.records(contributionType);
    if (entries.length === 0) return null;
    const { project, byPerson } = ledgerTotals(entries);
    const blocks: ReportBlock[] = [
      { kind: 'paragraph', text: 'The group pays people’s costs and values their time. These are the totals for the whole project.' },
      { kind: 'facts', items: totalsFacts(project, byPerson.size) },
    ];
    if (mayInclude(ctx.options, 'payments')) {
      blocks.push({ kind: 'note', text: 'Personal information: amounts against each person, included because this was ticked when the pack was made.' });
      blocks.push({
        kind: 'table',
        caption: 'By person',
        columns: [{ label: 'Person' }, { label: 'Expenses', numeric: true }, { label: 'Payments', numeric: true }, { label: 'Vouchers', numeric: true }, { label: 'Time credits', numeric: true }],
        rows: [...byPerson.entries()]
          .map(([id, t]) => [ctx.names.labelFor(id), pounds(t.expensesPence), pounds(t.paymentsPence), pounds(t.vouchersPence), t.timeCreditHours ? formatHours(t.timeCreditHours) : '–'])
          .sort((a, b) => compareText(a[0]!, b[0]!, { numeric: true })),
      });
    }
    return { id: 'contributions', title: 'Expenses, payments and time credits', blocks };
  },
  files(ctx) {
    const entries = ctx.source.records(contributionType);
    if (entries.length === 0) return [];
    return [mayInclude(ctx.options, 'payments') ? entriesFile(ctx, entries) : totalsFile(entries)];
  },
};

function totalsFacts(t: LedgerTotals, people: number): { label: string; value: string }[] {
  const types = (Object.keys(EXPENSE_TYPE_LABELS) as (keyof typeof EXPENSE_TYPE_LABELS)[]).filter((k) => t.expensesByType[k] > 0);
  const facts = [
    { label: 'Expenses paid', value: `${formatPounds(t.expensesPence)}${types.length ? ` (${types.map((k) => `${EXPENSE_TYPE_LABELS[k].toLowerCase()} ${formatPounds(t.expensesByType[k])}`).join(', ')})` : ''}` },
    { label: 'Payments for time', value: formatPounds(t.paymentsPence) },
    { label: 'Vouchers', value: formatPounds(t.vouchersPence) },
    { label: 'Money and vouchers in all', value: formatPounds(t.moneyPence) },
    { label: 'Time credits', value: formatHours(t.timeCreditHours) },
  ];
  if (people) facts.push({ label: 'People who received something', value: count(people, 'person', 'people') });
  return facts;
}

function pounds(pence: number): string {
  return pence ? formatPounds(pence) : '–';
}

/** "12.50": pounds as a number a spreadsheet adds up. */
function csvPounds(pence: number | undefined): Cell {
  return pence === undefined ? '' : (pence / 100).toFixed(2);
}

function detail(c: Contribution): string {
  if (c.kind === 'expense') return [c.expenseType && EXPENSE_TYPE_LABELS[c.expenseType], c.paid && EXPENSE_PAID_LABELS[c.paid]].filter(Boolean).join(', ');
  if (c.kind === 'payment' && c.basis) return `${PAYMENT_BASIS_LABELS[c.basis]}${c.quantity ? ` × ${c.quantity}` : ''}`;
  return '';
}

function entriesFile(ctx: PackContext, entries: readonly Contribution[]): PackFile {
  const rows = [...entries]
    .sort((a, b) => compareCodes(a.date, b.date) || compareCodes(a.createdAt, b.createdAt))
    .map((c): Cell[] => [
      c.date,
      CONTRIBUTION_LABELS[c.kind],
      detail(c),
      csvPounds(c.amountPence),
      c.hours ?? '',
      c.forWhat,
      c.personId ? ctx.names.labelFor(c.personId) : 'A former member (their details were erased)',
    ]);
  return {
    name: 'contributions.csv',
    about:
      'PERSONAL INFORMATION: every expense, payment, voucher and time credit, one row each, with the person it went to, included because this was ticked when the pack was made. People who did not agree to be named appear as Member 1, Member 2… Keep this file safe and delete it when it is no longer needed.',
    data: toCsv(['Date', 'Kind', 'Details', 'Amount (£)', 'Hours', 'What it was for', 'Person'], rows),
  };
}

/** Totals for each month and kind: no row belongs to one person. */
function totalsFile(entries: readonly Contribution[]): PackFile {
  const totals = new Map<string, { month: string; kind: string; entries: number; pence: number; hours: number }>();
  for (const c of entries) {
    const kind = c.kind === 'expense' && c.expenseType ? `${CONTRIBUTION_LABELS.expense}: ${EXPENSE_TYPE_LABELS[c.expenseType].toLowerCase()}` : CONTRIBUTION_LABELS[c.kind];
    const month = c.date.slice(0, 7);
    const key = `${month} ${kind}`;
    const t = totals.get(key) ?? { month, kind, entries: 0, pence: 0, hours: 0 };
    t.entries++;
    t.pence += c.amountPence ?? 0;
    t.hours += c.hours ?? 0;
    totals.set(key, t);
  }
  const rows = [...totals.values()]
    .sort((a, b) => compareCodes(a.month, b.month) || compareCodes(a.kind, b.kind))
    .map((t): Cell[] => [t.month, t.kind, t.entries, t.pence ? csvPounds(t.pence) : '', t.hours || '']);
  return {
    name: 'contributions.csv',
    about: 'Expenses, payments, vouchers and time credits: totals for each month and kind. No row says who was given what.',
    data: toCsv(['Month', 'Kind', 'Entries', 'Amount (£)', 'Hours'], rows),
  };
}
