import { t } from '@lingui/core/macro';
import { addAim, addOutcome, moveAim, removeAim, updateAim } from '../../core/commands/plan-aims';
import { personType, type Person } from '../../core/domain/person';
import { activityType } from '../../core/domain/plan/activity';
import { aimType, type Aim } from '../../core/domain/plan/aim';
import { measureType } from '../../core/domain/plan/measure';
import { objectiveType } from '../../core/domain/plan/objective';
import { outcomeType } from '../../core/domain/plan/outcome';
import { byOrder } from '../../core/plan/ordering';
import { STARTER_AIM } from '../../core/plan/starter-outcomes';
import { useSession } from '../../state/project-context';
import { useRecords } from '../../state/records';
import { Button } from '../../ui/Button';
import { Disclosure } from '../../ui/Disclosure';
import { CommandError } from '../../ui/form/CommandError';
import { useCommand } from '../../ui/form/use-command';
import { AddTextForm } from './AddTextForm';
import { aimsTree, type AimsTree } from './aims-tree';
import { OrderedTitle } from './OrderedTitle';
import { OutcomeItem } from './OutcomeItem';
import { PlanLoading, PlanPart } from './PlanPart';
import { StarterOutcomePicker } from './StarterOutcomePicker';

/** Aims, each with its outcomes (and their measures), objectives and activities. */
export function AimsScreen() {
  const { doc } = useSession();
  const aims = useRecords(aimType);
  const outcomes = useRecords(outcomeType);
  const measures = useRecords(measureType);
  const objectives = useRecords(objectiveType);
  const activities = useRecords(activityType);
  const people = useRecords(personType);
  if (!aims || !outcomes || !measures || !objectives || !activities || !people) return <PlanLoading />;
  const tree = aimsTree({ outcomes, measures, objectives, activities });
  const ordered = byOrder(aims);
  return (
    <PlanPart
      title={t`Aims and outcomes`}
      intro={t`Your aim is what you hope to achieve. Outcomes are the changes you expect to see, each with how you will know. Objectives and activities are what you will do to get there.`}
      credit={t`Starter outcomes and measures based on the West Berkshire “How to do co-production” resource. Change them to fit your project.`}
    >
      {ordered.map((aim, i) => (
        <AimCard key={aim.id} aim={aim} tree={tree} people={people} first={i === 0} last={i === ordered.length - 1} />
      ))}
      <section class="card plan-add-aim" aria-labelledby="add-aim-heading">
        <h3 id="add-aim-heading">{ordered.length ? t`Add another aim` : t`Start with your aim`}</h3>
        <AddTextForm
          label={t({ message: 'Aim', comment: 'What a project hopes to achieve, in a sentence' })}
          hint={t`One sentence on what you hope to achieve together. For example: carers and the council redesign respite support together.`}
          button={t`Add aim`}
          maxLength={300}
          onAdd={(title) => addAim(doc, { title })}
        />
        {ordered.length === 0 && <StarterAim />}
      </section>
    </PlanPart>
  );
}

/** West Berkshire's aim as a place to start, for a group with no aim yet. */
function StarterAim() {
  const { doc } = useSession();
  const command = useCommand();
  const aim = STARTER_AIM.title;
  return (
    <div class="plan-starter-aim">
      <p>{t`Or start from this aim and reword it: “${aim}”`}</p>
      <p class="plan-credit">{STARTER_AIM.credit}</p>
      <Button onClick={() => command.run(() => addAim(doc, { title: aim }))}>{t`Use this aim`}</Button>
      <CommandError error={command.error} />
    </div>
  );
}

function AimCard(props: { aim: Aim; tree: AimsTree; people: Person[]; first: boolean; last: boolean }) {
  const { aim, tree } = props;
  const { doc } = useSession();
  const outcomes = tree.outcomes.get(aim.id) ?? [];
  const headingId = `aim-${aim.id}`;
  const title = aim.title;
  return (
    <section class="card plan-aim" aria-labelledby={headingId}>
      <p class="plan-level">{t({ message: 'Aim', comment: 'What a project hopes to achieve, in a sentence' })}</p>
      <OrderedTitle
        id={aim.id}
        title={title}
        show={(words) => <h3 id={headingId}>{words}</h3>}
        name={t`aim “${title}”`}
        label={t({ message: 'Aim', comment: 'What a project hopes to achieve, in a sentence' })}
        maxLength={300}
        first={props.first}
        last={props.last}
        onSave={(words) => updateAim(doc, aim.id, { title: words })}
        onMove={(direction) => moveAim(doc, aim.id, direction)}
        removeQuestion={{
          title: t`Remove this aim?`,
          body: t`“${title}” and all its outcomes, measures, objectives and activities will be removed from the plan.`,
        }}
        onRemove={() => removeAim(doc, aim.id)}
      />
      <h4 class="plan-sub">{t`Outcomes`}</h4>
      {outcomes.length === 0 && <p class="empty">{t`No outcomes yet. Add some of the starter outcomes below, or your own.`}</p>}
      <ol class="plan-outcomes">
        {outcomes.map((outcome, i) => (
          <OutcomeItem key={outcome.id} outcome={outcome} tree={tree} people={props.people} first={i === 0} last={i === outcomes.length - 1} />
        ))}
      </ol>
      <StarterOutcomePicker aim={aim} existing={outcomes} />
      <Disclosure label={t`Add your own outcome`} ariaLabel={t`Add your own outcome to “${title}”`}>
        {(close) => (
          <AddTextForm
            label={t({ message: 'Outcome', comment: 'A change a project expects to see' })}
            hint={t`A change you expect to see, such as “carers find it easier to book a break”.`}
            button={t`Add outcome`}
            maxLength={300}
            autoFocus
            onCancel={close}
            onAdd={(words) => addOutcome(doc, aim.id, { title: words })}
          />
        )}
      </Disclosure>
    </section>
  );
}
