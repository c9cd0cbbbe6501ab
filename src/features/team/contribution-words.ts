import { t } from '@lingui/core/macro';
import { CONTRIBUTION_LABELS, EXPENSE_PAID_LABELS, EXPENSE_TYPE_LABELS, PAYMENT_BASIS_LABELS, type Contribution } from '../../core/domain/team/contribution';
import { formatLocale, formatNumber } from '../../core/format/intl';
import { formatHours, formatPence } from '../../core/format/numbers';

/** A label inside a sentence: "Travel" → "travel". */
export const lower = (words: string) => words.toLocaleLowerCase(formatLocale());

/** "£12.50", or "2.5 hours" for time credits. */
export function contributionAmount(c: Contribution): string {
  return c.kind === 'time-credit' ? formatHours(c.hours ?? 0) : formatPence(c.amountPence ?? 0);
}

/** What was given, in a few words: "Expenses: travel (paid up front)", "Payment (day rate × 2)". */
export function contributionKindText(c: Contribution): string {
  if (c.kind === 'expense') {
    const type = lower(EXPENSE_TYPE_LABELS[c.expenseType ?? 'other']);
    if (!c.paid) return t`Expenses: ${type}`;
    const paid = lower(EXPENSE_PAID_LABELS[c.paid]);
    return t`Expenses: ${type} (${paid})`;
  }
  if (c.kind === 'payment' && c.basis) {
    const basis = lower(PAYMENT_BASIS_LABELS[c.basis]);
    if (!c.quantity) return t`Payment (${basis})`;
    const quantity = formatNumber(c.quantity);
    return t`Payment (${basis} × ${quantity})`;
  }
  return CONTRIBUTION_LABELS[c.kind];
}
