import { t } from '@lingui/core/macro';
import { useState } from 'preact/hooks';
import { addContribution, type NewContribution } from '../../core/commands/team-ledger';
import {
  CONTRIBUTION_KINDS,
  CONTRIBUTION_LABELS,
  EXPENSE_PAID,
  EXPENSE_PAID_LABELS,
  EXPENSE_TYPE_LABELS,
  EXPENSE_TYPES,
  MAX_QUANTITY,
  PAYMENT_BASIS,
  PAYMENT_BASIS_LABELS,
  type ContributionKind,
  type ExpensePaid,
  type ExpenseType,
  type PaymentBasis,
} from '../../core/domain/team/contribution';
import { today } from '../../core/format/calendar';
import { formatPence } from '../../core/format/numbers';
import { fail, ok, type Result } from '../../core/result';
import { mayAffectBenefits } from '../../core/team/ledger';
import { parseHours, parsePounds } from '../../core/team/money';
import { useSession } from '../../state/project-context';
import { Button } from '../../ui/Button';
import { RadioGroup } from '../../ui/form/ChoiceGroup';
import { optionsFrom } from '../../ui/form/SelectField';
import { useCommand } from '../../ui/form/use-command';
import { TextField } from '../../ui/TextField';
import { BenefitsCaution } from './BenefitsCaution';
import { contributionAmount, lower } from './contribution-words';
import { SaveOutcome } from './SaveOutcome';

interface Draft {
  kind: ContributionKind;
  expenseType: ExpenseType;
  paid: ExpensePaid;
  basis: PaymentBasis;
  amount: string;
  rate: string;
  quantity: string;
  hours: string;
  date: string;
  forWhat: string;
}

const emptyDraft = (): Draft => ({
  kind: 'expense',
  expenseType: 'travel',
  paid: 'up-front',
  basis: 'day',
  amount: '',
  rate: '',
  quantity: '1',
  hours: '',
  date: today(),
  forWhat: '',
});

/** How many days or hours a payment covers, as typed. */
function parseQuantity(typed: string, basis: PaymentBasis): Result<number> {
  const n = Number(typed.trim());
  const days = basis === 'day';
  if (typed.trim() === '' || !Number.isFinite(n)) return fail(days ? t`Enter how many days, like 1 or 2.5.` : t`Enter how many hours, like 1 or 2.5.`);
  if (n <= 0) return fail(days ? t`The number of days must be more than 0.` : t`The number of hours must be more than 0.`);
  if (n > MAX_QUANTITY) {
    return fail(
      days
        ? t`That is more than ${MAX_QUANTITY} days in one payment. Check the number.`
        : t`That is more than ${MAX_QUANTITY} hours in one payment. Check the number.`,
    );
  }
  if (!Number.isInteger(n * 4)) return fail(days ? t`Use whole or quarter days, like 1, 1.5 or 2.25.` : t`Use whole or quarter hours, like 1, 1.5 or 2.25.`);
  return ok(n);
}

/** Turns what was typed into a contribution, or says what is wrong. */
function fromDraft(d: Draft, personId: string): Result<NewContribution> {
  const base = { personId, kind: d.kind, date: d.date, forWhat: d.forWhat };
  switch (d.kind) {
    case 'expense': {
      const amount = parsePounds(d.amount);
      return amount.ok ? ok({ ...base, expenseType: d.expenseType, paid: d.paid, amountPence: amount.value }) : amount;
    }
    case 'voucher': {
      const amount = parsePounds(d.amount);
      return amount.ok ? ok({ ...base, amountPence: amount.value }) : amount;
    }
    case 'payment': {
      const rate = parsePounds(d.rate);
      if (!rate.ok) return rate;
      const quantity = parseQuantity(d.quantity, d.basis);
      if (!quantity.ok) return quantity;
      return ok({ ...base, basis: d.basis, quantity: quantity.value, amountPence: Math.round(rate.value * quantity.value) });
    }
    case 'time-credit': {
      const hours = parseHours(d.hours);
      return hours.ok ? ok({ ...base, hours: hours.value }) : hours;
    }
  }
}

/** Records an expense, payment, voucher or time credits for one member. */
export function AddContribution({ personId }: { personId: string }) {
  const { doc } = useSession();
  const [d, setD] = useState<Draft>(emptyDraft());
  const command = useCommand();
  const [saved, setSaved] = useState<string | null>(null);
  const set =
    <K extends keyof Draft>(key: K) =>
    (value: Draft[K]) =>
      setD((old) => ({ ...old, [key]: value }));
  const rate = parsePounds(d.rate);
  const quantity = parseQuantity(d.quantity, d.basis);
  const days = d.basis === 'day';

  function submit(e: Event) {
    e.preventDefault();
    const added = command.run(() => {
      const input = fromDraft(d, personId);
      return input.ok ? addContribution(doc, input.value) : input;
    });
    if (!added.ok) return setSaved(null);
    const amount = contributionAmount(added.value);
    const kind = lower(CONTRIBUTION_LABELS[added.value.kind]);
    setSaved(t({ message: `Added ${amount} ${kind}.`, comment: 'After adding an entry: “Added £12.50 expenses.”, “Added 2.5 hours time credits.”' }));
    setD({ ...emptyDraft(), kind: d.kind, date: d.date });
  }

  return (
    <form onSubmit={submit} noValidate class="subform add-contribution">
      <h3>{t`Add an entry`}</h3>
      <RadioGroup legend={t`What was given`} options={optionsFrom(CONTRIBUTION_KINDS, CONTRIBUTION_LABELS)} value={d.kind} onChange={set('kind')} inline />
      {mayAffectBenefits(d.kind) && <BenefitsCaution />}
      {d.kind === 'expense' && (
        <>
          <RadioGroup
            legend={t`Type of cost`}
            options={optionsFrom(EXPENSE_TYPES, EXPENSE_TYPE_LABELS)}
            value={d.expenseType}
            onChange={set('expenseType')}
            inline
          />
          <RadioGroup
            legend={t`When it was paid`}
            hint={t`Paying up front means no one has to find the money first.`}
            options={optionsFrom(EXPENSE_PAID, EXPENSE_PAID_LABELS)}
            value={d.paid}
            onChange={set('paid')}
            inline
          />
          <TextField label={t`Amount in pounds`} inputMode="decimal" value={d.amount} onInput={set('amount')} required hint={t`For example: 12.50`} />
        </>
      )}
      {d.kind === 'voucher' && (
        <TextField label={t`Value in pounds`} inputMode="decimal" value={d.amount} onInput={set('amount')} required hint={t`For example: 20`} />
      )}
      {d.kind === 'payment' && (
        <>
          <RadioGroup
            legend={t({ message: 'Paid by', comment: 'How a payment is worked out: by the day or by the hour' })}
            options={optionsFrom(PAYMENT_BASIS, PAYMENT_BASIS_LABELS)}
            value={d.basis}
            onChange={set('basis')}
            inline
          />
          <TextField label={days ? t`Day rate in pounds` : t`Hourly rate in pounds`} inputMode="decimal" value={d.rate} onInput={set('rate')} required />
          <TextField label={days ? t`Number of days` : t`Number of hours`} inputMode="decimal" value={d.quantity} onInput={set('quantity')} required />
          {rate.ok && quantity.ok && <p data-testid="payment-total">{paymentTotal(Math.round(rate.value * quantity.value))}</p>}
        </>
      )}
      {d.kind === 'time-credit' && (
        <TextField label={t`Hours of time credits`} inputMode="decimal" value={d.hours} onInput={set('hours')} required hint={t`For example: 2 or 1.5`} />
      )}
      <TextField label={t`Date`} type="date" value={d.date} onInput={set('date')} required />
      <TextField label={t`What it was for`} value={d.forWhat} onInput={set('forWhat')} required hint={t`For example: bus fare to the March meeting.`} />
      <SaveOutcome error={command.error} saved={saved} />
      <Button type="submit" variant="primary">
        {t`Add entry`}
      </Button>
    </form>
  );
}

function paymentTotal(pence: number): string {
  const total = formatPence(pence);
  return t`Total: ${total}`;
}
