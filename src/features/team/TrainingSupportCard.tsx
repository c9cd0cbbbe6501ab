import { t } from '@lingui/core/macro';
import { useState } from 'preact/hooks';
import { setSupport } from '../../core/commands/team-members';
import { addTraining, removeTraining } from '../../core/commands/team-training';
import { SUPPORT_KINDS, SUPPORT_LABELS, type Person, type SupportKind } from '../../core/domain/person';
import { TRAINING_KINDS, TRAINING_LABELS, trainingType, type Training, type TrainingKind } from '../../core/domain/team/training';
import { today } from '../../core/format/calendar';
import { formatDay } from '../../core/format/dates';
import { newestFirst } from '../../core/team/order';
import { useSession } from '../../state/project-context';
import { useRecords } from '../../state/records';
import { Button } from '../../ui/Button';
import { CheckboxGroup, RadioGroup } from '../../ui/form/ChoiceGroup';
import { optionsFrom } from '../../ui/form/SelectField';
import { useCommand } from '../../ui/form/use-command';
import { useConfirm } from '../../ui/form/use-confirm';
import { TextField } from '../../ui/TextField';
import { SaveOutcome } from './SaveOutcome';

export function TrainingSupportCard({ person }: { person: Person }) {
  return (
    <section class="card" aria-labelledby="training-heading">
      <h2 id="training-heading">{t`Training and support`}</h2>
      <TrainingPart person={person} />
      <SupportPart person={person} />
    </section>
  );
}

/** "Introduction to co-production, 3 Feb 2026", or the name of other training. */
function trainingWords(training: Training): { what: string; day: string } {
  return { what: training.kind === 'other' ? (training.title ?? '') : TRAINING_LABELS[training.kind], day: formatDay(training.date, 'date') };
}

function TrainingPart({ person }: { person: Person }) {
  const { doc } = useSession();
  const records = useRecords(trainingType, { personId: person.id });
  const training = records && newestFirst(records);
  const [kind, setKind] = useState<TrainingKind>('introduction');
  const [title, setTitle] = useState('');
  const [date, setDate] = useState(today());
  const command = useCommand();
  const [saved, setSaved] = useState<string | null>(null);
  const [confirm, dialog] = useConfirm();
  const hadIntro = training?.some((entry) => entry.kind === 'introduction');

  function add(e: Event) {
    e.preventDefault();
    const result = command.run(() => addTraining(doc, { personId: person.id, kind, date, title: kind === 'other' ? title : undefined }));
    if (!result.ok) return setSaved(null);
    setTitle('');
    setSaved(t`Training added.`);
  }

  async function remove(entry: Training) {
    const { what, day } = trainingWords(entry);
    const yes = await confirm({
      title: t`Remove this training?`,
      body: <p>{t`${what}, ${day} will no longer be listed for this member.`}</p>,
      confirmLabel: t`Remove training`,
      cancelLabel: t`Cancel`,
      danger: true,
    });
    if (!yes) return;
    setSaved(null);
    command.run(() => removeTraining(doc, entry.id));
  }

  return (
    <div>
      <h3>{t({ message: 'Training', comment: 'Heading: training a member has had' })}</h3>
      <p>{hadIntro ? t`Has had an introduction to co-production.` : t`Has not had an introduction to co-production yet.`}</p>
      {training && training.length > 0 && (
        <ul class="plain-list training-list">
          {training.map((entry) => {
            const { what, day } = trainingWords(entry);
            return (
              <li key={entry.id} class="row">
                <span>
                  <bdi>{what}</bdi> · {day}
                </span>
                <Button variant="quiet" aria-label={t`Remove training: ${what}, ${day}`} onClick={() => void remove(entry)}>
                  {t`Remove`}
                </Button>
              </li>
            );
          })}
        </ul>
      )}
      <form onSubmit={add} noValidate class="subform">
        <RadioGroup legend={t`Add training`} options={optionsFrom(TRAINING_KINDS, TRAINING_LABELS)} value={kind} onChange={setKind} />
        {kind === 'other' && <TextField label={t`What was the training?`} value={title} onInput={setTitle} required />}
        <TextField label={t`Date of training`} type="date" value={date} onInput={setDate} required />
        <SaveOutcome error={command.error} saved={saved} />
        <Button type="submit">{t`Add training`}</Button>
      </form>
      {dialog}
    </div>
  );
}

function SupportPart({ person }: { person: Person }) {
  const { doc } = useSession();
  const [support, setSupportValue] = useState<SupportKind[]>(person.support ?? []);
  const [note, setNote] = useState(person.supportNote ?? '');
  const command = useCommand();
  const [saved, setSaved] = useState<string | null>(null);
  function save(e: Event) {
    e.preventDefault();
    const result = command.run(() => setSupport(doc, person.id, support, note));
    setSaved(result.ok ? t`Support saved.` : null);
  }
  return (
    <form onSubmit={save} noValidate class="subform">
      <h3>{t`Support they asked for`}</h3>
      <CheckboxGroup
        legend={t({ message: 'Support', comment: 'Practical help a member asked for to take part' })}
        hint={t`A call before meetings appears on the meeting checklist. West Berkshire's “How to do co-production” suggests a short call before the first meeting with everyone who is coming.`}
        options={optionsFrom(SUPPORT_KINDS, SUPPORT_LABELS)}
        value={support}
        onChange={setSupportValue}
      />
      <TextField label={t`Other support`} value={note} onInput={setNote} />
      <SaveOutcome error={command.error} saved={saved} />
      <Button type="submit">{t`Save support`}</Button>
    </form>
  );
}
