import { plural, t } from '@lingui/core/macro';
import { useState } from 'preact/hooks';
import { addAgendaItem, moveAgendaItem, removeAgendaItem, updateAgendaItem, type AgendaInput } from '../../core/commands/meeting-day-before';
import type { Meeting } from '../../core/domain/meeting';
import { agendaItemType, type AgendaItem } from '../../core/domain/meeting-day/agenda-item';
import type { Person } from '../../core/domain/person';
import { fail, type Result } from '../../core/result';
import { useSession } from '../../state/project-context';
import { PrintLink } from './MeetingPrintScreen';
import { useRecords } from '../../state/records';
import { SubmitRow } from '../../ui/Button';
import { useEditInPlace, useFocusFirstField } from '../../ui/edit-in-place';
import { CommandError } from '../../ui/form/CommandError';
import { ItemActions } from '../../ui/form/ItemActions';
import { PersonPicker } from '../../ui/form/pickers';
import { useCommand } from '../../ui/form/use-command';
import { TextField } from '../../ui/TextField';

function meetingMinutes(meeting: Meeting): number {
  const [sh, sm] = meeting.startTime.split(':').map(Number);
  const [eh, em] = meeting.endTime.split(':').map(Number);
  return eh! * 60 + em! - (sh! * 60 + sm!);
}

/** Who leads an item and for how long: "Everyone · 20 minutes". */
function leadAndTime(item: AgendaItem, names: Map<string, string>): string {
  const lead = item.leadPersonId ? names.get(item.leadPersonId) : item.leadName;
  const length = item.minutes;
  const minutes = length ? plural(length, { one: '# minute', other: '# minutes' }) : undefined;
  if (lead && minutes) return t({ message: `${lead} · ${minutes}`, comment: 'Who leads an agenda item, then how long it takes' });
  return lead ?? minutes ?? t`No one leading yet`;
}

export function AgendaPanel({ meeting, people }: { meeting: Meeting; people: Person[] }) {
  const { doc } = useSession();
  const items = (useRecords(agendaItemType, { meetingId: meeting.id }) ?? []).sort((a, b) => a.order - b.order || a.createdAt.localeCompare(b.createdAt));
  const names = new Map(people.map((p) => [p.id, p.name]));
  const total = items.reduce((n, a) => n + (a.minutes ?? 0), 0);
  const available = meetingMinutes(meeting);
  const edit = useEditInPlace();
  const command = useCommand();
  return (
    <section class="card" aria-labelledby="agenda-heading">
      <h3 id="agenda-heading">{t`Agenda`}</h3>
      <PrintLink meetingId={meeting.id} what="agenda" />
      {items.length === 0 ? (
        <p class="empty">{t`No agenda items yet.`}</p>
      ) : (
        <>
          <ol class="agenda-list">
            {items.map((item, i) => {
              const title = item.title;
              return (
                <li key={item.id} class="agenda-item">
                  {edit.editing === item.id ? (
                    <AgendaItemForm
                      people={people}
                      initial={item}
                      heading={t`Change “${title}”`}
                      submitLabel={t`Save changes`}
                      onSubmit={(input) => updateAgendaItem(doc, item.id, input)}
                      onDone={edit.close}
                    />
                  ) : (
                    <>
                      <div class="agenda-text">
                        <span class="agenda-title">{item.title}</span>
                        <span class="agenda-meta">{leadAndTime(item, names)}</span>
                      </div>
                      <ItemActions
                        name={t({ message: `“${title}”`, comment: 'An agenda item’s words in quotation marks, read out on its buttons' })}
                        first={i === 0}
                        last={i === items.length - 1}
                        onMove={(direction) => command.run(() => moveAgendaItem(doc, item.id, direction))}
                        onEdit={() => edit.open(item.id)}
                        editOpener={item.id}
                        onRemove={() => command.run(() => removeAgendaItem(doc, item.id))}
                      />
                    </>
                  )}
                </li>
              );
            })}
          </ol>
          <CommandError error={command.error} />
          <p class={total > available ? 'error' : 'hint'}>
            {total > available
              ? t`${total} of ${available} minutes planned: that is more time than the meeting has. Leave 5 to 10 minutes at the end for the closing round.`
              : t`${total} of ${available} minutes planned. Leave 5 to 10 minutes at the end for the closing round.`}
          </p>
        </>
      )}
      <AgendaItemForm people={people} heading={t`Add an item`} submitLabel={t`Add to agenda`} onSubmit={(input) => addAgendaItem(doc, meeting.id, input)} />
    </section>
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
  const command = useCommand();
  const form = useFocusFirstField<HTMLFormElement>(Boolean(initial));
  function submit(e: Event) {
    e.preventDefault();
    const mins = minutes.trim() === '' ? undefined : Number(minutes);
    const result = command.run(() =>
      mins !== undefined && !Number.isFinite(mins)
        ? fail(t`Minutes must be a number, like 15.`)
        : props.onSubmit({ title, ...(lead ? { leadPersonId: lead } : { leadName }), ...(mins !== undefined ? { minutes: mins } : {}) }),
    );
    if (!result.ok) return;
    if (props.onDone) return props.onDone();
    setTitle('');
    setLead('');
    setLeadName('');
    setMinutes('');
  }
  return (
    <form ref={form} onSubmit={submit} noValidate class="subform">
      <h4>{props.heading}</h4>
      <TextField label={t`What is it about?`} value={title} onInput={setTitle} required maxLength={200} />
      <PersonPicker label={t`Who leads it`} value={lead} people={props.people} onChange={setLead} emptyLabel={t`Someone else, or no one yet`} />
      {!lead && (
        <TextField label={t`Or name who leads it`} value={leadName} onInput={setLeadName} maxLength={120} hint={t`For example: a guest speaker, or everyone`} />
      )}
      <TextField label={t`How many minutes`} value={minutes} onInput={setMinutes} inputMode="numeric" maxLength={3} />
      <CommandError error={command.error} />
      <SubmitRow label={props.submitLabel} onCancel={props.onDone} variant={initial ? 'primary' : 'secondary'} />
    </form>
  );
}
