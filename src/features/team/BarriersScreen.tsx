import { plural, t } from '@lingui/core/macro';
import { useState } from 'preact/hooks';
import { forgetBarrierDetails, recordBarrier, removeBarrier } from '../../core/commands/team-barriers';
import { ROLE_LABELS, type Role } from '../../core/domain/person';
import { BARRIER_LABELS, BARRIER_REASONS, barrierType, type Barrier, type BarrierReason } from '../../core/domain/team/barrier';
import { today } from '../../core/format/calendar';
import { formatDay } from '../../core/format/dates';
import { ROLE_ORDER } from '../../core/team/balance';
import { newestFirst } from '../../core/team/order';
import { useProjectId, useSession } from '../../state/project-context';
import { useRecords } from '../../state/records';
import { href } from '../../state/router';
import { Button } from '../../ui/Button';
import { Checkbox, CheckboxGroup } from '../../ui/form/ChoiceGroup';
import { CommandError } from '../../ui/form/CommandError';
import { optionsFrom, SelectField } from '../../ui/form/SelectField';
import { useCommand } from '../../ui/form/use-command';
import { useConfirm } from '../../ui/form/use-confirm';
import { TextField } from '../../ui/TextField';
import { SaveOutcome } from './SaveOutcome';

/** People who were interested but could not take part: counted by reason, to learn from. */
export function BarriersScreen() {
  const projectId = useProjectId();
  const records = useRecords(barrierType);
  if (!records) return <p role="status">{t`Loading…`}</p>;
  const barriers = newestFirst(records);
  const counts = BARRIER_REASONS.map((r) => ({ reason: r, count: barriers.filter((b) => b.reasons.includes(r)).length }))
    .filter((c) => c.count > 0)
    .sort((a, b) => b.count - a.count);
  const max = Math.max(1, ...counts.map((c) => c.count));
  const people = barriers.length;

  return (
    <div class="team barriers">
      <a class="back-link" href={href('p', projectId, 'team')}>
        <span aria-hidden="true">←</span> {t`All members`}
      </a>
      <h2>{t`Interested but could not take part`}</h2>
      <p class="hint">
        {t`Counting what stops people helps you remove barriers. Keep only the reasons, unless the person agrees that you keep their name and details. The Iriss co-production project planner suggests thinking about barriers before you recruit.`}
      </p>
      <section class="card" aria-labelledby="reasons-heading">
        <h3 id="reasons-heading">
          {t({ message: 'Reasons', comment: 'Heading: why people could not take part' })}{' '}
          <span class="member-meta">({plural(people, { one: '# person', other: '# people' })})</span>
        </h3>
        {counts.length === 0 ? (
          <p class="empty">{t`No one recorded yet.`}</p>
        ) : (
          <ul class="reason-bars" data-testid="barrier-reasons">
            {counts.map((c) => (
              <li key={c.reason}>
                <span class="reason-label">{BARRIER_LABELS[c.reason]}</span>
                <span class="reason-bar" aria-hidden="true" style={{ width: `${(c.count / max) * 100}%` }} />
                <strong class="reason-count">{c.count}</strong>
              </li>
            ))}
          </ul>
        )}
      </section>
      <AddBarrier />
      {people > 0 && <RecordedBarriers barriers={barriers} />}
    </div>
  );
}

function RecordedBarriers({ barriers }: { barriers: readonly Barrier[] }) {
  const { doc } = useSession();
  const command = useCommand();
  const [confirm, dialog] = useConfirm();

  async function forget(b: Barrier) {
    const yes = await confirm({
      title: t`Forget their details?`,
      body: <p>{t`Their name, contact details and what they told us are deleted. The reasons stay, so they are still counted. This cannot be undone.`}</p>,
      confirmLabel: t`Forget their details`,
      cancelLabel: t`Cancel`,
      danger: true,
    });
    if (yes) command.run(() => forgetBarrierDetails(doc, b.id));
  }

  async function remove(b: Barrier) {
    const day = formatDay(b.date, 'date');
    const yes = await confirm({
      title: t`Remove this record?`,
      body: <p>{t`The record from ${day} will no longer be counted.`}</p>,
      confirmLabel: t`Remove record`,
      cancelLabel: t`Cancel`,
      danger: true,
    });
    if (yes) command.run(() => removeBarrier(doc, b.id));
  }

  return (
    <section aria-labelledby="barrier-list-heading">
      <h3 id="barrier-list-heading">{t({ message: 'Recorded', comment: 'Heading: the people recorded as not able to take part' })}</h3>
      <CommandError error={command.error} />
      <ul class="entry-list">
        {barriers.map((b) => {
          const day = formatDay(b.date, 'date');
          return (
            <li key={b.id} class="entry">
              <span class="entry-main">
                {day}
                {b.role && <> · {ROLE_LABELS[b.role]}</>} · {b.reasons.map((r) => BARRIER_LABELS[r]).join('; ')}
              </span>
              {b.detailsAgreed && (
                <span class="entry-meta">
                  {b.name && <bdi>{b.name}</bdi>}
                  {b.contact && (
                    <>
                      {' · '}
                      <bdi>{b.contact}</bdi>
                    </>
                  )}
                  {b.details && (
                    <>
                      {' · '}
                      <bdi>{b.details}</bdi>
                    </>
                  )}
                </span>
              )}
              <span class="row">
                {b.detailsAgreed && (
                  <Button variant="quiet" onClick={() => void forget(b)}>
                    {t`Forget their details`}
                  </Button>
                )}
                <Button variant="quiet" aria-label={t`Remove the record from ${day}`} onClick={() => void remove(b)}>
                  {t`Remove`}
                </Button>
              </span>
            </li>
          );
        })}
      </ul>
      {dialog}
    </section>
  );
}

function AddBarrier() {
  const { doc } = useSession();
  const [reasons, setReasons] = useState<BarrierReason[]>([]);
  const [role, setRole] = useState<Role | ''>('');
  const [date, setDate] = useState(today());
  const [agreed, setAgreed] = useState(false);
  const [name, setName] = useState('');
  const [contact, setContact] = useState('');
  const [details, setDetails] = useState('');
  const command = useCommand();
  const [saved, setSaved] = useState<string | null>(null);

  function forgetTyped() {
    setName('');
    setContact('');
    setDetails('');
  }

  function submit(e: Event) {
    e.preventDefault();
    const result = command.run(() =>
      recordBarrier(doc, { reasons, role: role || undefined, date, detailsAgreed: agreed, ...(agreed ? { name, contact, details } : {}) }),
    );
    if (!result.ok) return setSaved(null);
    setReasons([]);
    setRole('');
    setAgreed(false);
    forgetTyped();
    setSaved(t({ message: 'Recorded.', comment: 'After recording someone who could not take part' }));
  }

  return (
    <section class="card" aria-labelledby="add-barrier-heading">
      <h3 id="add-barrier-heading">{t`Record someone who could not take part`}</h3>
      <form onSubmit={submit} noValidate>
        <CheckboxGroup
          legend={t`What stopped them`}
          hint={t`Choose all that apply.`}
          options={optionsFrom(BARRIER_REASONS, BARRIER_LABELS)}
          value={reasons}
          onChange={setReasons}
        />
        <SelectField label={t`Their role`} value={role} onChange={setRole} emptyLabel={t`Not known`} options={optionsFrom(ROLE_ORDER, ROLE_LABELS)} />
        <TextField label={t`Date`} type="date" value={date} onInput={setDate} required />
        <Checkbox
          label={t`They agreed that we keep their name and details`}
          checked={agreed}
          onChange={(on) => {
            setAgreed(on);
            if (!on) forgetTyped();
          }}
        />
        {agreed && (
          <>
            <TextField label={t`Name`} value={name} onInput={setName} />
            <TextField label={t`Contact details`} value={contact} onInput={setContact} />
            <TextField label={t`What they told us`} multiline value={details} onInput={setDetails} />
          </>
        )}
        <SaveOutcome error={command.error} saved={saved} />
        <Button type="submit" variant="primary">
          {t({ message: 'Record', comment: 'Button: record someone who could not take part' })}
        </Button>
      </form>
    </section>
  );
}
