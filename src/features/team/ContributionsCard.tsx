import { t } from '@lingui/core/macro';
import { useState } from 'preact/hooks';
import { removeContribution } from '../../core/commands/team-ledger';
import { setRecognition } from '../../core/commands/team-members';
import { RECOGNITION_LABELS, RECOGNITIONS, type Person, type Recognition } from '../../core/domain/person';
import { CONTRIBUTION_LABELS, contributionType, type Contribution } from '../../core/domain/team/contribution';
import { formatDay } from '../../core/format/dates';
import { ledgerTotals, totalsMayAffectBenefits } from '../../core/team/ledger';
import { newestFirst } from '../../core/team/order';
import { useSession } from '../../state/project-context';
import { useRecords } from '../../state/records';
import { Button } from '../../ui/Button';
import { optionsFrom, SelectField } from '../../ui/form/SelectField';
import { useCommand } from '../../ui/form/use-command';
import { useConfirm } from '../../ui/form/use-confirm';
import { AddContribution } from './AddContribution';
import { BenefitsCaution } from './BenefitsCaution';
import { contributionAmount, contributionKindText, lower } from './contribution-words';
import { SaveOutcome } from './SaveOutcome';
import { TotalsList } from './TotalsList';

/** A member's expenses and rewards: how they would like their time recognised, their totals and entries. */
export function ContributionsCard({ person }: { person: Person }) {
  const { doc } = useSession();
  const records = useRecords(contributionType, { personId: person.id });
  const entries = records && newestFirst(records);
  const totals = ledgerTotals(entries ?? []).byPerson.get(person.id);
  const [recognition, setRecognitionValue] = useState<Recognition | ''>(person.recognition ?? '');
  const command = useCommand();
  const [saved, setSaved] = useState<string | null>(null);
  const [confirm, dialog] = useConfirm();
  const wantsMoney = person.recognition === 'payment' || person.recognition === 'voucher';

  function saveRecognition(e: Event) {
    e.preventDefault();
    const result = command.run(() => setRecognition(doc, person.id, recognition || undefined));
    setSaved(result.ok ? t`Their choice is saved.` : null);
  }

  async function remove(entry: Contribution) {
    const words = entryWords(entry);
    const yes = await confirm({
      title: t`Remove this entry?`,
      body: <p>{t`${words} will no longer count in this member’s totals or the project’s.`}</p>,
      confirmLabel: t`Remove entry`,
      cancelLabel: t`Cancel`,
      danger: true,
    });
    if (!yes) return;
    setSaved(null);
    command.run(() => removeContribution(doc, entry.id));
  }

  return (
    <section class="card" aria-labelledby="contrib-heading">
      <h2 id="contrib-heading">{t`Expenses and rewards`}</h2>
      <p class="hint">{t`Everyone should be able to take part without being out of pocket, and their time should be valued.`}</p>
      <form class="inline-form" noValidate onSubmit={saveRecognition}>
        <SelectField
          label={t`How they would like their time recognised`}
          value={recognition}
          onChange={setRecognitionValue}
          emptyLabel={t`Not asked yet`}
          options={optionsFrom(RECOGNITIONS, RECOGNITION_LABELS)}
          required
        />
        <Button type="submit">{t`Save choice`}</Button>
      </form>
      <SaveOutcome error={command.error} saved={saved} />
      {(wantsMoney || (totals && totalsMayAffectBenefits(totals))) && <BenefitsCaution />}
      <h3>{t`Totals for this member`}</h3>
      {totals ? <TotalsList totals={totals} testId="member-totals" /> : <p class="empty">{t`Nothing recorded yet.`}</p>}
      {entries && entries.length > 0 && (
        <>
          <h3>{t`Entries`}</h3>
          <ul class="entry-list">
            {entries.map((c) => {
              const words = entryWords(c);
              return (
                <li key={c.id} class="entry">
                  <span class="entry-main">
                    <strong>{contributionAmount(c)}</strong> · {contributionKindText(c)}
                  </span>
                  <span class="entry-meta">
                    {formatDay(c.date, 'date')} · <bdi>{c.forWhat}</bdi>
                  </span>
                  <Button variant="quiet" aria-label={t`Remove ${words}`} onClick={() => void remove(c)}>
                    {t`Remove`}
                  </Button>
                </li>
              );
            })}
          </ul>
        </>
      )}
      <AddContribution personId={person.id} />
      {dialog}
    </section>
  );
}

/** "£12.50 expenses on 3 Feb 2026": one entry in a sentence. */
function entryWords(c: Contribution): string {
  const amount = contributionAmount(c);
  const kind = lower(CONTRIBUTION_LABELS[c.kind]);
  const day = formatDay(c.date, 'date');
  return t({ message: `${amount} ${kind} on ${day}`, comment: 'One entry of the ledger: “£12.50 expenses on 3 Feb 2026”' });
}
