import { useState } from 'preact/hooks';
import {
  addActivity,
  addAim,
  addMeasure,
  addObjective,
  addOutcome,
  addStarterOutcome,
  moveActivity,
  moveAim,
  moveMeasure,
  moveObjective,
  moveOutcome,
  removeActivity,
  removeAim,
  removeMeasure,
  removeObjective,
  removeOutcome,
  updateActivity,
  updateAim,
  updateMeasure,
  updateObjective,
  updateOutcome,
} from '../../core/commands/plan-aims';
import { activityType, type Activity } from '../../core/domain/plan/activity';
import { aimType, type Aim } from '../../core/domain/plan/aim';
import { MEASURE_KIND_LABELS, MEASURE_KINDS, measureType, type Measure, type MeasureKind } from '../../core/domain/plan/measure';
import { objectiveType, type Objective } from '../../core/domain/plan/objective';
import { outcomeType, type Outcome } from '../../core/domain/plan/outcome';
import { todayIso } from '../../core/ids';
import { formatDate } from '../../core/plan/dates';
import { byOrder } from '../../core/plan/ordering';
import { STARTER_OUTCOMES, STARTER_OUTCOMES_CREDIT } from '../../core/plan/starter-outcomes';
import type { ProjectSession } from '../../core/projects/project-session';
import type { Result } from '../../core/result';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { TextField } from '../../ui/TextField';
import { ErrorMessage, InlineEdit, ItemActions, PlanPart, SelectField, Tag } from './bits';
import { Disclosure } from './Disclosure';
import { useCommand, usePeople, useRecords, type PersonChoice } from './use-plan';

interface Confirm {
  title: string;
  body: string;
  action: () => Result<unknown>;
}

interface Tree {
  outcomes: Map<string, Outcome[]>;
  measures: Map<string, Measure[]>;
  objectives: Map<string, Objective[]>;
  activities: Map<string, Activity[]>;
}

function groupBy<T extends { id: string; order: number; createdAt: string }>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of byOrder(items)) {
    const k = key(item);
    out.set(k, [...(out.get(k) ?? []), item]);
  }
  return out;
}

const KIND_OPTIONS = MEASURE_KINDS.map((k) => ({ value: k, label: MEASURE_KIND_LABELS[k] }));

export function AimsScreen({ session }: { session: ProjectSession }) {
  const pid = session.projectId;
  const aims = useRecords<Aim>(pid, aimType);
  const outcomes = useRecords<Outcome>(pid, outcomeType);
  const measures = useRecords<Measure>(pid, measureType);
  const objectives = useRecords<Objective>(pid, objectiveType);
  const activities = useRecords<Activity>(pid, activityType);
  const people = usePeople(pid);
  const [confirm, setConfirm] = useState<Confirm | null>(null);
  const { error, run } = useCommand();
  if (!aims || !outcomes || !measures || !objectives || !activities || !people) return <p role="status">Loading…</p>;
  const tree: Tree = {
    outcomes: groupBy(outcomes, (o) => o.aimId),
    measures: groupBy(measures, (m) => m.outcomeId),
    objectives: groupBy(objectives, (o) => o.outcomeId),
    activities: groupBy(activities, (a) => a.objectiveId),
  };
  const ordered = byOrder(aims);
  const ask = (c: Confirm) => setConfirm(c);
  return (
    <PlanPart
      projectId={pid}
      title="Aims and outcomes"
      intro="Your aim is what you hope to achieve. Outcomes are the changes you expect to see, each with how you will know. Objectives and activities are what you will do to get there."
      credit={STARTER_OUTCOMES_CREDIT}
    >
      <ErrorMessage message={error} />
      {ordered.map((aim, i) => (
        <AimCard key={aim.id} session={session} aim={aim} tree={tree} people={people} first={i === 0} last={i === ordered.length - 1} ask={ask} />
      ))}
      <section class="card plan-add-aim" aria-labelledby="add-aim-heading">
        <h3 id="add-aim-heading">{ordered.length ? 'Add another aim' : 'Start with your aim'}</h3>
        <AddTextForm
          label="Aim"
          hint="One sentence on what you hope to achieve together. For example: carers and the council redesign respite support together."
          button="Add aim"
          maxLength={300}
          onAdd={(title) => run(() => addAim(session.doc, { title }))}
        />
      </section>
      {confirm && (
      <ConfirmDialog
        open
        title={confirm?.title ?? ''}
        confirmLabel="Remove"
        danger
        onCancel={() => setConfirm(null)}
        onConfirm={() => {
          if (confirm) run(confirm.action);
          setConfirm(null);
        }}
      >
        <p>{confirm?.body}</p>
      </ConfirmDialog>
      )}
    </PlanPart>
  );
}

/** A single text box and an Add button; clears itself when the add works. */
function AddTextForm(props: { label: string; hint?: string; button: string; maxLength: number; onAdd: (text: string) => Result<unknown>; onCancel?: () => void; autoFocus?: boolean }) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      class="plan-add"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const result = props.onAdd(text);
        if (!result.ok) return setError(result.message);
        setError(null);
        setText('');
        props.onCancel?.();
      }}
    >
      <TextField label={props.label} hint={props.hint} value={text} onInput={setText} maxLength={props.maxLength} required error={error} autoFocus={props.autoFocus} />
      <div class="row">
        <Button type="submit">{props.button}</Button>
        {props.onCancel && <Button onClick={props.onCancel}>Cancel</Button>}
      </div>
    </form>
  );
}

function AimCard(props: { session: ProjectSession; aim: Aim; tree: Tree; people: PersonChoice[]; first: boolean; last: boolean; ask: (c: Confirm) => void }) {
  const { session, aim, tree } = props;
  const [editing, setEditing] = useState(false);
  const { error, run } = useCommand();
  const outcomes = tree.outcomes.get(aim.id) ?? [];
  const headingId = `aim-${aim.id}`;
  return (
    <section class="card plan-aim" aria-labelledby={headingId}>
      <p class="plan-level">Aim</p>
      {editing ? (
        <InlineEdit label="Aim" initial={aim.title} maxLength={300} onSave={(title) => updateAim(session.doc, aim.id, { title })} onDone={() => setEditing(false)} />
      ) : (
        <>
          <h3 id={headingId}>{aim.title}</h3>
          <ItemActions
            name={`aim “${aim.title}”`}
            first={props.first}
            last={props.last}
            onEdit={() => setEditing(true)}
            onUp={() => run(() => moveAim(session.doc, aim.id, -1))}
            onDown={() => run(() => moveAim(session.doc, aim.id, 1))}
            onRemove={() =>
              props.ask({ title: 'Remove this aim?', body: `“${aim.title}” and all its outcomes, measures, objectives and activities will be removed from the plan.`, action: () => removeAim(session.doc, aim.id) })
            }
          />
        </>
      )}
      <ErrorMessage message={error} />
      <h4 class="plan-sub">Outcomes</h4>
      {outcomes.length === 0 && <p class="empty">No outcomes yet. Add some of the starter outcomes below, or your own.</p>}
      <ol class="plan-outcomes">
        {outcomes.map((outcome, i) => (
          <OutcomeBlock key={outcome.id} {...props} outcome={outcome} first={i === 0} last={i === outcomes.length - 1} />
        ))}
      </ol>
      <StarterPicker session={session} aim={aim} existing={outcomes} />
      <Disclosure label="Add your own outcome" ariaLabel={`Add your own outcome to “${aim.title}”`}>
        {(close) => (
          <AddTextForm label="Outcome" hint="A change you expect to see, such as “carers find it easier to book a break”." button="Add outcome" maxLength={300} autoFocus onCancel={close} onAdd={(title) => addOutcome(session.doc, aim.id, { title })} />
        )}
      </Disclosure>
    </section>
  );
}

function StarterPicker({ session, aim, existing }: { session: ProjectSession; aim: Aim; existing: Outcome[] }) {
  const used = new Set(existing.map((o) => o.starter));
  const available = STARTER_OUTCOMES.filter((s) => !used.has(s.key));
  const [chosen, setChosen] = useState<string[]>([]);
  const { error, run } = useCommand();
  if (!available.length) return null;
  return (
    <form
      class="plan-starters"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!chosen.length) return run(() => ({ ok: false, message: 'Tick at least one starter outcome to add.' }));
        for (const key of chosen) if (!run(() => addStarterOutcome(session.doc, aim.id, key)).ok) return;
        setChosen([]);
      }}
    >
      <fieldset>
        <legend>Starter outcomes that fit any co-produced project</legend>
        <p class="hint">Each comes with suggested ways to know it is happening. Change the words to fit your group.</p>
        {available.map((s) => (
          <label key={s.key} class="choice">
            <input
              type="checkbox"
              checked={chosen.includes(s.key)}
              onChange={(e) => setChosen((e.currentTarget as HTMLInputElement).checked ? [...chosen, s.key] : chosen.filter((k) => k !== s.key))}
            />
            <span>
              <strong>{s.label}</strong>: {s.title}
            </span>
          </label>
        ))}
      </fieldset>
      <ErrorMessage message={error} />
      <Button type="submit">Add ticked outcomes</Button>
    </form>
  );
}

function OutcomeBlock(props: { session: ProjectSession; aim: Aim; outcome: Outcome; tree: Tree; people: PersonChoice[]; first: boolean; last: boolean; ask: (c: Confirm) => void }) {
  const { session, outcome, tree } = props;
  const [editing, setEditing] = useState(false);
  const { error, run } = useCommand();
  const measures = tree.measures.get(outcome.id) ?? [];
  const objectives = tree.objectives.get(outcome.id) ?? [];
  return (
    <li class="plan-outcome">
      <p class="plan-level">Outcome</p>
      {editing ? (
        <InlineEdit label="Outcome" initial={outcome.title} maxLength={300} onSave={(title) => updateOutcome(session.doc, outcome.id, { title })} onDone={() => setEditing(false)} />
      ) : (
        <>
          <h4 class="plan-outcome-title">{outcome.title}</h4>
          <ItemActions
            name={`outcome “${outcome.title}”`}
            first={props.first}
            last={props.last}
            onEdit={() => setEditing(true)}
            onUp={() => run(() => moveOutcome(session.doc, outcome.id, -1))}
            onDown={() => run(() => moveOutcome(session.doc, outcome.id, 1))}
            onRemove={() =>
              props.ask({ title: 'Remove this outcome?', body: `“${outcome.title}” and its measures, objectives and activities will be removed from the plan.`, action: () => removeOutcome(session.doc, outcome.id) })
            }
          />
        </>
      )}
      <ErrorMessage message={error} />
      <h5 class="plan-sub">How we will know</h5>
      {measures.length === 0 ? (
        <p class="empty">No measures yet.</p>
      ) : (
        <ol class="plan-list plan-measures">
          {measures.map((m, i) => (
            <MeasureRow key={m.id} session={session} measure={m} first={i === 0} last={i === measures.length - 1} />
          ))}
        </ol>
      )}
      <Disclosure label="Add a measure" ariaLabel={`Add a measure to “${outcome.title}”`}>
        {(close) => <AddMeasureForm session={session} outcome={outcome} onDone={close} />}
      </Disclosure>
      <h5 class="plan-sub">Objectives and activities</h5>
      {objectives.length === 0 && <p class="empty">No objectives yet.</p>}
      <ol class="plan-list plan-objectives">
        {objectives.map((o, i) => (
          <ObjectiveRow key={o.id} {...props} objective={o} first={i === 0} last={i === objectives.length - 1} />
        ))}
      </ol>
      <Disclosure label="Add an objective" ariaLabel={`Add an objective to “${outcome.title}”`}>
        {(close) => (
          <AddTextForm label="Objective" hint="Something specific you will get done, such as “set up the group”." button="Add objective" maxLength={300} autoFocus onCancel={close} onAdd={(title) => addObjective(session.doc, outcome.id, { title })} />
        )}
      </Disclosure>
    </li>
  );
}

function MeasureRow({ session, measure, first, last }: { session: ProjectSession; measure: Measure; first: boolean; last: boolean }) {
  const [editing, setEditing] = useState(false);
  const { error, run } = useCommand();
  if (editing) return <li class="plan-item"><AddMeasureForm session={session} measure={measure} onDone={() => setEditing(false)} /></li>;
  return (
    <li class="plan-item">
      <p>
        <Tag tone={measure.kind === 'question' ? 'good' : measure.kind === 'count' ? 'plain' : 'warn'}>{MEASURE_KIND_LABELS[measure.kind]}</Tag> {measure.text}
      </p>
      <ItemActions
        name={`measure “${measure.text}”`}
        first={first}
        last={last}
        onEdit={() => setEditing(true)}
        onUp={() => run(() => moveMeasure(session.doc, measure.id, -1))}
        onDown={() => run(() => moveMeasure(session.doc, measure.id, 1))}
        onRemove={() => run(() => removeMeasure(session.doc, measure.id))}
      />
      <ErrorMessage message={error} />
    </li>
  );
}

function AddMeasureForm({ session, outcome, measure, onDone }: { session: ProjectSession; outcome?: Outcome; measure?: Measure; onDone: () => void }) {
  const [kind, setKind] = useState<MeasureKind | ''>(measure?.kind ?? 'question');
  const [text, setText] = useState(measure?.text ?? '');
  const { error, run } = useCommand();
  return (
    <form
      class="plan-add"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const result = run(() =>
          measure ? updateMeasure(session.doc, measure.id, { kind: kind as MeasureKind, text }) : addMeasure(session.doc, outcome!.id, { kind: kind as MeasureKind, text }),
        );
        if (result.ok) onDone();
      }}
    >
      <SelectField label="Kind of measure" value={kind} options={KIND_OPTIONS} onChange={setKind} />
      <TextField
        label={kind === 'question' ? 'The question' : kind === 'count' ? 'What to count' : 'What to look out for'}
        value={text}
        onInput={setText}
        required
        maxLength={500}
        error={error}
        autoFocus
        hint={kind === 'question' ? 'A statement people agree or disagree with works well, such as “My views were listened to”.' : undefined}
      />
      <div class="row">
        <Button type="submit">{measure ? 'Save measure' : 'Add measure'}</Button>
        <Button onClick={onDone}>Cancel</Button>
      </div>
    </form>
  );
}

function ObjectiveRow(props: { session: ProjectSession; objective: Objective; tree: Tree; people: PersonChoice[]; first: boolean; last: boolean; ask: (c: Confirm) => void }) {
  const { session, objective, tree, people } = props;
  const [editing, setEditing] = useState(false);
  const { error, run } = useCommand();
  const activities = tree.activities.get(objective.id) ?? [];
  return (
    <li class="plan-item plan-objective">
      {editing ? (
        <InlineEdit label="Objective" initial={objective.title} maxLength={300} onSave={(title) => updateObjective(session.doc, objective.id, { title })} onDone={() => setEditing(false)} />
      ) : (
        <>
          <p class="plan-item-title">{objective.title}</p>
          <ItemActions
            name={`objective “${objective.title}”`}
            first={props.first}
            last={props.last}
            onEdit={() => setEditing(true)}
            onUp={() => run(() => moveObjective(session.doc, objective.id, -1))}
            onDown={() => run(() => moveObjective(session.doc, objective.id, 1))}
            onRemove={() => props.ask({ title: 'Remove this objective?', body: `“${objective.title}” and its activities will be removed from the plan.`, action: () => removeObjective(session.doc, objective.id) })}
          />
        </>
      )}
      <ErrorMessage message={error} />
      {activities.length > 0 && (
        <ol class="plan-list plan-activities" aria-label={`Activities for ${objective.title}`}>
          {activities.map((a, i) => (
            <ActivityRow key={a.id} session={session} activity={a} people={people} first={i === 0} last={i === activities.length - 1} />
          ))}
        </ol>
      )}
      <Disclosure label="Add an activity" ariaLabel={`Add an activity to “${objective.title}”`}>
        {(close) => <ActivityForm session={session} objective={objective} people={people} onDone={close} />}
      </Disclosure>
    </li>
  );
}

function ActivityRow({ session, activity, people, first, last }: { session: ProjectSession; activity: Activity; people: PersonChoice[]; first: boolean; last: boolean }) {
  const [editing, setEditing] = useState(false);
  const { error, run } = useCommand();
  const owner = activity.ownerId ? people.find((p) => p.id === activity.ownerId) : undefined;
  const overdue = !activity.done && activity.due && activity.due < todayIso();
  if (editing) return <li class="plan-item"><ActivityForm session={session} activity={activity} people={people} onDone={() => setEditing(false)} /></li>;
  return (
    <li class={`plan-item plan-activity${activity.done ? ' done' : ''}`}>
      <label class="choice">
        <input type="checkbox" checked={activity.done ?? false} onChange={(e) => run(() => updateActivity(session.doc, activity.id, { done: (e.currentTarget as HTMLInputElement).checked }))} />
        <span>
          <span class="visually-hidden">Done: </span>
          {activity.title}
        </span>
      </label>
      <p class="plan-item-detail">
        {owner ? `Owner: ${owner.name}` : activity.ownerId ? 'Owner: no longer in the project' : 'No owner yet'}
        {' · '}
        {activity.due ? `Due ${formatDate(activity.due)}` : 'No due date'}
        {overdue && (
          <>
            {' '}
            <Tag tone="bad">Overdue</Tag>
          </>
        )}
      </p>
      <ItemActions
        name={`activity “${activity.title}”`}
        first={first}
        last={last}
        onEdit={() => setEditing(true)}
        onUp={() => run(() => moveActivity(session.doc, activity.id, -1))}
        onDown={() => run(() => moveActivity(session.doc, activity.id, 1))}
        onRemove={() => run(() => removeActivity(session.doc, activity.id))}
      />
      <ErrorMessage message={error} />
    </li>
  );
}

function ActivityForm({ session, objective, activity, people, onDone }: { session: ProjectSession; objective?: Objective; activity?: Activity; people: PersonChoice[]; onDone: () => void }) {
  const [title, setTitle] = useState(activity?.title ?? '');
  const [ownerId, setOwnerId] = useState(activity?.ownerId ?? '');
  const [due, setDue] = useState(activity?.due ?? '');
  const { error, run } = useCommand();
  return (
    <form
      class="plan-add"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const result = run(() =>
          activity ? updateActivity(session.doc, activity.id, { title, ownerId, due }) : addActivity(session.doc, objective!.id, { title, ...(ownerId ? { ownerId } : {}), ...(due ? { due } : {}) }),
        );
        if (result.ok) onDone();
      }}
    >
      <TextField label="Activity" value={title} onInput={setTitle} required maxLength={300} autoFocus />
      <div class="plan-field-row">
        <SelectField
          label="Owner"
          optional
          emptyLabel={people.length ? 'No owner yet' : 'No members yet: add them in Team'}
          value={ownerId}
          options={people.map((p) => ({ value: p.id, label: p.name }))}
          onChange={setOwnerId}
        />
        <TextField label="Due date" type="date" value={due} onInput={setDue} />
      </div>
      <ErrorMessage message={error} />
      <div class="row">
        <Button type="submit">{activity ? 'Save activity' : 'Add activity'}</Button>
        <Button onClick={onDone}>Cancel</Button>
      </div>
    </form>
  );
}
