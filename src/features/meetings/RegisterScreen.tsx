import { memo } from 'preact/compat';
import { useCallback, useMemo, useRef, useState } from 'preact/hooks';
import { addWalkIn, makeMember } from '../../core/commands/attendance';
import { MARKS, type Mark } from '../../core/domain/attendance';
import type { Meeting } from '../../core/domain/meeting';
import { personType, ROLE_LABELS, type Person } from '../../core/domain/person';
import { byName, onRegister } from '../../core/meetings/expected';
import { registerCounts, type RegisterCounts } from '../../core/meetings/register-counts';
import type { ProjectSession } from '../../core/projects/project-session';
import { Button } from '../../ui/Button';
import { MARK_LABELS, useRegister, type RegisterMessage } from './use-register';
import { useRecords } from './use-records';

/**
 * The register on the day: one row per person, one tap for present, apologies or absent.
 * Marks come from the doc, with each tap shown before it is saved, so rows respond at once.
 */
export function RegisterScreen({ session, meeting }: { session: ProjectSession; meeting: Meeting }) {
  const { doc } = session;
  const people = useRecords<Person>(session, personType);
  const [filter, setFilter] = useState('');
  const [message, setMessage] = useState<RegisterMessage | null>(null);
  const peopleById = useRef(new Map<string, Person>());
  peopleById.current = new Map((people ?? []).map((p) => [p.id, p]));
  const { marks, mark, undo, canUndo } = useRegister(doc, meeting.id, (id) => peopleById.current.get(id)?.name ?? 'This person', setMessage);

  const sorted = useMemo(() => [...(people ?? [])].sort(byName), [people]);
  const rows = useMemo(() => onRegister(sorted, marks), [sorted, marks]);
  const counts = registerCounts(rows, marks);

  const onMakeMember = useCallback(
    (personId: string) => {
      const result = makeMember(doc, personId);
      setMessage(result.ok ? { text: `${result.value.name} is now a member. Add their details in Team.` } : { text: result.message, error: true });
    },
    [doc],
  );

  const shown = filter.trim() ? rows.filter((p) => p.name.toLocaleLowerCase('en-GB').includes(filter.trim().toLocaleLowerCase('en-GB'))) : rows;

  return (
    <section class="register" aria-labelledby="register-heading">
      <h3 id="register-heading" class="visually-hidden">
        Register
      </h3>
      <RegisterSummary counts={counts} />
      {meeting.cancelled && <p class="notice">This meeting is cancelled. You can still take a register if people came anyway.</p>}
      <div class="field register-find">
        <label for="register-find">Find a name</label>
        <input id="register-find" type="search" value={filter} onInput={(e) => setFilter((e.currentTarget as HTMLInputElement).value)} autoComplete="off" />
      </div>
      {people === undefined ? (
        <p role="status">Loading the register…</p>
      ) : rows.length === 0 ? (
        <p class="empty">Nobody is expected yet. Add members in Team, or add walk-ins below.</p>
      ) : (
        <ul class="register-list" aria-label="People at this meeting">
          {shown.map((p) => (
            <RegisterRow key={p.id} person={p} mark={marks.get(p.id)} onMark={mark} onMakeMember={onMakeMember} />
          ))}
        </ul>
      )}
      {filter.trim() && shown.length === 0 && <p class="empty">Nobody on the register matches “{filter.trim()}”.</p>}
      <div class="register-bar">
        <p class={`register-message${message?.error ? ' error' : ''}`} role={message?.error ? 'alert' : 'status'} aria-live="polite">
          {message?.text ?? ''}
        </p>
        <div class="register-bar-actions">
          <Button onClick={undo} disabled={!canUndo}>
            Undo
          </Button>
          <WalkIn meetingId={meeting.id} session={session} onAdded={(name) => setMessage({ text: `${name} added as a walk-in and marked present.` })} />
        </div>
      </div>
    </section>
  );
}

function RegisterSummary({ counts }: { counts: RegisterCounts }) {
  return (
    <div class="register-summary">
      <ul class="register-counts" aria-label="Counts">
        <li>
          <strong data-testid="count-present">{counts.byMark.present}</strong> present
        </li>
        <li>
          <strong data-testid="count-apologies">{counts.byMark.apologies}</strong> apologies
        </li>
        <li>
          <strong data-testid="count-absent">{counts.byMark.absent}</strong> absent
        </li>
        <li>
          <strong data-testid="count-unmarked">{counts.byMark.unmarked}</strong> not marked
        </li>
      </ul>
      <p class="register-role-line">
        <strong>Present by role:</strong>{' '}
        {counts.byRole.some((r) => r.byMark.present > 0)
          ? counts.byRole
              .filter((r) => r.byMark.present > 0)
              .map((r) => `${ROLE_LABELS[r.role]} ${r.byMark.present}`)
              .join(' · ')
          : 'Nobody marked present yet.'}
      </p>
      <details class="register-roles">
        <summary>
          All counts by role{counts.guestsPresent > 0 ? ` (including ${counts.guestsPresent} walk-in${counts.guestsPresent === 1 ? '' : 's'})` : ''}
        </summary>
        <div class="table-scroll" tabIndex={0} role="region" aria-label="Counts by role">
          <table class="data-table">
            <caption class="visually-hidden">People on the register by role and mark</caption>
            <thead>
              <tr>
                <th scope="col">Role</th>
                <th scope="col">Present</th>
                <th scope="col">Apologies</th>
                <th scope="col">Absent</th>
                <th scope="col">Not marked</th>
              </tr>
            </thead>
            <tbody>
              {counts.byRole.map((r) => (
                <tr key={r.role}>
                  <th scope="row">{ROLE_LABELS[r.role]}</th>
                  <td>{r.byMark.present}</td>
                  <td>{r.byMark.apologies}</td>
                  <td>{r.byMark.absent}</td>
                  <td>{r.byMark.unmarked}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </div>
  );
}

interface RowProps {
  person: Person;
  mark: Mark | undefined;
  onMark: (personId: string, mark: Mark) => void;
  onMakeMember: (personId: string) => void;
}

/** One person: their name and three big buttons. Only this row redraws when its mark changes. */
const RegisterRow = memo(function RegisterRow({ person, mark, onMark, onMakeMember }: RowProps) {
  const nameId = `reg-${person.id}`;
  return (
    <li class="register-row" data-mark={mark ?? 'none'} data-person={person.id}>
      <div class="register-person">
        <span class="register-name" id={nameId}>
          {person.name}
        </span>
        <span class="register-role">
          {person.guest ? 'Walk-in' : ROLE_LABELS[person.role]}
          {!mark && <span class="register-unmarked"> · not marked yet</span>}
        </span>
        {person.guest && (
          <button type="button" class="btn btn-quiet register-make-member" onClick={() => onMakeMember(person.id)}>
            Make a member<span class="visually-hidden"> ({person.name})</span>
          </button>
        )}
      </div>
      <div class="register-marks" role="group" aria-labelledby={nameId}>
        {MARKS.map((m) => (
          <button key={m} type="button" class={`mark-btn mark-${m}`} aria-pressed={mark === m} onClick={() => onMark(person.id, m)}>
            <span class="mark-tick" aria-hidden="true">
              {mark === m ? '✓' : ''}
            </span>
            {MARK_LABELS[m]}
          </button>
        ))}
      </div>
    </li>
  );
});

/** Someone who was not expected: type a name, tap Add. They come in as a guest, marked present. */
function WalkIn({ session, meetingId, onAdded }: { session: ProjectSession; meetingId: string; onAdded: (name: string) => void }) {
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  if (!open) {
    return (
      <Button variant="primary" onClick={() => setOpen(true)}>
        Add walk-in
      </Button>
    );
  }
  function add(e: Event) {
    e.preventDefault();
    const result = addWalkIn(session.doc, meetingId, name);
    if (!result.ok) return setError(result.message);
    onAdded(result.value.person.name);
    setName('');
    setError(null);
    setOpen(false);
  }
  return (
    <form class="walk-in" onSubmit={add} noValidate>
      <label for="walk-in-name">Walk-in’s name</label>
      <div class="walk-in-row">
        <input
          id="walk-in-name"
          value={name}
          maxLength={120}
          autoFocus
          autoComplete="off"
          aria-describedby={error ? 'walk-in-error' : undefined}
          aria-invalid={error ? true : undefined}
          onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)}
        />
        <Button type="submit" variant="primary">
          Add
        </Button>
        <Button onClick={() => (setOpen(false), setError(null))}>Cancel</Button>
      </div>
      {error && (
        <p class="error" id="walk-in-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
