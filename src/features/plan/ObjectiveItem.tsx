import { t } from '@lingui/core/macro';
import { moveObjective, removeObjective, updateObjective } from '../../core/commands/plan-aims';
import type { Person } from '../../core/domain/person';
import type { Objective } from '../../core/domain/plan/objective';
import { useSession } from '../../state/project-context';
import { Disclosure } from '../../ui/Disclosure';
import { ActivityForm } from './ActivityForm';
import { ActivityItem } from './ActivityItem';
import type { AimsTree } from './aims-tree';
import { OrderedTitle } from './OrderedTitle';

/** One objective of an outcome, with the activities that will get it done. */
export function ObjectiveItem(props: { objective: Objective; tree: AimsTree; people: Person[]; first: boolean; last: boolean }) {
  const { objective, tree, people } = props;
  const { doc } = useSession();
  const activities = tree.activities.get(objective.id) ?? [];
  const title = objective.title;
  return (
    <li class="plan-item plan-objective">
      <OrderedTitle
        id={objective.id}
        title={title}
        show={(words) => <p class="plan-item-title">{words}</p>}
        name={t`objective “${title}”`}
        label={t({ message: 'Objective', comment: 'Something specific a group will get done towards an outcome' })}
        maxLength={300}
        first={props.first}
        last={props.last}
        onSave={(words) => updateObjective(doc, objective.id, { title: words })}
        onMove={(direction) => moveObjective(doc, objective.id, direction)}
        removeQuestion={{ title: t`Remove this objective?`, body: t`“${title}” and its activities will be removed from the plan.` }}
        onRemove={() => removeObjective(doc, objective.id)}
      />
      {activities.length > 0 && (
        <ol class="plan-list plan-activities" aria-label={t`Activities for ${title}`}>
          {activities.map((a, i) => (
            <ActivityItem key={a.id} activity={a} people={people} first={i === 0} last={i === activities.length - 1} />
          ))}
        </ol>
      )}
      <Disclosure label={t`Add an activity`} ariaLabel={t`Add an activity to “${title}”`}>
        {(close) => <ActivityForm objective={objective} people={people} onDone={close} />}
      </Disclosure>
    </li>
  );
}
