import { t } from '@lingui/core/macro';
import { useState } from 'preact/hooks';
import { setMemberStatus, updateMemberDetails } from '../../core/commands/team-members';
import { PREFER_NOT_TO_SAY } from '../../core/domain/base';
import { ROLE_LABELS, STATUS_LABELS, STATUSES, type MemberStatus, type Person } from '../../core/domain/person';
import { today } from '../../core/format/calendar';
import { formatDay } from '../../core/format/dates';
import { useSession } from '../../state/project-context';
import { Button } from '../../ui/Button';
import { optionsFrom, SelectField } from '../../ui/form/SelectField';
import { useCommand } from '../../ui/form/use-command';
import { TextField } from '../../ui/TextField';
import { MemberForm, memberValues } from './MemberForm';
import { SaveOutcome } from './SaveOutcome';

function Shown({ value }: { value: string | undefined }) {
  if (value === PREFER_NOT_TO_SAY) return <>{t`Prefer not to say`}</>;
  if (value) return <bdi>{value}</bdi>;
  return <span class="empty">{t`Not given`}</span>;
}

export function AboutCard({ person }: { person: Person }) {
  const { doc } = useSession();
  const [editing, setEditing] = useState(false);
  return (
    <section class="card" aria-labelledby="about-heading">
      <h2 id="about-heading">{t`About`}</h2>
      {editing ? (
        <MemberForm
          initial={memberValues(person)}
          withStatus={false}
          submitLabel={t`Save details`}
          onCancel={() => setEditing(false)}
          onSubmit={(v) => {
            const { name, pronouns, role, organisation, involvement, email, phone } = v;
            const saved = updateMemberDetails(doc, person.id, { name, pronouns, role, organisation, involvement, email, phone });
            if (saved.ok) setEditing(false);
            return saved;
          }}
        />
      ) : (
        <>
          <dl class="facts">
            <dt>{t`Name`}</dt>
            <dd>
              <bdi>{person.name}</bdi>
            </dd>
            <dt>{t`Pronouns`}</dt>
            <dd>
              <Shown value={person.pronouns} />
            </dd>
            <dt>{t({ message: 'Role', comment: 'A member’s role in the group' })}</dt>
            <dd>{ROLE_LABELS[person.role]}</dd>
            <dt>{t`Organisation`}</dt>
            <dd>
              <Shown value={person.organisation} />
            </dd>
            <dt>{t`How they are involved`}</dt>
            <dd>
              <Shown value={person.involvement} />
            </dd>
            <dt>{t`Email`}</dt>
            <dd>
              <Shown value={person.email} />
            </dd>
            <dt>{t`Phone`}</dt>
            <dd>
              <Shown value={person.phone} />
            </dd>
          </dl>
          <Button onClick={() => setEditing(true)}>{t`Change details`}</Button>
        </>
      )}
      <StatusPart person={person} />
    </section>
  );
}

function StatusPart({ person }: { person: Person }) {
  const { doc } = useSession();
  const [status, setStatus] = useState<MemberStatus | ''>(person.status);
  const [date, setDate] = useState(today());
  const command = useCommand();
  const [saved, setSaved] = useState<string | null>(null);
  function save(e: Event) {
    e.preventDefault();
    if (!status) return;
    const result = command.run(() => setMemberStatus(doc, person.id, status, date));
    const label = STATUS_LABELS[status];
    const day = formatDay(date, 'date');
    setSaved(result.ok ? t`Status saved: ${label} from ${day}.` : null);
  }
  const current = STATUS_LABELS[person.status];
  const since = person.statusSince && formatDay(person.statusSince, 'date');
  const joined = person.joinedOn && person.status !== 'interested' ? formatDay(person.joinedOn, 'date') : null;
  return (
    <div class="status-part">
      <h3>{t`Status`}</h3>
      <p>
        <strong>{current}</strong>
        {since && <> {t({ message: `since ${since}`, comment: 'After a member’s status, shown in bold' })}</>}
        {joined && <> · {t({ message: `joined ${joined}`, comment: 'The day a member first became active' })}</>}
      </p>
      {person.statusHistory && person.statusHistory.length > 1 && (
        <details class="explain">
          <summary>{t`Status history`}</summary>
          <ol class="plain-list">
            {person.statusHistory.map((h, i) => {
              const label = STATUS_LABELS[h.status];
              const day = formatDay(h.date, 'date');
              return <li key={i}>{t`${label} from ${day}`}</li>;
            })}
          </ol>
        </details>
      )}
      <form onSubmit={save} noValidate class="inline-form">
        <SelectField label={t`Change status to`} value={status} onChange={setStatus} options={optionsFrom(STATUSES, STATUS_LABELS)} required />
        <TextField label={t({ message: 'From', comment: 'The date a new status of a member begins' })} type="date" value={date} onInput={setDate} required />
        <Button type="submit">{t`Save status`}</Button>
      </form>
      <SaveOutcome error={command.error} saved={saved} />
    </div>
  );
}
