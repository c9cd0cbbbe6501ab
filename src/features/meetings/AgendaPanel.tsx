import { useState } from 'preact/hooks';
import { addAgendaItem, moveAgendaItem, removeAgendaItem, updateAgendaItem, type AgendaInput } from '../../core/commands/meeting-day-before';
import type { Meeting } from '../../core/domain/meeting';
import { agendaItemType, type AgendaItem } from '../../core/domain/meeting-day/agenda-item';
import type { Person } from '../../core/domain/person';
import type { ProjectSession } from '../../core/projects/project-session';
import type { Result } from '../../core/result';
import { Button, SubmitRow } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { useEditInPlace, useFocusFirstField } from '../../ui/edit-in-place';
import { PersonSelect } from './PersonSelect';
import { useRecords } from './use-records';

function meetingMinutes(meeting: Meeting): number {
  const [sh, sm] = meeting.startTime.split(':').map(Number);
  const [eh, em] = meeting.endTime.split(':').map(Number);
  return eh! * 60 + em! - (sh! * 60 + sm!);
}

export function AgendaPanel({ session, meeting, people }: { session: ProjectSession; meeting: Meeting; people: Person[] }) {
  const items = (useRecords<AgendaItem>(session, agendaItemType, meeting.id) ?? [])
    .filter((a) => !a.archived)
    .sort((a, b) => a.order - b.order || a.createdAt.localeCompare(b.createdAt));
  const names = new Map(people.map((p) => [p.id, p.name]));
  const total = items.reduce((n, a) => n + (a.minutes ?? 0), 0);
  const available = meetingMinutes(meeting);
  const edit = useEditInPlace();
  return (
    <section class="card" aria-labelledby="agenda-heading">
      <h3 id="agenda-heading">Agenda</h3>
      {items.length === 0 ? (
        <p class="empty">No agenda items yet.</p>
      ) : (
        <>
          <ol class="agenda-list">
            {items.map((item, i) => (
              <li key={item.id} class="agenda-item">
                {edit.editing === item.id ? (
                  <AgendaItemForm
                    people={people}
                    initial={item}
                    heading={`Change “${item.title}”`}
                    submitLabel="Save changes"
                    onSubmit={(input) => updateAgendaItem(session.doc, item.id, input)}
                    onDone={edit.close}
                  />
                ) : (
                  <>
                    <div class="agenda-text">
                      <span class="agenda-title">{item.title}</span>
                      <span class="agenda-meta">
                        {[item.leadPersonId ? names.get(item.leadPersonId) : item.leadName, item.minutes ? `${item.minutes} minutes` : null]
                          .filter(Boolean)
                          .join(' · ') || 'No one leading yet'}
                      </span>
                    </div>
                    <div class="row agenda-buttons">
                      <Button
                        variant="quiet"
                        disabled={i === 0}
                        onClick={() => moveAgendaItem(session.doc, item.id, -1)}
                        aria-label={`Move “${item.title}” up`}
                      >
                        ↑
                      </Button>
                      <Button
                        variant="quiet"
                        disabled={i === items.length - 1}
                        onClick={() => moveAgendaItem(session.doc, item.id, 1)}
                        aria-label={`Move “${item.title}” down`}
                      >
                        ↓
                      </Button>
                      <Button variant="quiet" onClick={() => edit.open(item.id)} data-edit-opener={item.id} aria-label={`Change “${item.title}”`}>
                        Change
                      </Button>
                      <Button variant="quiet" onClick={() => removeAgendaItem(session.doc, item.id)} aria-label={`Remove “${item.title}”`}>
                        Remove
                      </Button>
                    </div>
                  </>
                )}
              </li>
            ))}
          </ol>
          <p class={total > available ? 'error' : 'hint'}>
            {total} of {available} minutes planned{total > available ? ': that is more time than the meeting has.' : '.'} Leave 5 to 10 minutes at the end for
            the closing round.
          </p>
        </>
      )}
      <AddAgendaItem session={session} meetingId={meeting.id} people={people} />
    </section>
  );
}

function AddAgendaItem({ session, meetingId, people }: { session: ProjectSession; meetingId: string; people: Person[] }) {
  return (
    <AgendaItemForm people={people} heading="Add an item" submitLabel="Add to agenda" onSubmit={(input) => addAgendaItem(session.doc, meetingId, input)} />
  );
}

/** Adds an agenda item, or changes one (with `initial`, and a Cancel button). */
function AgendaItemForm(props: {
  people: Person[];
  initial?: AgendaItem;
  heading: string;
  submitLabel: string;
  onSubmit: (input: AgendaInput) => Result<unknown>;
  onDone?: () => void;
}) {
  const { initial } = props;
  const [title, setTitle] = useState(initial?.title ?? '');
  const [lead, setLead] = useState(initial?.leadPersonId ?? '');
  const [leadName, setLeadName] = useState(initial?.leadName ?? '');
  const [minutes, setMinutes] = useState(initial?.minutes !== undefined ? String(initial.minutes) : '');
  const [error, setError] = useState<string | null>(null);
  const idPrefix = initial ? `agenda-${initial.id}` : 'agenda';
  const form = useFocusFirstField<HTMLFormElement>(Boolean(initial));
  function submit(e: Event) {
    e.preventDefault();
    const mins = minutes.trim() === '' ? undefined : Number(minutes);
    if (mins !== undefined && !Number.isFinite(mins)) return setError('Minutes must be a number, like 15.');
    const result = props.onSubmit({ title, ...(lead ? { leadPersonId: lead } : { leadName }), ...(mins !== undefined ? { minutes: mins } : {}) });
    if (!result.ok) return setError(result.message);
    setError(null);
    if (props.onDone) return props.onDone();
    setTitle('');
    setLead('');
    setLeadName('');
    setMinutes('');
  }
  return (
    <form ref={form} onSubmit={submit} noValidate class="subform">
      <h4>{props.heading}</h4>
      <TextField label="What is it about?" value={title} onInput={setTitle} required maxLength={200} />
      <PersonSelect
        id={`${idPrefix}-lead`}
        label="Who leads it"
        value={lead}
        people={props.people}
        onChange={setLead}
        placeholder="Someone else, or no one yet"
      />
      {!lead && (
        <TextField label="Or name who leads it" value={leadName} onInput={setLeadName} maxLength={120} hint="For example: a guest speaker, or everyone" />
      )}
      <TextField label="How many minutes" value={minutes} onInput={setMinutes} inputMode="numeric" maxLength={3} />
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <SubmitRow label={props.submitLabel} onCancel={props.onDone} variant={initial ? 'primary' : 'secondary'} />
    </form>
  );
}
