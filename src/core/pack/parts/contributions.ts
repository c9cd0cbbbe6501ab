import { msg, plural } from '@lingui/core/macro';
import {
  CONTRIBUTION_LABELS,
  contributionType,
  EXPENSE_PAID_LABELS,
  EXPENSE_TYPE_LABELS,
  PAYMENT_BASIS_LABELS,
  type Contribution,
} from '../../domain/team/contribution';
import { personType } from '../../domain/person';
import { compareText, formatList } from '../../format/intl';
import { formatHours, formatPence } from '../../format/numbers';
import { ledgerTotals, type LedgerTotals } from '../../team/ledger';
import { nameForPack } from '../../team/naming';
import { toCsv, type Cell } from '../csv';
import { compareCodes } from '../format';
import { mayInclude } from '../options';
import type { PackContext, PackFile, PackPart } from '../part';
import type { ReportBlock } from '../report';
import { PEOPLE } from '../small-groups';

const TITLE = msg`Expenses, payments and time credits`;
const EVERYONE_ELSE = msg`Everyone else, together (not named)`;

/**
 * What members were given for their time or to cover their costs. Totals always. With
 * "payments to named people" ticked (never for partners and funders): each entry of the
 * people who agreed to be named, against their name, and everyone else's together.
 */
export const contributionsPart: PackPart = {
  id: 'contributions',
  title: TITLE,
  sensitive: ['payments'],
  section(ctx) {
    const { i18n } = ctx;
    const entries = ctx.source.records(contributionType);
    if (entries.length === 0) return null;
    const { project, byPerson } = ledgerTotals(entries);
    const blocks: ReportBlock[] = [
      { kind: 'paragraph', text: i18n._(msg`The group pays people’s costs and values their time. These are the totals for the whole project.`) },
      { kind: 'facts', items: totalsFacts(ctx, project, byPerson.size) },
    ];
    if (mayInclude(ctx.options, 'payments')) {
      const names = namesOf(ctx);
      const pounds = (pence: number) => (pence ? formatPence(pence) : '–');
      const row = (who: string, t: LedgerTotals) => [
        who,
        pounds(t.expensesPence),
        pounds(t.paymentsPence),
        pounds(t.vouchersPence),
        t.timeCreditHours ? formatHours(t.timeCreditHours) : '–',
      ];
      const rows = [...byPerson.entries()]
        .filter(([id]) => names.has(id))
        .map(([id, t]) => row(names.get(id)!, t))
        .sort((a, b) => compareText(a[0]!, b[0]!));
      const rest = entries.filter((c) => !c.personId || !names.has(c.personId));
      if (rest.length) rows.push(row(i18n._(EVERYONE_ELSE), ledgerTotals(rest).project));
      blocks.push({
        kind: 'note',
        text: i18n._(
          msg`Personal information: amounts against the names of people who agreed to be named, included because this was ticked when the pack was made.`,
        ),
      });
      blocks.push({
        kind: 'table',
        caption: i18n._(msg`By person`),
        columns: [
          { label: i18n._(msg`Person`) },
          { label: i18n._(msg`Expenses`), numeric: true },
          { label: i18n._(msg`Payments`), numeric: true },
          { label: i18n._(msg`Vouchers`), numeric: true },
          { label: i18n._(msg`Time credits`), numeric: true },
        ],
        rows,
      });
    }
    return { id: 'contributions', title: i18n._(TITLE), blocks };
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
  const { i18n } = ctx;
  const pounds = (pence: number) => formatPence(pence);
  const types = (Object.keys(EXPENSE_TYPE_LABELS) as (keyof typeof EXPENSE_TYPE_LABELS)[]).filter((k) => t.expensesByType[k] > 0);
  const paid = pounds(t.expensesPence);
  const byType = formatList(
    types.map((k) => {
      const kind = EXPENSE_TYPE_LABELS[k].toLowerCase();
      const amount = pounds(t.expensesByType[k]);
      return i18n._(msg({ message: `${kind} ${amount}`, comment: 'A kind of expense and how much was paid for it, such as “travel £120.00”' }));
    }),
    'unit',
  );
  const facts = [
    {
      label: i18n._(msg`Expenses paid`),
      value: types.length ? i18n._(msg({ message: `${paid} (${byType})`, comment: 'A total, then what it is made of' })) : paid,
    },
    { label: i18n._(msg`Payments for time`), value: pounds(t.paymentsPence) },
    { label: i18n._(msg`Vouchers`), value: pounds(t.vouchersPence) },
    { label: i18n._(msg`Money and vouchers in all`), value: pounds(t.moneyPence) },
    { label: i18n._(msg`Time credits`), value: formatHours(t.timeCreditHours) },
  ];
  if (people) facts.push({ label: i18n._(msg`People who received something`), value: ctx.small.count(people, PEOPLE) });
  return facts;
}

/** "12.50": pounds as a number a spreadsheet adds up. */
function csvPounds(pence: number | undefined): Cell {
  return pence === undefined ? '' : (pence / 100).toFixed(2);
}

function detail(ctx: PackContext, c: Contribution): string {
  if (c.kind === 'expense')
    return formatList(
      [c.expenseType && EXPENSE_TYPE_LABELS[c.expenseType], c.paid && EXPENSE_PAID_LABELS[c.paid]].filter((w): w is string => Boolean(w)),
      'unit',
    );
  if (c.kind === 'payment' && c.basis) {
    const basis = PAYMENT_BASIS_LABELS[c.basis];
    const quantity = c.quantity;
    return quantity ? ctx.i18n._(msg({ message: `${basis} × ${quantity}`, comment: 'A rate of pay and how many days or hours it was paid for' })) : basis;
  }
  return '';
}

function entriesFile(ctx: PackContext, entries: readonly Contribution[]): PackFile {
  const { i18n } = ctx;
  const names = namesOf(ctx);
  const ordered = [...entries].sort((a, b) => compareCodes(a.date, b.date) || compareCodes(a.createdAt, b.createdAt));
  const rows: Cell[][] = ordered
    .filter((c) => c.personId && names.has(c.personId))
    .map((c) => [c.date, CONTRIBUTION_LABELS[c.kind], detail(ctx, c), csvPounds(c.amountPence), c.hours ?? '', c.forWhat, names.get(c.personId!)!]);
  for (const t of monthlyTotals(
    ctx,
    ordered.filter((c) => !c.personId || !names.has(c.personId)),
  )) {
    const entryCount = t.entries;
    const together = i18n._(msg`${plural(entryCount, { one: '# entry', other: '# entries' })} together`);
    rows.push([t.month, t.kind, together, t.pence ? csvPounds(t.pence) : '', t.hours || '', '', i18n._(EVERYONE_ELSE)]);
  }
  return {
    name: 'contributions.csv',
    about: i18n._(
      msg`PERSONAL INFORMATION: every expense, payment, voucher and time credit of the people who agreed to be named, one row each with their name, included because this was ticked when the pack was made; everyone else’s added up for each month and kind. Keep this file safe and delete it when it is no longer needed.`,
    ),
    data: toCsv(
      [
        i18n._(msg`Date`),
        i18n._(msg`Kind`),
        i18n._(msg`Details`),
        i18n._(msg`Amount (£)`),
        i18n._(msg`Hours`),
        i18n._(msg`What it was for`),
        i18n._(msg`Person`),
      ],
      rows,
      i18n,
    ),
  };
}

interface MonthTotal {
  month: string;
  kind: string;
  entries: number;
  pence: number;
  hours: number;
}

/** "Expense: travel", or the kind alone. */
function kindOf(ctx: PackContext, c: Contribution): string {
  if (c.kind !== 'expense' || !c.expenseType) return CONTRIBUTION_LABELS[c.kind];
  const kind = CONTRIBUTION_LABELS.expense;
  const type = EXPENSE_TYPE_LABELS[c.expenseType].toLowerCase();
  return ctx.i18n._(msg({ message: `${kind}: ${type}`, comment: 'A kind of contribution and, for an expense, what it was for, such as “Expense: travel”' }));
}

/** Totals for each month and kind: no row belongs to one person. */
function monthlyTotals(ctx: PackContext, entries: readonly Contribution[]): MonthTotal[] {
  const totals = new Map<string, MonthTotal>();
  for (const c of entries) {
    const kind = kindOf(ctx, c);
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
  const { i18n } = ctx;
  return {
    name: 'contributions.csv',
    about: i18n._(msg`Expenses, payments, vouchers and time credits: totals for each month and kind. No row says who was given what.`),
    data: toCsv(
      [i18n._(msg`Month`), i18n._(msg`Kind`), i18n._(msg`Entries`), i18n._(msg`Amount (£)`), i18n._(msg`Hours`)],
      monthlyTotals(ctx, entries).map((t): Cell[] => [t.month, t.kind, ctx.small.cell(t.entries), t.pence ? csvPounds(t.pence) : '', t.hours || '']),
      i18n,
    ),
  };
}
