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
import { personType } from '../../domain/person';
import { nameForPack } from '../../team/naming';

/**
 * What members were given for their time or to cover their costs. Totals always. With
 * "payments to named people" ticked (never for partners and funders): each entry of the
 * people who agreed to be named, against their name, and everyone else's together.
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
      { kind: 'facts', items: totalsFacts(ctx, project, byPerson.size) },
    ];
    if (mayInclude(ctx.options, 'payments')) {
      const names = namesOf(ctx);
      const row = (who: string, t: LedgerTotals) => [who, pounds(t.expensesPence), pounds(t.paymentsPence), pounds(t.vouchersPence), t.timeCreditHours ? formatHours(t.timeCreditHours) : '–'];
      const rows = [...byPerson.entries()]
        .filter(([id]) => names.has(id))
        .map(([id, t]) => row(names.get(id)!, t))
        .sort((a, b) => compareText(a[0]!, b[0]!));
      const rest = entries.filter((c) => !c.personId || !names.has(c.personId));
      if (rest.length) rows.push(row('Everyone else, together (not named)', ledgerTotals(rest).project));
      blocks.push({ kind: 'note', text: 'Personal information: amounts against the names of people who agreed to be named, included because this was ticked when the pack was made.' });
      blocks.push({
        kind: 'table',
        caption: 'By person',
        columns: [{ label: 'Person' }, { label: 'Expenses', numeric: true }, { label: 'Payments', numeric: true }, { label: 'Vouchers', numeric: true }, { label: 'Time credits', numeric: true }],
        rows,
      });
    }
    return { id: 'contributions', title: 'Expenses, payments and time credits', blocks };
  },
  files(ctx) {
    const entries = ctx.source.records(contributionType);
    if (entries.length === 0) return [];
    return [mayInclude(ctx.options, 'payments') ? entriesFile(ctx, entries) : totalsFile(ctx, entries)];
  },
};

/** The names of people who agreed to be named, by id. */
function namesOf(ctx: PackContext): Map<string, string> {
  const out = new Map<string, string>();
  for (const person of ctx.source.records(personType, { archived: true })) {
    const name = nameForPack(person);
    if (name) out.set(person.id, name);
  }
  return out;
}

function totalsFacts(ctx: PackContext, t: LedgerTotals, people: number): { label: string; value: string }[] {
  const types = (Object.keys(EXPENSE_TYPE_LABELS) as (keyof typeof EXPENSE_TYPE_LABELS)[]).filter((k) => t.expensesByType[k] > 0);
  const facts = [
    { label: 'Expenses paid', value: `${formatPounds(t.expensesPence)}${types.length ? ` (${types.map((k) => `${EXPENSE_TYPE_LABELS[k].toLowerCase()} ${formatPounds(t.expensesByType[k])}`).join(', ')})` : ''}` },
    { label: 'Payments for time', value: formatPounds(t.paymentsPence) },
    { label: 'Vouchers', value: formatPounds(t.vouchersPence) },
    { label: 'Money and vouchers in all', value: formatPounds(t.moneyPence) },
    { label: 'Time credits', value: formatHours(t.timeCreditHours) },
  ];
  if (people) facts.push({ label: 'People who received something', value: ctx.small.count(people, 'person', 'people') });
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
  const names = namesOf(ctx);
  const ordered = [...entries].sort((a, b) => compareCodes(a.date, b.date) || compareCodes(a.createdAt, b.createdAt));
  const rows: Cell[][] = ordered
    .filter((c) => c.personId && names.has(c.personId))
    .map((c) => [c.date, CONTRIBUTION_LABELS[c.kind], detail(c), csvPounds(c.amountPence), c.hours ?? '', c.forWhat, names.get(c.personId!)!]);
  for (const t of monthlyTotals(ordered.filter((c) => !c.personId || !names.has(c.personId)))) {
    rows.push([t.month, t.kind, `${count(t.entries, 'entry', 'entries')} together`, t.pence ? csvPounds(t.pence) : '', t.hours || '', '', 'Everyone else, together (not named)']);
  }
  return {
    name: 'contributions.csv',
    about:
      'PERSONAL INFORMATION: every expense, payment, voucher and time credit of the people who agreed to be named, one row each with their name, included because this was ticked when the pack was made; everyone else’s added up for each month and kind. Keep this file safe and delete it when it is no longer needed.',
    data: toCsv(['Date', 'Kind', 'Details', 'Amount (£)', 'Hours', 'What it was for', 'Person'], rows),
  };
}

interface MonthTotal {
  month: string;
  kind: string;
  entries: number;
  pence: number;
  hours: number;
}

/** Totals for each month and kind: no row belongs to one person. */
function monthlyTotals(entries: readonly Contribution[]): MonthTotal[] {
  const totals = new Map<string, MonthTotal>();
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
  return [...totals.values()].sort((a, b) => compareCodes(a.month, b.month) || compareCodes(a.kind, b.kind));
}

function totalsFile(ctx: PackContext, entries: readonly Contribution[]): PackFile {
  return {
    name: 'contributions.csv',
    about: 'Expenses, payments, vouchers and time credits: totals for each month and kind. No row says who was given what.',
    data: toCsv(
      ['Month', 'Kind', 'Entries', 'Amount (£)', 'Hours'],
      monthlyTotals(entries).map((t): Cell[] => [t.month, t.kind, ctx.small.cell(t.entries), t.pence ? csvPounds(t.pence) : '', t.hours || '']),
    ),
  };
}
