import { t } from '@lingui/core/macro';
import { useEffect, useState } from 'preact/hooks';
import { setCyclePart, setStage } from '../../core/commands/plan-stage';
import {
  CYCLE_LABELS,
  CYCLE_PARTS,
  cyclePartType,
  projectStageType,
  STAGE_LABELS,
  STAGES,
  type CyclePart,
  type CyclePartRecord,
  type Stage,
} from '../../core/domain/plan/stage';
import { formatDay } from '../../core/format/dates';
import { useSession } from '../../state/project-context';
import { useRecords } from '../../state/records';
import { Button } from '../../ui/Button';
import { RadioGroup } from '../../ui/form/ChoiceGroup';
import { CommandError } from '../../ui/form/CommandError';
import { Form } from '../../ui/form/Form';
import { useCommand } from '../../ui/form/use-command';
import { TextField } from '../../ui/TextField';
import { PlanLoading, PlanPart } from './PlanPart';

function stageHint(stage: Stage): string {
  switch (stage) {
    case 'planning':
      return t`Getting the group together, agreeing how you will work, and planning what you will do.`;
    case 'doing':
      return t`Carrying out the plan together.`;
    case 'reflecting':
      return t`Looking back on what worked, what you achieved and what comes next.`;
  }
}

function cycleHint(part: CyclePart): string {
  switch (part) {
    case 'commissioning':
      return t`Deciding what is needed and who provides it, and how the money is spent.`;
    case 'design':
      return t`Working out what the service or product should be like.`;
    case 'delivery':
      return t`Running it, or helping to run it.`;
    case 'evaluation':
      return t`Judging whether it worked, and what to change.`;
  }
}

export function StageScreen() {
  const { doc } = useSession();
  const stages = useRecords(projectStageType);
  const parts = useRecords(cyclePartType);
  const command = useCommand();
  if (!stages || !parts) return <PlanLoading />;
  const stage = stages[0];
  const byPart = new Map(parts.map((p) => [p.part, p]));
  const options = STAGES.map((s) => {
    const name = STAGE_LABELS[s];
    const hint = stageHint(s);
    return { value: s, label: t({ message: `${name}: ${hint}`, comment: 'A stage of the project, then what it means' }) };
  });
  const current = stage ? STAGE_LABELS[stage.stage] : undefined;
  const since = stage ? formatDay(stage.since, 'weekday') : undefined;
  return (
    <PlanPart
      title={t`Stage and cycle`}
      intro={t`Say where the project is now, and which parts of the work the group shares. The project dashboard shows both.`}
      credit={t`The three stages come from the West Berkshire “How to do co-production” resource; the cycle of commissioning, design, delivery and evaluation from the Time to Shine co-production toolkit.`}
    >
      <section class="card" aria-labelledby="stage-heading">
        <h3 id="stage-heading">{t`Where the project is now`}</h3>
        <RadioGroup
          legend={t({ message: 'Stage', comment: 'Question: which stage the project is at' })}
          value={stage?.stage}
          options={options}
          onChange={(value) => command.run(() => setStage(doc, value))}
        />
        {current && since && <p class="hint">{t`${current} since ${since}.`}</p>}
        <CommandError error={command.error} />
      </section>
      <section class="card" aria-labelledby="cycle-heading">
        <h3 id="cycle-heading">{t`Which parts are co-produced?`}</h3>
        <p>{t`Tick each part of the cycle where members with lived experience share the decisions and the work. Co-production can start at any part.`}</p>
        <ul class="plan-cycle-list">
          {CYCLE_PARTS.map((part) => (
            <CyclePartRow key={part} part={part} record={byPart.get(part)} />
          ))}
        </ul>
      </section>
    </PlanPart>
  );
}

function CyclePartRow({ part, record }: { part: CyclePart; record: CyclePartRecord | undefined }) {
  const { doc } = useSession();
  const [how, setHow] = useState(record?.how ?? '');
  const [saved, setSaved] = useState(false);
  const command = useCommand();
  useEffect(() => setHow(record?.how ?? ''), [record?.how]);
  const shared = record?.coProduced ?? false;
  const name = CYCLE_LABELS[part];
  const lowerName = name.toLowerCase();
  return (
    <li class="plan-cycle-part">
      <label class="choice">
        <input type="checkbox" checked={shared} onChange={(e) => command.run(() => setCyclePart(doc, part, (e.currentTarget as HTMLInputElement).checked))} />
        <span>
          <strong>{name}</strong>
          <span class="hint"> {cycleHint(part)}</span>
        </span>
      </label>
      {shared && (
        <Form
          class="plan-how"
          onSubmit={() => {
            setSaved(command.run(() => setCyclePart(doc, part, true, how)).ok);
          }}
        >
          <TextField label={t`How ${lowerName} is shared`} value={how} onInput={(v) => (setHow(v), setSaved(false))} maxLength={300} />
          <div class="row">
            <Button type="submit">{t`Save`}</Button>
            {saved && (
              <span role="status" class="plan-saved">
                {t({ message: 'Saved', comment: 'Shown after a form was saved' })}
              </span>
            )}
          </div>
        </Form>
      )}
      <CommandError error={command.error} />
    </li>
  );
}
