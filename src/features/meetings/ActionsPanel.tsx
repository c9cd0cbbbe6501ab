import { t } from '@lingui/core/macro';
import { useState } from 'preact/hooks';
import { addAction, removeAction, setActionDone, updateAction, type ActionInput } from '../../core/commands/meeting-day-during';
import { meetingType, type Meeting } from '../../core/domain/meeting';
import { actionType, type Action } from '../../core/domain/meeting-day/action';
import type { Person } from '../../core/domain/person';
import { today as todayOf } from '../../core/format/calendar';
import { formatDay } from '../../core/format/dates';
import type { Result } from '../../core/result';
import { useSession } from '../../state/project-context';
import { useRecords } from '../../state/records';
import { Button, SubmitRow } from '../../ui/Button';
import { useEditInPlace, useFocusFirstField } from '../../ui/edit-in-place';
import { CommandError } from '../../ui/form/CommandError';
import { PersonPicker } from '../../ui/form/pickers';
import { useCommand } from '../../ui/form/use-command';
import { TextField } from '../../ui/TextField';

/** What the group agreed someone will do: this meeting's actions, and those still open from earlier ones. */
export function ActionsPanel({ meeting, people }: { meeting: Meeting; people: Person[] }) {
  const all = useRecords(actionType) ?? [];
  const meetingList = useRecords(meetingType, undefined, { withArchived: true });
  const dates = new Map((meetingList ?? []).map((m) => [m.id, m.date]));
  const names = new Map(people.map((p) => [p.id, p.name]));
  const mine = all.filter((a) => a.meetingId === meeting.id).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const earlier = all
    .filter((a) => !a.done && a.meetingId !== meeting.id && (dates.get(a.meetingId) ?? '') < meeting.date)
    .sort((a, b) => (a.due ?? '9999').localeCompare(b.due ?? '9999'));
  const stillOpen = earlier.length;
  return (
    <section class="card" aria-labelledby="actions-heading">
      <h3 id="actions-heading">{t`Actions`}</h3>
      {mine.length === 0 ? (
        <p class="empty">{t`No actions agreed yet.`}</p>
      ) : (
        <ActionList actions={mine} names={names} people={people} label={t`Actions from this meeting`} />
      )}
      <ActionFields people={people} heading={t`Add an action`} submitLabel={t`Add action`} meetingId={meeting.id} />
      {earlier.length > 0 && (
        <details class="earlier-actions">
          <summary>{t`Still open from earlier meetings (${stillOpen})`}</summary>
          <ActionList actions={earlier} names={names} people={people} label={t`Open actions from earlier meetings`} />
        </details>
      )}
    </section>
  );
}

/** Who does an action and where it stands: "Sam Walker · due 15 Jan 2030 · overdue". */
function actionFacts(action: Action, names: Map<string, string>, today: string): string {
  const owner = action.ownerPersonId ? (names.get(action.ownerPersonId) ?? t`someone no longer in the project`) : t`no one yet`;
  const facts = [owner];
  if (action.due) {
    const day = formatDay(action.due, 'date');
    facts.push(t({ message: `due ${day}`, comment: 'The day an action should be done by' }));
    if (!action.done && action.due < today) facts.push(t`overdue`);
  }
  if (action.done) {
    const day = action.doneOn ? formatDay(action.doneOn, 'date') : '';
    facts.push(day ? t({ message: `done ${day}`, comment: 'The day an action was done' }) : t({ message: 'done', comment: 'An action that has been done' }));
  }
  return facts.join(' · ');
}

function ActionList({ actions, names, people, label }: { actions: Action[]; names: Map<string, string>; people: Person[]; label: string }) {
  const { doc } = useSession();
  const today = todayOf();
  const edit = useEditInPlace();
  const command = useCommand();
  return (
    <>
      <ul class="check-list action-list" aria-label={label}>
        {actions.map((a) => {
          const what = a.what;
          if (edit.editing === a.id) {
            return (
              <li key={a.id} class="action-item">
                <ActionFields people={people} initial={a} heading={t`Change “${what}”`} submitLabel={t`Save changes`} onDone={edit.close} />
              </li>
            );
          }
          return (
            <li key={a.id} class="action-item">
              <label class="choice big-choice">
                <input
                  type="checkbox"
                  checked={a.done}
                  onChange={(e) => {
                    const done = (e.currentTarget as HTMLInputElement).checked;
                    command.run(() => setActionDone(doc, a.id, done));
                  }}
                />
                <span>
                  <span class="action-what">{what}</span>
                  <span class="hint-inline"> · {actionFacts(a, names, today)}</span>
                </span>
              </label>
              <Button variant="quiet" onClick={() => edit.open(a.id)} data-edit-opener={a.id} aria-label={t`Change action: ${what}`}>
                {t({ message: 'Change', comment: 'Button: change the wording or details of an item already saved' })}
              </Button>
              <Button variant="quiet" onClick={() => command.run(() => removeAction(doc, a.id))} aria-label={t`Remove action: ${what}`}>
                {t`Remove`}
              </Button>
            </li>
          );
        })}
      </ul>
      <CommandError error={command.error} />
    </>
  );
}

/** Adds an action to `meetingId`, or changes `initial` (with a Cancel button). */
function ActionFields(props: { people: Person[]; heading: string; submitLabel: string; meetingId?: string; initial?: Action; onDone?: () => void }) {
  const { doc } = useSession();
  const { initial } = props;
  const [what, setWhat] = useState(initial?.what ?? '');
  const [owner, setOwner] = useState(initial?.ownerPersonId ?? '');
  const [due, setDue] = useState(initial?.due ?? '');
  const form = useFocusFirstField<HTMLFormElement>(Boolean(initial));
  const command = useCommand();
  function submit(e: Event) {
    e.preventDefault();
    const input: ActionInput = { what, ownerPersonId: owner, ...(due ? { due } : {}) };
    const result: Result<unknown> = command.run<unknown>(() => (initial ? updateAction(doc, initial.id, input) : addAction(doc, props.meetingId ?? '', input)));
    if (!result.ok) return;
    if (props.onDone) return props.onDone();
    setWhat('');
    setOwner('');
    setDue('');
  }
  return (
    <form ref={form} onSubmit={submit} noValidate class="subform">
      <h4>{props.heading}</h4>
      <TextField label={t`What needs doing?`} value={what} onInput={setWhat} required maxLength={300} />
      <PersonPicker label={t`Who will do it?`} value={owner} people={props.people} onChange={setOwner} emptyLabel={t`Choose a person`} required />
      <TextField label={t`By when?`} type="date" value={due} onInput={setDue} />
      <CommandError error={command.error} />
      <SubmitRow label={props.submitLabel} onCancel={props.onDone} />
    </form>
  );
}
