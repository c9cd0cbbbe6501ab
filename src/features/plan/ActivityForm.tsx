import { t } from '@lingui/core/macro';
import { useState } from 'preact/hooks';
import { addActivity, updateActivity } from '../../core/commands/plan-aims';
import type { Person } from '../../core/domain/person';
import type { Activity } from '../../core/domain/plan/activity';
import type { Objective } from '../../core/domain/plan/objective';
import { useSession } from '../../state/project-context';
import { SubmitRow } from '../../ui/Button';
import { CommandError } from '../../ui/form/CommandError';
import { Form } from '../../ui/form/Form';
import { personOptions } from '../../ui/form/pickers';
import { SelectField } from '../../ui/form/SelectField';
import { useCommand } from '../../ui/form/use-command';
import { TextField } from '../../ui/TextField';

/**
 * Who can own an activity. The current owner stays a choice even if they have left the group
 * since, so changing the title or date never takes the activity away from them unasked.
 */
function ownerOptions(people: readonly Person[], ownerId: string | undefined) {
  const options = personOptions(people);
  const owner = ownerId ? people.find((p) => p.id === ownerId) : undefined;
  return owner && !options.some((o) => o.value === owner.id) ? [...options, { value: owner.id, label: owner.name }] : options;
}

/** Adds an activity to an objective, or changes one: what, who owns it, when it is due. */
export function ActivityForm({ objective, activity, people, onDone }: { objective?: Objective; activity?: Activity; people: Person[]; onDone: () => void }) {
  const { doc } = useSession();
  const [title, setTitle] = useState(activity?.title ?? '');
  const [ownerId, setOwnerId] = useState(activity?.ownerId ?? '');
  const [due, setDue] = useState(activity?.due ?? '');
  const command = useCommand();
  const options = ownerOptions(people, activity?.ownerId);
  return (
    <Form
      class="plan-add"
      onSubmit={() => {
        const result = command.run(() =>
          activity
            ? updateActivity(doc, activity.id, { title, ownerId, due })
            : addActivity(doc, objective!.id, { title, ...(ownerId ? { ownerId } : {}), ...(due ? { due } : {}) }),
        );
        if (result.ok) onDone();
      }}
    >
      <TextField
        label={t({ message: 'Activity', comment: 'A thing to do towards an objective' })}
        value={title}
        onInput={setTitle}
        required
        maxLength={300}
        autoFocus
      />
      <div class="plan-field-row">
        <SelectField
          label={t({ message: 'Owner', comment: 'The person who will do an activity' })}
          emptyLabel={options.length ? t`No owner yet` : t`No members yet: add them in Team`}
          value={ownerId}
          options={options}
          onChange={setOwnerId}
        />
        <TextField label={t`Due date`} type="date" value={due} onInput={setDue} />
      </div>
      <CommandError error={command.error} />
      <SubmitRow label={activity ? t`Save activity` : t`Add activity`} onCancel={onDone} variant="secondary" />
    </Form>
  );
}
