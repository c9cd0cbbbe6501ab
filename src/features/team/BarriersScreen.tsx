import { useState } from 'preact/hooks';
import { forgetBarrierDetails, recordBarrier, removeBarrier } from '../../core/commands/team-barriers';
import { ROLE_LABELS, type Role } from '../../core/domain/person';
import { BARRIER_LABELS, BARRIER_REASONS, type Barrier, type BarrierReason } from '../../core/domain/team/barrier';
import { todayIso } from '../../core/ids';
import type { ProjectSession } from '../../core/projects/project-session';
import { ROLE_ORDER } from '../../core/team/balance';
import { href } from '../../state/router';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { Checkbox, CheckboxGroup, FormMessage, optionsFrom, SelectField } from './fields';
import { formatDay } from './format';
import { useBarriers } from './use-team';

/** People who were interested but could not take part: counted by reason, to learn from. */
export function BarriersScreen({ session }: { session: ProjectSession }) {
  const barriers = useBarriers(session.projectId);
  if (!barriers) return <p role="status">Loading…</p>;
  const counts = BARRIER_REASONS.map((r) => ({ reason: r, count: barriers.filter((b) => b.reasons.includes(r)).length })).filter((c) => c.count > 0).sort((a, b) => b.count - a.count);
  const max = Math.max(1, ...counts.map((c) => c.count));

  return (
    <div class="team barriers">
      <a class="back-link" href={href('p', session.projectId, 'team')}>
        <span aria-hidden="true">←</span> All members
      </a>
      <h2>Interested but could not take part</h2>
      <p class="hint">
        Counting what stops people helps you remove barriers. Keep only the reasons, unless the person agrees that you keep their name and details. The Iriss co-production project planner suggests thinking about barriers before you recruit.
      </p>
      <section class="card" aria-labelledby="reasons-heading">
        <h3 id="reasons-heading">
          Reasons <span class="member-meta">({barriers.length} {barriers.length === 1 ? 'person' : 'people'})</span>
        </h3>
        {counts.length === 0 ? (
          <p class="empty">No one recorded yet.</p>
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
      <AddBarrier session={session} />
      {barriers.length > 0 && (
        <section aria-labelledby="barrier-list-heading">
          <h3 id="barrier-list-heading">Recorded</h3>
          <ul class="entry-list">
            {barriers.map((b) => (
              <BarrierItem key={b.id} session={session} barrier={b} />
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

function BarrierItem({ session, barrier: b }: { session: ProjectSession; barrier: Barrier }) {
  return (
    <li class="entry">
      <span class="entry-main">
        {formatDay(b.date)}
        {b.role && <> · {ROLE_LABELS[b.role]}</>} · {b.reasons.map((r) => BARRIER_LABELS[r]).join('; ')}
      </span>
      {b.detailsAgreed && (
        <span class="entry-meta">
          {b.name && <bdi>{b.name}</bdi>}
          {b.contact && <> · <bdi>{b.contact}</bdi></>}
          {b.details && <> · <bdi>{b.details}</bdi></>}
        </span>
      )}
      <span class="row">
        {b.detailsAgreed && (
          <Button variant="quiet" onClick={() => forgetBarrierDetails(session.doc, b.id)}>
            Forget their details
          </Button>
        )}
        <Button variant="quiet" aria-label={`Remove the record from ${formatDay(b.date)}`} onClick={() => removeBarrier(session.doc, b.id)}>
          Remove
        </Button>
      </span>
    </li>
  );
}

function AddBarrier({ session }: { session: ProjectSession }) {
  const [reasons, setReasons] = useState<BarrierReason[]>([]);
  const [role, setRole] = useState<Role | ''>('');
  const [date, setDate] = useState(todayIso());
  const [agreed, setAgreed] = useState(false);
  const [name, setName] = useState('');
  const [contact, setContact] = useState('');
  const [details, setDetails] = useState('');
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  function submit(e: Event) {
    e.preventDefault();
    const r = recordBarrier(session.doc, { reasons, role: role || undefined, date, detailsAgreed: agreed, ...(agreed ? { name, contact, details } : {}) });
    if (!r.ok) return setMessage({ kind: 'error', text: r.message });
    setReasons([]);
    setRole('');
    setAgreed(false);
    setName('');
    setContact('');
    setDetails('');
    setMessage({ kind: 'ok', text: 'Recorded.' });
  }

  return (
    <section class="card" aria-labelledby="add-barrier-heading">
      <h3 id="add-barrier-heading">Record someone who could not take part</h3>
      <form onSubmit={submit} noValidate>
        <CheckboxGroup legend="What stopped them" hint="Choose all that apply." options={optionsFrom(BARRIER_REASONS, BARRIER_LABELS)} value={reasons} onChange={setReasons} />
        <SelectField label="Their role" value={role} onChange={setRole} emptyLabel="Not known" options={optionsFrom(ROLE_ORDER, ROLE_LABELS)} />
        <TextField label="Date" type="date" value={date} onInput={setDate} required />
        <Checkbox
          label="They agreed that we keep their name and details"
          checked={agreed}
          onChange={(on) => {
            setAgreed(on);
            if (!on) {
              setName('');
              setContact('');
              setDetails('');
            }
          }}
        />
        {agreed && (
          <>
            <TextField label="Name" value={name} onInput={setName} />
            <TextField label="Contact details" value={contact} onInput={setContact} />
            <TextField label="What they told us" multiline value={details} onInput={setDetails} />
          </>
        )}
        <FormMessage message={message} />
        <Button type="submit" variant="primary">
          Record
        </Button>
      </form>
    </section>
  );
}
