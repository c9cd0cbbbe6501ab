import { useState } from 'preact/hooks';
import { addContribution, removeContribution, type NewContribution } from '../../core/commands/team-ledger';
import { setRecognition } from '../../core/commands/team-members';
import { RECOGNITION_LABELS, RECOGNITIONS, type Person, type Recognition } from '../../core/domain/person';
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
  type Contribution,
  type ContributionKind,
  type ExpensePaid,
  type ExpenseType,
  type PaymentBasis,
} from '../../core/domain/team/contribution';
import { todayIso } from '../../core/ids';
import type { ProjectSession } from '../../core/projects/project-session';
import { ledgerTotals, mayAffectBenefits, totalsMayAffectBenefits, type LedgerTotals } from '../../core/team/ledger';
import { formatHours, formatPounds, parseHours, parsePounds } from '../../core/team/money';
import { fail, ok, type Result } from '../../core/result';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { BenefitsCaution } from './BenefitsCaution';
import { FormMessage, optionsFrom, RadioGroup, SelectField } from './fields';
import { formatDay } from './format';
import { useContributions } from './use-team';

export function contributionAmount(c: Contribution): string {
  return c.kind === 'time-credit' ? formatHours(c.hours ?? 0) : formatPounds(c.amountPence ?? 0);
}

export function contributionKindText(c: Contribution): string {
  if (c.kind === 'expense') return `${CONTRIBUTION_LABELS.expense}: ${EXPENSE_TYPE_LABELS[c.expenseType ?? 'other'].toLowerCase()}${c.paid ? ` (${EXPENSE_PAID_LABELS[c.paid].toLowerCase()})` : ''}`;
  if (c.kind === 'payment' && c.basis) return `${CONTRIBUTION_LABELS.payment} (${PAYMENT_BASIS_LABELS[c.basis].toLowerCase()}${c.quantity ? ` × ${c.quantity}` : ''})`;
  return CONTRIBUTION_LABELS[c.kind];
}

/** Totals as a short list: only the kinds that have something. */
export function TotalsList({ totals, testId }: { totals: LedgerTotals; testId?: string }) {
  return (
    <dl class="facts totals" data-testid={testId}>
      <dt>Expenses</dt>
      <dd>{formatPounds(totals.expensesPence)}</dd>
      <dt>Payments</dt>
      <dd>{formatPounds(totals.paymentsPence)}</dd>
      <dt>Vouchers</dt>
      <dd>{formatPounds(totals.vouchersPence)}</dd>
      <dt>Money in all</dt>
      <dd>
        <strong>{formatPounds(totals.moneyPence)}</strong>
      </dd>
      <dt>Time credits</dt>
      <dd>{formatHours(totals.timeCreditHours)}</dd>
    </dl>
  );
}

export function ContributionsCard({ session, person }: { session: ProjectSession; person: Person }) {
  const entries = useContributions(session.projectId, person.id);
  const totals = ledgerTotals(entries ?? []).byPerson.get(person.id);
  const [recognition, setRecognitionValue] = useState<Recognition | ''>(person.recognition ?? '');
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const wantsMoney = person.recognition === 'payment' || person.recognition === 'voucher';

  return (
    <section class="card" aria-labelledby="contrib-heading">
      <h2 id="contrib-heading">Expenses and rewards</h2>
      <p class="hint">Everyone should be able to take part without being out of pocket, and their time should be valued.</p>
      <form
        class="inline-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const r = setRecognition(session.doc, person.id, recognition || undefined);
          setMessage(r.ok ? { kind: 'ok', text: 'Their choice is saved.' } : { kind: 'error', text: r.message });
        }}
      >
        <SelectField label="How they would like their time recognised" value={recognition} onChange={setRecognitionValue} emptyLabel="Not asked yet" options={optionsFrom(RECOGNITIONS, RECOGNITION_LABELS)} required />
        <Button type="submit">Save choice</Button>
      </form>
      <FormMessage message={message} />
      {(wantsMoney || (totals && totalsMayAffectBenefits(totals))) && <BenefitsCaution />}
      <h3>Totals for this member</h3>
      {totals ? <TotalsList totals={totals} testId="member-totals" /> : <p class="empty">Nothing recorded yet.</p>}
      {entries && entries.length > 0 && (
        <>
          <h3>Entries</h3>
          <ul class="entry-list">
            {entries.map((c) => (
              <li key={c.id} class="entry">
                <span class="entry-main">
                  <strong>{contributionAmount(c)}</strong> · {contributionKindText(c)}
                </span>
                <span class="entry-meta">
                  {formatDay(c.date)} · <bdi>{c.forWhat}</bdi>
                </span>
                <Button variant="quiet" aria-label={`Remove ${contributionAmount(c)} ${CONTRIBUTION_LABELS[c.kind].toLowerCase()} on ${formatDay(c.date)}`} onClick={() => removeContribution(session.doc, c.id)}>
                  Remove
                </Button>
              </li>
            ))}
          </ul>
        </>
      )}
      <AddContribution session={session} personId={person.id} />
    </section>
  );
}

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

const emptyDraft = (): Draft => ({ kind: 'expense', expenseType: 'travel', paid: 'up-front', basis: 'day', amount: '', rate: '', quantity: '1', hours: '', date: todayIso(), forWhat: '' });

function parseQuantity(typed: string, basis: PaymentBasis): Result<number> {
  const n = Number(typed.trim());
  const unit = basis === 'day' ? 'days' : 'hours';
  if (typed.trim() === '' || !Number.isFinite(n)) return fail(`Enter how many ${unit}, like 1 or 2.5.`);
  if (n <= 0) return fail(`The number of ${unit} must be more than 0.`);
  if (n > MAX_QUANTITY) return fail(`That is more than ${MAX_QUANTITY} ${unit} in one payment. Check the number.`);
  if (!Number.isInteger(n * 4)) return fail(`Use whole or quarter ${unit}, like 1, 1.5 or 2.25.`);
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

function AddContribution({ session, personId }: { session: ProjectSession; personId: string }) {
  const [d, setD] = useState<Draft>(emptyDraft());
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const set = <K extends keyof Draft>(key: K) => (value: Draft[K]) => setD((old) => ({ ...old, [key]: value }));
  const rate = parsePounds(d.rate);
  const quantity = parseQuantity(d.quantity, d.basis);

  function submit(e: Event) {
    e.preventDefault();
    const input = fromDraft(d, personId);
    if (!input.ok) return setMessage({ kind: 'error', text: input.message });
    const r = addContribution(session.doc, input.value);
    if (!r.ok) return setMessage({ kind: 'error', text: r.message });
    setMessage({ kind: 'ok', text: `Added ${contributionAmount(r.value)} ${CONTRIBUTION_LABELS[r.value.kind].toLowerCase()}.` });
    setD({ ...emptyDraft(), kind: d.kind, date: d.date });
  }

  return (
    <form onSubmit={submit} noValidate class="subform add-contribution">
      <h3>Add an entry</h3>
      <RadioGroup legend="What was given" options={optionsFrom(CONTRIBUTION_KINDS, CONTRIBUTION_LABELS)} value={d.kind} onChange={set('kind')} inline />
      {mayAffectBenefits(d.kind) && <BenefitsCaution />}
      {d.kind === 'expense' && (
        <>
          <RadioGroup legend="Type of cost" options={optionsFrom(EXPENSE_TYPES, EXPENSE_TYPE_LABELS)} value={d.expenseType} onChange={set('expenseType')} inline />
          <RadioGroup legend="When it was paid" hint="Paying up front means no one has to find the money first." options={optionsFrom(EXPENSE_PAID, EXPENSE_PAID_LABELS)} value={d.paid} onChange={set('paid')} inline />
          <TextField label="Amount in pounds" inputMode="decimal" value={d.amount} onInput={set('amount')} required hint="For example: 12.50" />
        </>
      )}
      {d.kind === 'voucher' && <TextField label="Value in pounds" inputMode="decimal" value={d.amount} onInput={set('amount')} required hint="For example: 20" />}
      {d.kind === 'payment' && (
        <>
          <RadioGroup legend="Paid by" options={optionsFrom(PAYMENT_BASIS, PAYMENT_BASIS_LABELS)} value={d.basis} onChange={set('basis')} inline />
          <TextField label={d.basis === 'day' ? 'Day rate in pounds' : 'Hourly rate in pounds'} inputMode="decimal" value={d.rate} onInput={set('rate')} required />
          <TextField label={d.basis === 'day' ? 'Number of days' : 'Number of hours'} inputMode="decimal" value={d.quantity} onInput={set('quantity')} required />
          {rate.ok && quantity.ok && <p data-testid="payment-total">Total: {formatPounds(Math.round(rate.value * quantity.value))}</p>}
        </>
      )}
      {d.kind === 'time-credit' && <TextField label="Hours of time credits" inputMode="decimal" value={d.hours} onInput={set('hours')} required hint="For example: 2 or 1.5" />}
      <TextField label="Date" type="date" value={d.date} onInput={set('date')} required />
      <TextField label="What it was for" value={d.forWhat} onInput={set('forWhat')} required hint="For example: bus fare to the March meeting." />
      <FormMessage message={message} />
      <Button type="submit" variant="primary">
        Add entry
      </Button>
    </form>
  );
}
