import { t } from '@lingui/core/macro';
import { useState } from 'preact/hooks';
import { moveActivity, removeActivity, updateActivity } from '../../core/commands/plan-aims';
import type { Person } from '../../core/domain/person';
import type { Activity } from '../../core/domain/plan/activity';
import { today } from '../../core/format/calendar';
import { formatDay } from '../../core/format/dates';
import { useSession } from '../../state/project-context';
import { CommandError } from '../../ui/form/CommandError';
import { ItemActions } from '../../ui/form/ItemActions';
import { useCommand } from '../../ui/form/use-command';
import { Tag } from '../../ui/Tag';
import { ActivityForm } from './ActivityForm';

function ownerWords(activity: Activity, people: readonly Person[]): string {
  if (!activity.ownerId) return t`No owner yet`;
  const owner = people.find((p) => p.id === activity.ownerId)?.name;
  return owner ? t`Owner: ${owner}` : t`Owner: no longer in the project`;
}

/** One activity: done or not, who owns it and when it is due, with change, move and remove. */
export function ActivityItem({ activity, people, first, last }: { activity: Activity; people: Person[]; first: boolean; last: boolean }) {
  const { doc } = useSession();
  const [editing, setEditing] = useState(false);
  const command = useCommand();
  if (editing)
    return (
      <li class="plan-item">
        <ActivityForm activity={activity} people={people} onDone={() => setEditing(false)} />
      </li>
    );
  const title = activity.title;
  const due = activity.due ? formatDay(activity.due, 'weekday') : undefined;
  const overdue = !activity.done && activity.due && activity.due < today();
  return (
    <li class={`plan-item plan-activity${activity.done ? ' done' : ''}`}>
      <label class="choice">
        <input
          type="checkbox"
          checked={activity.done ?? false}
          onChange={(e) => command.run(() => updateActivity(doc, activity.id, { done: (e.currentTarget as HTMLInputElement).checked }))}
        />
        <span>
          <span class="visually-hidden">{t({ message: 'Done:', comment: 'Read before an activity’s name by screen readers, beside its tick box' })} </span>
          {title}
        </span>
      </label>
      <p class="plan-item-detail">
        {ownerWords(activity, people)}
        {' · '}
        {due ? t`Due ${due}` : t`No due date`}
        {overdue && (
          <>
            {' '}
            <Tag tone="bad">{t`Overdue`}</Tag>
          </>
        )}
      </p>
      <ItemActions
        name={t`activity “${title}”`}
        first={first}
        last={last}
        onEdit={() => setEditing(true)}
        onMove={(direction) => command.run(() => moveActivity(doc, activity.id, direction))}
        onRemove={() => command.run(() => removeActivity(doc, activity.id))}
      />
      <CommandError error={command.error} />
    </li>
  );
}
