import { t } from '@lingui/core/macro';
import { useState } from 'preact/hooks';
import { addMeasure, moveMeasure, removeMeasure, updateMeasure } from '../../core/commands/plan-aims';
import { MEASURE_KIND_LABELS, MEASURE_KINDS, type Measure, type MeasureKind } from '../../core/domain/plan/measure';
import type { Outcome } from '../../core/domain/plan/outcome';
import { useSession } from '../../state/project-context';
import { SubmitRow } from '../../ui/Button';
import { CommandError } from '../../ui/form/CommandError';
import { Form } from '../../ui/form/Form';
import { ItemActions } from '../../ui/form/ItemActions';
import { optionsFrom, SelectField } from '../../ui/form/SelectField';
import { useCommand } from '../../ui/form/use-command';
import { Tag, type TagTone } from '../../ui/Tag';
import { TextField } from '../../ui/TextField';

const KIND_TONE: Record<MeasureKind, TagTone> = { question: 'good', count: 'plain', observation: 'warn' };

/** One way the group will know an outcome is happening: its kind, its words, and changing, moving or removing it. */
export function MeasureItem({ measure, first, last }: { measure: Measure; first: boolean; last: boolean }) {
  const { doc } = useSession();
  const [editing, setEditing] = useState(false);
  const command = useCommand();
  if (editing)
    return (
      <li class="plan-item">
        <MeasureForm measure={measure} onDone={() => setEditing(false)} />
      </li>
    );
  const text = measure.text;
  return (
    <li class="plan-item">
      <p>
        <Tag tone={KIND_TONE[measure.kind]}>{MEASURE_KIND_LABELS[measure.kind]}</Tag> {text}
      </p>
      <ItemActions
        name={t`measure “${text}”`}
        first={first}
        last={last}
        onEdit={() => setEditing(true)}
        onMove={(direction) => command.run(() => moveMeasure(doc, measure.id, direction))}
        onRemove={() => command.run(() => removeMeasure(doc, measure.id))}
      />
      <CommandError error={command.error} />
    </li>
  );
}

function textLabel(kind: MeasureKind | ''): string {
  if (kind === 'question') return t`The question`;
  if (kind === 'count') return t`What to count`;
  return t`What to look out for`;
}

/** Adds a measure to an outcome, or changes one. */
export function MeasureForm({ outcome, measure, onDone }: { outcome?: Outcome; measure?: Measure; onDone: () => void }) {
  const { doc } = useSession();
  const [kind, setKind] = useState<MeasureKind | ''>(measure?.kind ?? 'question');
  const [text, setText] = useState(measure?.text ?? '');
  const command = useCommand();
  return (
    <Form
      class="plan-add"
      onSubmit={() => {
        const input = { kind: kind as MeasureKind, text };
        const result = command.run(() => (measure ? updateMeasure(doc, measure.id, input) : addMeasure(doc, outcome!.id, input)));
        if (result.ok) onDone();
      }}
    >
      <SelectField label={t`Kind of measure`} required value={kind} options={optionsFrom(MEASURE_KINDS, MEASURE_KIND_LABELS)} onChange={setKind} />
      <TextField
        label={textLabel(kind)}
        value={text}
        onInput={setText}
        required
        maxLength={500}
        error={command.error}
        autoFocus
        hint={kind === 'question' ? t`A statement people agree or disagree with works well, such as “My views were listened to”.` : undefined}
      />
      <SubmitRow label={measure ? t`Save measure` : t`Add measure`} onCancel={onDone} variant="secondary" />
    </Form>
  );
}
