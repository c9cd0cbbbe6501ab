import { useState } from 'preact/hooks';
import { setMemberStatus, updateMemberDetails } from '../../core/commands/team-members';
import { PREFER_NOT_TO_SAY } from '../../core/domain/base';
import { ROLE_LABELS, STATUS_LABELS, STATUSES, type MemberStatus, type Person } from '../../core/domain/person';
import { todayIso } from '../../core/ids';
import type { ProjectSession } from '../../core/projects/project-session';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { FormMessage, optionsFrom, SelectField } from './fields';
import { formatDay } from './format';
import { MemberForm, memberValues } from './MemberForm';

const shown = (value: string | undefined) => (value === PREFER_NOT_TO_SAY ? 'Prefer not to say' : value ? <bdi>{value}</bdi> : <span class="empty">Not given</span>);

export function AboutCard({ session, person }: { session: ProjectSession; person: Person }) {
  const [editing, setEditing] = useState(false);
  return (
    <section class="card" aria-labelledby="about-heading">
      <h2 id="about-heading">About</h2>
      {editing ? (
        <MemberForm
          initial={memberValues(person)}
          withStatus={false}
          submitLabel="Save details"
          onCancel={() => setEditing(false)}
          onSubmit={(v) => {
            const r = updateMemberDetails(session.doc, person.id, {
              name: v.name,
              pronouns: v.pronouns,
              role: v.role,
              organisation: v.organisation,
              involvement: v.involvement,
              email: v.email,
              phone: v.phone,
            });
            if (r.ok) setEditing(false);
            return r.ok ? { ok: true } : r;
          }}
        />
      ) : (
        <>
          <dl class="facts">
            <dt>Name</dt>
            <dd>
              <bdi>{person.name}</bdi>
            </dd>
            <dt>Pronouns</dt>
            <dd>{shown(person.pronouns)}</dd>
            <dt>Role</dt>
            <dd>{ROLE_LABELS[person.role]}</dd>
            <dt>Organisation</dt>
            <dd>{shown(person.organisation)}</dd>
            <dt>How they are involved</dt>
            <dd>{shown(person.involvement)}</dd>
            <dt>Email</dt>
            <dd>{shown(person.email)}</dd>
            <dt>Phone</dt>
            <dd>{shown(person.phone)}</dd>
          </dl>
          <Button onClick={() => setEditing(true)}>Change details</Button>
        </>
      )}
      <StatusPart session={session} person={person} />
    </section>
  );
}

function StatusPart({ session, person }: { session: ProjectSession; person: Person }) {
  const [status, setStatus] = useState<MemberStatus | ''>(person.status);
  const [date, setDate] = useState(todayIso());
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  function save(e: Event) {
    e.preventDefault();
    if (!status) return;
    const r = setMemberStatus(session.doc, person.id, status, date);
    setMessage(r.ok ? { kind: 'ok', text: `Status saved: ${STATUS_LABELS[status]} from ${formatDay(date)}.` } : { kind: 'error', text: r.message });
  }
  return (
    <div class="status-part">
      <h3>Status</h3>
      <p>
        <strong>{STATUS_LABELS[person.status]}</strong>
        {person.statusSince && <> since {formatDay(person.statusSince)}</>}
        {person.joinedOn && person.status !== 'interested' && <> · joined {formatDay(person.joinedOn)}</>}
      </p>
      {person.statusHistory && person.statusHistory.length > 1 && (
        <details class="explain">
          <summary>Status history</summary>
          <ol class="plain-list">
            {person.statusHistory.map((h, i) => (
              <li key={i}>
                {STATUS_LABELS[h.status]} from {formatDay(h.date)}
              </li>
            ))}
          </ol>
        </details>
      )}
      <form onSubmit={save} noValidate class="inline-form">
        <SelectField label="Change status to" value={status} onChange={setStatus} options={optionsFrom(STATUSES, STATUS_LABELS)} required />
        <TextField label="From" type="date" value={date} onInput={setDate} required />
        <Button type="submit">Save status</Button>
      </form>
      <FormMessage message={message} />
    </div>
  );
}
