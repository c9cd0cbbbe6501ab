import { msg, t } from '@lingui/core/macro';
import { z } from 'zod';
import { labelsIn } from '../labels';
import { baseFields } from '../base';
import { isoDate, requiredText } from '../fields';
import { defineRecordType } from '../record-type';

/** What a member was given for their time or to cover costs. */
export const CONTRIBUTION_KINDS = ['expense', 'payment', 'voucher', 'time-credit'] as const;
export type ContributionKind = (typeof CONTRIBUTION_KINDS)[number];
export const CONTRIBUTION_LABELS = labelsIn<ContributionKind>({
  expense: msg({ message: 'Expenses', comment: 'What was given to a member: money to cover their costs' }),
  payment: msg({ message: 'Payment', comment: 'What was given to a member: money for their time' }),
  voucher: msg({ message: 'Voucher', comment: 'What was given to a member: a shop voucher' }),
  'time-credit': msg({ message: 'Time credits', comment: 'What was given to a member: credits they can spend on activities' }),
});

export const EXPENSE_TYPES = ['travel', 'childcare', 'other'] as const;
export type ExpenseType = (typeof EXPENSE_TYPES)[number];
export const EXPENSE_TYPE_LABELS = labelsIn<ExpenseType>({
  travel: msg({ message: 'Travel', comment: 'A kind of expense' }),
  childcare: msg({ message: 'Childcare', comment: 'A kind of expense' }),
  other: msg({ message: 'Other costs', comment: 'A kind of expense' }),
});

/** Paid before the meeting (best practice) or paid back afterwards. */
export const EXPENSE_PAID = ['up-front', 'reimbursed'] as const;
export type ExpensePaid = (typeof EXPENSE_PAID)[number];
export const EXPENSE_PAID_LABELS = labelsIn<ExpensePaid>({ 'up-front': msg`Paid up front`, reimbursed: msg`Paid back afterwards` });

export const PAYMENT_BASIS = ['day', 'hour'] as const;
export type PaymentBasis = (typeof PAYMENT_BASIS)[number];
export const PAYMENT_BASIS_LABELS = labelsIn<PaymentBasis>({ day: msg`Day rate`, hour: msg`Hourly rate` });

/** Money is kept as whole pence so totals never drift. One entry above this is surely a typing slip. */
export const MAX_ENTRY_PENCE = 500_000;
/** Time credits are counted in quarter hours; more than this in one entry is surely a slip. */
export const MAX_ENTRY_HOURS = 100;
export const MAX_QUANTITY = 60;

const MONEY_KINDS: readonly ContributionKind[] = ['expense', 'payment', 'voucher'];
export const isMoneyKind = (kind: ContributionKind) => MONEY_KINDS.includes(kind);

export const contributionSchema = z
  .object({
    ...baseFields,
    /** Absent once the member is erased: the amount still counts in the project's totals. */
    personId: z.string().min(1).max(64).optional(),
    kind: z.enum(CONTRIBUTION_KINDS, { error: () => t`Choose expenses, payment, voucher or time credits.` }),
    date: isoDate('Date'),
    forWhat: requiredText('What it was for', 300),
    amountPence: z
      .number({ error: () => t`The amount must be a number.` })
      .int({ error: () => t`The amount must be in pounds and pence, like 12.50.` })
      .min(1, { error: () => t`An amount must be more than £0. Amounts cannot be negative.` })
      .max(MAX_ENTRY_PENCE, { error: () => t`That is more than £5,000 for one entry. Check the amount.` })
      .optional(),
    hours: z
      .number({ error: () => t`Hours must be a number.` })
      .positive({ error: () => t`Hours must be more than 0. They cannot be negative.` })
      .max(MAX_ENTRY_HOURS, { error: () => t`That is more than ${MAX_ENTRY_HOURS} hours for one entry. Check the hours.` })
      .refine((h) => Number.isInteger(h * 4), { error: () => t`Hours go in quarters: for example 1, 1.5 or 2.25.` })
      .optional(),
    expenseType: z.enum(EXPENSE_TYPES, { error: () => t`Choose travel, childcare or other costs.` }).optional(),
    paid: z.enum(EXPENSE_PAID, { error: () => t`Choose paid up front or paid back afterwards.` }).optional(),
    basis: z.enum(PAYMENT_BASIS, { error: () => t`Choose a day rate or an hourly rate.` }).optional(),
    /** How many days or hours a payment covers. */
    quantity: z
      .number({ error: () => t`The number of days or hours must be a number.` })
      .positive({ error: () => t`The number of days or hours must be more than 0.` })
      .max(MAX_QUANTITY, { error: () => t`That is more than ${MAX_QUANTITY} days or hours in one payment. Check the number.` })
      .optional(),
  })
  .superRefine((c, ctx) => {
    if (isMoneyKind(c.kind) && c.amountPence === undefined)
      ctx.addIssue({ code: 'custom', path: ['amountPence'], message: t`Enter the amount in pounds, like 12.50.` });
    if (isMoneyKind(c.kind) && c.hours !== undefined) ctx.addIssue({ code: 'custom', path: ['hours'], message: t`Only time credits are counted in hours.` });
    if (c.kind === 'time-credit' && c.hours === undefined) ctx.addIssue({ code: 'custom', path: ['hours'], message: t`Enter how many hours of time credits.` });
    if (c.kind === 'time-credit' && c.amountPence !== undefined)
      ctx.addIssue({ code: 'custom', path: ['amountPence'], message: t`Time credits are counted in hours, not pounds.` });
    if (c.kind === 'expense' && !c.expenseType) ctx.addIssue({ code: 'custom', path: ['expenseType'], message: t`Choose travel, childcare or other costs.` });
    if (c.kind !== 'expense' && (c.expenseType || c.paid))
      ctx.addIssue({ code: 'custom', path: ['expenseType'], message: t`Only expenses have a type of cost.` });
    if (c.kind !== 'payment' && (c.basis || c.quantity !== undefined))
      ctx.addIssue({ code: 'custom', path: ['basis'], message: t`Only payments have a day or hourly rate.` });
  });
export type Contribution = z.infer<typeof contributionSchema>;

export const contributionType = defineRecordType({
  collection: 'contributions',
  noun: msg({ message: 'contribution', comment: 'A kind of record, inside messages such as “That member is no longer here”' }),
  schema: contributionSchema,
  version: 1,
  personRefs: ['personId'],
  index: { k1: 'personId', k2: 'date' },
});
