import { useState } from 'preact/hooks';
import { setSupport } from '../../core/commands/team-members';
import { addTraining, removeTraining } from '../../core/commands/team-training';
import { SUPPORT_KINDS, SUPPORT_LABELS, type Person, type SupportKind } from '../../core/domain/person';
import { TRAINING_KINDS, TRAINING_LABELS, type TrainingKind } from '../../core/domain/team/training';
import { todayIso } from '../../core/ids';
import type { ProjectSession } from '../../core/projects/project-session';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { CheckboxGroup, FormMessage, optionsFrom, RadioGroup } from './fields';
import { formatDay } from './format';
import { useTraining } from './use-team';

export function TrainingSupportCard({ session, person }: { session: ProjectSession; person: Person }) {
  return (
    <section class="card" aria-labelledby="training-heading">
      <h2 id="training-heading">Training and support</h2>
      <TrainingPart session={session} person={person} />
      <SupportPart session={session} person={person} />
    </section>
  );
}

function TrainingPart({ session, person }: { session: ProjectSession; person: Person }) {
  const training = useTraining(session.projectId, person.id);
  const [kind, setKind] = useState<TrainingKind>('introduction');
  const [title, setTitle] = useState('');
  const [date, setDate] = useState(todayIso());
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const hadIntro = training?.some((t) => t.kind === 'introduction');

  function add(e: Event) {
    e.preventDefault();
    const r = addTraining(session.doc, { personId: person.id, kind, date, title: kind === 'other' ? title : undefined });
    if (!r.ok) return setMessage({ kind: 'error', text: r.message });
    setTitle('');
    setMessage({ kind: 'ok', text: 'Training added.' });
  }

  return (
    <div>
      <h3>Training</h3>
      <p>{hadIntro ? 'Has had an introduction to co-production.' : 'Has not had an introduction to co-production yet.'}</p>
      {training && training.length > 0 && (
        <ul class="plain-list training-list">
          {training.map((t) => (
            <li key={t.id} class="row">
              <span>
                {t.kind === 'other' ? <bdi>{t.title}</bdi> : TRAINING_LABELS[t.kind]} · {formatDay(t.date)}
              </span>
              <Button variant="quiet" aria-label={`Remove training: ${t.kind === 'other' ? t.title : TRAINING_LABELS[t.kind]}, ${formatDay(t.date)}`} onClick={() => removeTraining(session.doc, t.id)}>
                Remove
              </Button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={add} noValidate class="subform">
        <RadioGroup legend="Add training" options={optionsFrom(TRAINING_KINDS, TRAINING_LABELS)} value={kind} onChange={setKind} />
        {kind === 'other' && <TextField label="What was the training?" value={title} onInput={setTitle} required />}
        <TextField label="Date of training" type="date" value={date} onInput={setDate} required />
        <FormMessage message={message} />
        <Button type="submit">Add training</Button>
      </form>
    </div>
  );
}

function SupportPart({ session, person }: { session: ProjectSession; person: Person }) {
  const [support, setSupportValue] = useState<SupportKind[]>(person.support ?? []);
  const [note, setNote] = useState(person.supportNote ?? '');
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  function save(e: Event) {
    e.preventDefault();
    const r = setSupport(session.doc, person.id, support, note);
    setMessage(r.ok ? { kind: 'ok', text: 'Support saved.' } : { kind: 'error', text: r.message });
  }
  return (
    <form onSubmit={save} noValidate class="subform">
      <h3>Support they asked for</h3>
      <CheckboxGroup
        legend="Support"
        hint="A call before meetings appears on the meeting checklist. West Berkshire's “How to do co-production” suggests a short call before the first meeting with everyone who is coming."
        options={optionsFrom(SUPPORT_KINDS, SUPPORT_LABELS)}
        value={support}
        onChange={setSupportValue}
      />
      <TextField label="Other support" value={note} onInput={setNote} />
      <FormMessage message={message} />
      <Button type="submit">Save support</Button>
    </form>
  );
}
