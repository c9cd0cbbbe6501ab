import { plural, t } from '@lingui/core/macro';
import { memo } from 'preact/compat';
import { useCallback, useMemo, useRef, useState } from 'preact/hooks';
import { makeMember } from '../../core/commands/attendance';
import { MARKS, type Mark } from '../../core/domain/attendance';
import type { Meeting } from '../../core/domain/meeting';
import { personType, ROLE_LABELS, type Person } from '../../core/domain/person';
import { formatLocale } from '../../core/format/intl';
import { byName, onRegister } from '../../core/meetings/expected';
import { registerCounts, type RegisterCounts } from '../../core/meetings/register-counts';
import { useSession } from '../../state/project-context';
import { useRecords } from '../../state/records';
import { Button } from '../../ui/Button';
import { CommandError } from '../../ui/form/CommandError';
import { useCommand } from '../../ui/form/use-command';
import { GiveToPresent } from './GiveToPresent';
import { markLabel } from './mark-words';
import { useBarsKeepFocusInView } from './use-sticky-bars';
import { useRegister } from './use-register';
import { WalkIn } from './WalkIn';

/**
 * The register on the day: one row per person, one tap for present, apologies or absent.
 * Marks come from the doc, with each tap shown before it is saved, so rows respond at once.
 */
export function RegisterScreen({ meeting }: { meeting: Meeting }) {
  const { doc } = useSession();
  const people = useRecords(personType, undefined, { withArchived: true });
  const [filter, setFilter] = useState('');
  const [status, setStatus] = useState('');
  const command = useCommand();
  const peopleById = useRef(new Map<string, Person>());
  peopleById.current = new Map((people ?? []).map((p) => [p.id, p]));
  const { marks, mark, undo, canUndo } = useRegister(meeting.id, (id) => peopleById.current.get(id)?.name ?? t`This person`, setStatus, command);

  const sorted = useMemo(() => [...(people ?? [])].sort(byName), [people]);
  const rows = useMemo(() => onRegister(sorted, marks), [sorted, marks]);
  const counts = registerCounts(rows, marks);

  // Through a ref, so the rows (memoised) need not redraw each time the command runner is remade.
  const latestCommand = useRef(command);
  latestCommand.current = command;
  const onMakeMember = useCallback(
    (personId: string) => {
      const result = latestCommand.current.run(() => makeMember(doc, personId));
      if (!result.ok) return setStatus('');
      const name = result.value.name;
      setStatus(t`${name} is now a member. Add their details in Team.`);
    },
    [doc],
  );

  const wanted = filter.trim();
  const lower = (text: string) => text.toLocaleLowerCase(formatLocale());
  const shown = wanted ? rows.filter((p) => lower(p.name).includes(lower(wanted))) : rows;

  const sectionRef = useRef<HTMLElement>(null);
  useBarsKeepFocusInView(sectionRef);

  return (
    <section class="register" aria-labelledby="register-heading" ref={sectionRef}>
      <h3 id="register-heading" class="visually-hidden">
        {t({ message: 'Register', comment: 'Heading: the list of who came to a meeting' })}
      </h3>
      <RegisterSummary counts={counts} />
      {meeting.cancelled && <p class="notice">{t`This meeting is cancelled. You can still take a register if people came anyway.`}</p>}
      <div class="field register-find">
        <label for="register-find">{t`Find a name`}</label>
        <input id="register-find" type="search" value={filter} onInput={(e) => setFilter((e.currentTarget as HTMLInputElement).value)} autoComplete="off" />
      </div>
      {people === undefined ? (
        <p role="status">{t`Loading the register…`}</p>
      ) : rows.length === 0 ? (
        <p class="empty">{t`Nobody is expected yet. Add members in Team, or add walk-ins below.`}</p>
      ) : (
        <ul class="register-list" aria-label={t`People at this meeting`}>
          {shown.map((p) => (
            <RegisterRow key={p.id} person={p} mark={marks.get(p.id)} onMark={mark} onMakeMember={onMakeMember} />
          ))}
        </ul>
      )}
      {wanted && shown.length === 0 && <p class="empty">{t`Nobody on the register matches “${wanted}”.`}</p>}
      <GiveToPresent meeting={meeting} present={counts.byMark.present} />
      <div class="register-bar">
        <div class="register-message">
          <p role="status" aria-live="polite">
            {command.error ? '' : status}
          </p>
          <CommandError error={command.error} />
        </div>
        <div class="register-bar-actions">
          <Button onClick={undo} disabled={!canUndo}>
            {t({ message: 'Undo', comment: 'Register button: take back the last mark' })}
          </Button>
          <WalkIn
            meetingId={meeting.id}
            people={people ?? []}
            onKnown={(person) => {
              setFilter('');
              mark(person.id, 'present');
            }}
            onAdded={(name, matched) => {
              command.clear();
              setStatus(matched ? t`${name} is already known to the group and is marked present.` : t`${name} added as a walk-in and marked present.`);
            }}
          />
        </div>
      </div>
    </section>
  );
}

function RegisterSummary({ counts }: { counts: RegisterCounts }) {
  const { present, apologies, absent, unmarked } = counts.byMark;
  const walkIns = counts.guestsPresent;
  const byRole = counts.byRole.filter((r) => r.byMark.present > 0);
  return (
    <div class="register-summary">
      <ul class="register-counts" aria-label={t`Counts`}>
        <li>
          <strong data-testid="count-present">{present}</strong> {t({ message: 'present', comment: 'Under a number at the top of the register' })}
        </li>
        <li>
          <strong data-testid="count-apologies">{apologies}</strong> {t({ message: 'apologies', comment: 'Under a number at the top of the register' })}
        </li>
        <li>
          <strong data-testid="count-absent">{absent}</strong> {t({ message: 'absent', comment: 'Under a number at the top of the register' })}
        </li>
        <li>
          <strong data-testid="count-unmarked">{unmarked}</strong> {t({ message: 'not marked', comment: 'Under a number at the top of the register' })}
        </li>
      </ul>
      {counts.notListedMarked > 0 && (
        <p class="hint">
          {plural(counts.notListedMarked, {
            one: 'These counts include # mark of someone whose details were erased.',
            other: 'These counts include # marks of people whose details were erased.',
          })}
        </p>
      )}
      <p class="register-role-line">
        <strong>{t`Present by role:`}</strong>{' '}
        {byRole.length > 0
          ? byRole
              .map((r) => {
                const role = ROLE_LABELS[r.role];
                const count = r.byMark.present;
                return t({ message: `${role} ${count}`, comment: 'A role and how many people of that role are present: "Carer 3"' });
              })
              .join(' · ')
          : t`Nobody marked present yet.`}
      </p>
      <details class="register-roles">
        <summary>
          {walkIns > 0
            ? plural(walkIns, { one: 'All counts by role (including # walk-in)', other: 'All counts by role (including # walk-ins)' })
            : t`All counts by role`}
        </summary>
        <div class="table-scroll" tabIndex={0} role="region" aria-label={t`Counts by role`}>
          <table class="data-table">
            <caption class="visually-hidden">{t`People on the register by role and mark`}</caption>
            <thead>
              <tr>
                <th scope="col">{t({ message: 'Role', comment: 'Column heading: a member’s role in the group (carer, professional…)' })}</th>
                {MARKS.map((m) => (
                  <th key={m} scope="col">
                    {markLabel(m)}
                  </th>
                ))}
                <th scope="col">{t({ message: 'Not marked', comment: 'Register column: people with no mark yet' })}</th>
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
  const name = person.name;
  return (
    <li class="register-row" data-mark={mark ?? 'none'} data-person={person.id}>
      <div class="register-person">
        <span class="register-name" id={nameId}>
          {name}
        </span>
        <span class="register-role">
          {person.guest ? t({ message: 'Walk-in', comment: 'Someone who came to a meeting without being a member' }) : ROLE_LABELS[person.role]}
          {!mark && <span class="register-unmarked"> · {t`not marked yet`}</span>}
        </span>
        {person.guest && (
          <button type="button" class="btn btn-quiet register-make-member" onClick={() => onMakeMember(person.id)}>
            {t`Make a member`}
            <span class="visually-hidden"> ({name})</span>
          </button>
        )}
      </div>
      <div class="register-marks" role="group" aria-labelledby={nameId}>
        {MARKS.map((m) => (
          <button key={m} type="button" class={`mark-btn mark-${m}`} aria-pressed={mark === m} onClick={() => onMark(person.id, m)}>
            <span class="mark-tick" aria-hidden="true">
              {mark === m ? '✓' : ''}
            </span>
            {markLabel(m)}
          </button>
        ))}
      </div>
    </li>
  );
});
