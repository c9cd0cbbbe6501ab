import { plural, t } from '@lingui/core/macro';
import { useState } from 'preact/hooks';
import { addContributionsForPresent, type ForEveryonePresent } from '../../core/commands/team-ledger';
import type { Meeting } from '../../core/domain/meeting';
import {
  CONTRIBUTION_KINDS,
  CONTRIBUTION_LABELS,
  EXPENSE_TYPE_LABELS,
  EXPENSE_TYPES,
  type ContributionKind,
  type ExpenseType,
} from '../../core/domain/team/contribution';
import { ok, type Result } from '../../core/result';
import { parseHours, parsePounds } from '../../core/team/money';
import { useSession } from '../../state/project-context';
import { Button } from '../../ui/Button';
import { RadioGroup } from '../../ui/form/ChoiceGroup';
import { CommandError } from '../../ui/form/CommandError';
import { Form } from '../../ui/form/Form';
import { optionsFrom } from '../../ui/form/SelectField';
import { useCommand } from '../../ui/form/use-command';
import { TextField } from '../../ui/TextField';

function entryFrom(kind: ContributionKind, expenseType: ExpenseType, amount: string, forWhat: string): Result<ForEveryonePresent> {
  if (kind === 'time-credit') {
    const hours = parseHours(amount);
    return hours.ok ? ok({ kind, forWhat, hours: hours.value }) : hours;
  }
  const pence = parsePounds(amount);
  if (!pence.ok) return pence;
  return ok({ kind, forWhat, amountPence: pence.value, ...(kind === 'expense' ? { expenseType, paid: 'up-front' as const } : {}) });
}

/**
 * The same expense, payment, voucher or time credits for everyone marked present, in one
 * step (each still shows in that member's record in Team). Giving it twice gives nothing twice.
 */
export function GiveToPresent({ meeting, present }: { meeting: Meeting; present: number }) {
  const { doc } = useSession();
  const [kind, setKind] = useState<ContributionKind>('expense');
  const [expenseType, setExpenseType] = useState<ExpenseType>('travel');
  const [amount, setAmount] = useState('');
  const [forWhat, setForWhat] = useState(meeting.title);
  const [done, setDone] = useState('');
  const command = useCommand();
  const inHours = kind === 'time-credit';

  return (
    <details class="card give-present">
      <summary>{t`Expenses or thanks for everyone present`}</summary>
      <p class="hint">
        {plural(present, {
          one: 'Gives the same to the # person marked present, dated the day of the meeting. It shows in their record in Team.',
          other: 'Gives the same to each of the # people marked present, dated the day of the meeting. It shows in their records in Team.',
        })}
      </p>
      <Form
        onSubmit={() => {
          setDone('');
          const result = command.run(() => {
            const entry = entryFrom(kind, expenseType, amount, forWhat);
            return entry.ok ? addContributionsForPresent(doc, meeting.id, entry.value) : entry;
          });
          if (!result.ok) return;
          const added = result.value.added.length;
          const already = result.value.alreadyGiven.length;
          setDone(
            added === 0
              ? t`Everyone present already had this, so nothing was added again.`
              : already === 0
                ? plural(added, { one: 'Added for # person.', other: 'Added for # people.' })
                : t`${plural(added, { one: 'Added for # person.', other: 'Added for # people.' })} ${plural(already, { one: '# person already had it, so they were left out.', other: '# people already had it, so they were left out.' })}`,
          );
        }}
      >
        <RadioGroup legend={t`What to give`} inline options={optionsFrom(CONTRIBUTION_KINDS, CONTRIBUTION_LABELS)} value={kind} onChange={setKind} />
        {kind === 'expense' && (
          <RadioGroup legend={t`Kind of cost`} inline options={optionsFrom(EXPENSE_TYPES, EXPENSE_TYPE_LABELS)} value={expenseType} onChange={setExpenseType} />
        )}
        <TextField
          label={inHours ? t`Hours for each person` : t`Amount for each person, in pounds`}
          value={amount}
          onInput={setAmount}
          inputMode="decimal"
          required
          hint={inHours ? t`For example 2 or 1.5.` : t`For example 12.50.`}
        />
        <TextField label={t`What it is for`} value={forWhat} onInput={setForWhat} required maxLength={300} />
        <CommandError error={command.error} />
        {done && (
          <p role="status" class="plan-saved">
            {done}
          </p>
        )}
        <Button type="submit" variant="primary" disabled={present === 0}>
          {t`Give to everyone present`}
        </Button>
      </Form>
    </details>
  );
}
