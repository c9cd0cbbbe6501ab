import { t } from '@lingui/core/macro';
import { formatHours, formatPence } from '../../core/format/numbers';
import type { LedgerTotals } from '../../core/team/ledger';

/** A member's or the project's totals, kind by kind. */
export function TotalsList({ totals, testId }: { totals: LedgerTotals; testId?: string }) {
  return (
    <dl class="facts totals" data-testid={testId}>
      <dt>{t({ message: 'Expenses', comment: 'What was given to a member: money to cover their costs' })}</dt>
      <dd>{formatPence(totals.expensesPence)}</dd>
      <dt>{t({ message: 'Payments', comment: 'Money paid to members for their time' })}</dt>
      <dd>{formatPence(totals.paymentsPence)}</dd>
      <dt>{t({ message: 'Vouchers', comment: 'Shop vouchers given to members' })}</dt>
      <dd>{formatPence(totals.vouchersPence)}</dd>
      <dt>{t`Money in all`}</dt>
      <dd>
        <strong>{formatPence(totals.moneyPence)}</strong>
      </dd>
      <dt>{t({ message: 'Time credits', comment: 'What was given to a member: credits they can spend on activities' })}</dt>
      <dd>{formatHours(totals.timeCreditHours)}</dd>
    </dl>
  );
}
