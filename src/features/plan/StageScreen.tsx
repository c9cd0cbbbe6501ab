import { useEffect, useState } from 'preact/hooks';
import { setCyclePart, setStage } from '../../core/commands/plan-stage';
import { CYCLE_LABELS, CYCLE_PARTS, cyclePartType, projectStageType, STAGE_LABELS, STAGES, type CyclePart, type CyclePartRecord, type ProjectStage, type Stage } from '../../core/domain/plan/stage';
import type { ProjectSession } from '../../core/projects/project-session';
import { formatDate } from '../../core/plan/dates';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { ErrorMessage, PlanPart, RadioGroup } from './bits';
import { useCommand, useRecords } from './use-plan';

const STAGE_HINTS: Record<Stage, string> = {
  planning: 'Getting the group together, agreeing how you will work, and planning what you will do.',
  doing: 'Carrying out the plan together.',
  reflecting: 'Looking back on what worked, what you achieved and what comes next.',
};

const CYCLE_HINTS: Record<CyclePart, string> = {
  commissioning: 'Deciding what is needed and who provides it, and how the money is spent.',
  design: 'Working out what the service or product should be like.',
  delivery: 'Running it, or helping to run it.',
  evaluation: 'Judging whether it worked, and what to change.',
};

export function StageScreen({ session }: { session: ProjectSession }) {
  const stages = useRecords<ProjectStage>(session.projectId, projectStageType);
  const parts = useRecords<CyclePartRecord>(session.projectId, cyclePartType);
  const { error, run } = useCommand();
  if (!stages || !parts) return <p role="status">Loading…</p>;
  const stage = stages[0];
  const byPart = new Map(parts.map((p) => [p.part, p]));
  return (
    <PlanPart
      projectId={session.projectId}
      title="Stage and cycle"
      intro="Say where the project is now, and which parts of the work the group shares. The project dashboard shows both."
      credit="The three stages come from the West Berkshire “How to do co-production” resource; the cycle of commissioning, design, delivery and evaluation from the Time to Shine co-production toolkit."
    >
      <section class="card" aria-labelledby="stage-heading">
        <h3 id="stage-heading">Where the project is now</h3>
        <RadioGroup
          legend="Stage"
          name="stage"
          value={stage?.stage}
          options={STAGES.map((s) => ({ value: s, label: `${STAGE_LABELS[s]}: ${STAGE_HINTS[s]}` }))}
          onChange={(value) => run(() => setStage(session.doc, value))}
        />
        {stage && <p class="hint">{STAGE_LABELS[stage.stage]} since {formatDate(stage.since)}.</p>}
      </section>
      <section class="card" aria-labelledby="cycle-heading">
        <h3 id="cycle-heading">Which parts are co-produced?</h3>
        <p>Tick each part of the cycle where members with lived experience share the decisions and the work. Co-production can start at any part.</p>
        <ul class="plan-cycle-list">
          {CYCLE_PARTS.map((part) => (
            <CyclePartRow key={part} session={session} part={part} record={byPart.get(part)} onError={(m) => run(() => ({ ok: false, message: m }))} />
          ))}
        </ul>
      </section>
      <ErrorMessage message={error} />
    </PlanPart>
  );
}

function CyclePartRow({ session, part, record, onError }: { session: ProjectSession; part: CyclePart; record: CyclePartRecord | undefined; onError: (message: string) => void }) {
  const [how, setHow] = useState(record?.how ?? '');
  const [saved, setSaved] = useState(false);
  useEffect(() => setHow(record?.how ?? ''), [record?.how]);
  const shared = record?.coProduced ?? false;
  return (
    <li class="plan-cycle-part">
      <label class="choice">
        <input
          type="checkbox"
          checked={shared}
          onChange={(e) => {
            const result = setCyclePart(session.doc, part, (e.currentTarget as HTMLInputElement).checked);
            if (!result.ok) onError(result.message);
          }}
        />
        <span>
          <strong>{CYCLE_LABELS[part]}</strong>
          <span class="hint"> {CYCLE_HINTS[part]}</span>
        </span>
      </label>
      {shared && (
        <form
          class="plan-how"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            const result = setCyclePart(session.doc, part, true, how);
            if (!result.ok) onError(result.message);
            setSaved(result.ok);
          }}
        >
          <TextField label={`How ${CYCLE_LABELS[part].toLowerCase()} is shared`} value={how} onInput={(v) => (setHow(v), setSaved(false))} maxLength={300} />
          <div class="row">
            <Button type="submit">Save</Button>
            {saved && <span role="status" class="plan-saved">Saved</span>}
          </div>
        </form>
      )}
    </li>
  );
}
