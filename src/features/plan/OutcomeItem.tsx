import { t } from '@lingui/core/macro';
import { addObjective, moveOutcome, removeOutcome, updateOutcome } from '../../core/commands/plan-aims';
import type { Person } from '../../core/domain/person';
import type { Outcome } from '../../core/domain/plan/outcome';
import { useSession } from '../../state/project-context';
import { Disclosure } from '../../ui/Disclosure';
import { AddTextForm } from './AddTextForm';
import type { AimsTree } from './aims-tree';
import { MeasureForm, MeasureItem } from './MeasureItem';
import { ObjectiveItem } from './ObjectiveItem';
import { OrderedTitle } from './OrderedTitle';

/** One outcome of an aim: how the group will know it is happening, and what it will do to get there. */
export function OutcomeItem(props: { outcome: Outcome; tree: AimsTree; people: Person[]; first: boolean; last: boolean }) {
  const { outcome, tree } = props;
  const { doc } = useSession();
  const measures = tree.measures.get(outcome.id) ?? [];
  const objectives = tree.objectives.get(outcome.id) ?? [];
  const title = outcome.title;
  return (
    <li class="plan-outcome">
      <p class="plan-level">{t({ message: 'Outcome', comment: 'A change a project expects to see' })}</p>
      <OrderedTitle
        id={outcome.id}
        title={title}
        show={(words) => <h4 class="plan-outcome-title">{words}</h4>}
        name={t`outcome “${title}”`}
        label={t({ message: 'Outcome', comment: 'A change a project expects to see' })}
        maxLength={300}
        first={props.first}
        last={props.last}
        onSave={(words) => updateOutcome(doc, outcome.id, { title: words })}
        onMove={(direction) => moveOutcome(doc, outcome.id, direction)}
        removeQuestion={{ title: t`Remove this outcome?`, body: t`“${title}” and its measures, objectives and activities will be removed from the plan.` }}
        onRemove={() => removeOutcome(doc, outcome.id)}
      />
      <h5 class="plan-sub">{t`How we will know`}</h5>
      {measures.length === 0 ? (
        <p class="empty">{t`No measures yet.`}</p>
      ) : (
        <ol class="plan-list plan-measures">
          {measures.map((m, i) => (
            <MeasureItem key={m.id} measure={m} first={i === 0} last={i === measures.length - 1} />
          ))}
        </ol>
      )}
      <Disclosure label={t`Add a measure`} ariaLabel={t`Add a measure to “${title}”`}>
        {(close) => <MeasureForm outcome={outcome} onDone={close} />}
      </Disclosure>
      <h5 class="plan-sub">{t`Objectives and activities`}</h5>
      {objectives.length === 0 && <p class="empty">{t`No objectives yet.`}</p>}
      <ol class="plan-list plan-objectives">
        {objectives.map((o, i) => (
          <ObjectiveItem key={o.id} objective={o} tree={tree} people={props.people} first={i === 0} last={i === objectives.length - 1} />
        ))}
      </ol>
      <Disclosure label={t`Add an objective`} ariaLabel={t`Add an objective to “${title}”`}>
        {(close) => (
          <AddTextForm
            label={t({ message: 'Objective', comment: 'Something specific a group will get done towards an outcome' })}
            hint={t`Something specific you will get done, such as “set up the group”.`}
            button={t`Add objective`}
            maxLength={300}
            autoFocus
            onCancel={close}
            onAdd={(words) => addObjective(doc, outcome.id, { title: words })}
          />
        )}
      </Disclosure>
    </li>
  );
}
