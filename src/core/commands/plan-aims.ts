import { plural, t } from '@lingui/core/macro';
import type * as Y from 'yjs';
import { personType } from '../domain/person';
import { activityType, type Activity } from '../domain/plan/activity';
import { aimType, type Aim } from '../domain/plan/aim';
import { measureType, type FigureSource, type Measure, type MeasureKind } from '../domain/plan/measure';
import { objectiveType, type Objective } from '../domain/plan/objective';
import { outcomeType, type Outcome } from '../domain/plan/outcome';
import type { BaseRecord, RecordType } from '../domain/record-type';
import { todayIso } from '../ids';
import { isRealDate } from '../format/calendar';
import { byOrder, moveWithin, nextOrder, type Ordered } from '../plan/ordering';
import { starterOutcome } from '../plan/starter-outcomes';
import { fail, ok, type Result } from '../result';
import { archiveRecord, insertRecord, transact, updateRecord } from './records';
import { readAll, readRecord } from '../read/records';

/*
 * The plan's chain: aims → outcomes (each with measures) → objectives → activities.
 * Every level keeps an `order` the group sets with "Move up" and "Move down".
 * Removing something archives it with everything under it, so nothing is left dangling.
 */

const LIMIT = 200;

type OrderedRecord = BaseRecord & Ordered;

function live<T extends OrderedRecord>(doc: Y.Doc, type: RecordType, belongs: (r: T) => boolean): T[] {
  return byOrder((readAll(doc, type) as T[]).filter((r) => !r.archived && belongs(r)));
}

function liveParent(doc: Y.Doc, type: RecordType, id: string): BaseRecord | undefined {
  const parent = readRecord(doc, type, id);
  return parent && !parent.archived ? parent : undefined;
}

function move<T extends OrderedRecord>(doc: Y.Doc, type: RecordType, id: string, direction: -1 | 1, sameParent: (a: T, b: T) => boolean): Result<void> {
  const item = readRecord(doc, type, id) as T | undefined;
  const noun = type.noun;
  if (!item || item.archived) return fail(t`That ${noun} is no longer here.`);
  const changes = moveWithin(
    live<T>(doc, type, (r) => sameParent(r, item)),
    id,
    direction,
  );
  transact(doc, () => {
    for (const change of changes) updateRecord(doc, type, change.id, { order: change.order } as never);
  });
  return ok(undefined);
}

// Aims

export function addAim(doc: Y.Doc, input: { title: string; detail?: string }): Result<Aim> {
  const aims = live<Aim>(doc, aimType, () => true);
  if (aims.length >= 20) return fail(t`A plan can have up to 20 aims. Most groups have one or two.`);
  return insertRecord(doc, aimType, { ...input, order: nextOrder(aims) });
}

export function updateAim(doc: Y.Doc, id: string, input: { title?: string; detail?: string }): Result<Aim> {
  return updateRecord(doc, aimType, id, input);
}

export function moveAim(doc: Y.Doc, id: string, direction: -1 | 1): Result<void> {
  return move<Aim>(doc, aimType, id, direction, () => true);
}

export function removeAim(doc: Y.Doc, id: string): Result<void> {
  if (!liveParent(doc, aimType, id)) return fail(t`That aim is no longer here.`);
  transact(doc, () => {
    for (const outcome of live<Outcome>(doc, outcomeType, (o) => o.aimId === id)) removeOutcome(doc, outcome.id);
    archiveRecord(doc, aimType, id);
  });
  return ok(undefined);
}

// Outcomes and their measures

export function addOutcome(doc: Y.Doc, aimId: string, input: { title: string; starter?: string }): Result<Outcome> {
  if (!liveParent(doc, aimType, aimId)) return fail(t`That aim is no longer here, so the outcome cannot be added to it.`);
  const siblings = live<Outcome>(doc, outcomeType, (o) => o.aimId === aimId);
  if (siblings.length >= LIMIT) return fail(plural(LIMIT, { one: 'An aim can have up to # outcome.', other: 'An aim can have up to # outcomes.' }));
  return insertRecord(doc, outcomeType, { aimId, ...input, order: nextOrder(siblings) });
}

/** Adds one of the starter outcomes with its suggested measures, for the group to adapt. */
export function addStarterOutcome(doc: Y.Doc, aimId: string, key: string): Result<{ outcome: Outcome; measures: Measure[] }> {
  const starter = starterOutcome(key);
  if (!starter) return fail(t`That starter outcome is not known.`);
  if (live<Outcome>(doc, outcomeType, (o) => o.aimId === aimId && o.starter === key).length) {
    const label = starter.label;
    return fail(t`“${label}” is already under this aim.`);
  }
  return transact(doc, () => {
    const outcome = addOutcome(doc, aimId, { title: starter.title, starter: key });
    if (!outcome.ok) return outcome;
    const measures: Measure[] = [];
    for (const m of starter.measures) {
      const added = addMeasure(doc, outcome.value.id, { kind: m.kind, text: m.text, ...(m.source ? { source: m.source } : {}) });
      if (added.ok) measures.push(added.value);
    }
    for (const title of starter.objectives) addObjective(doc, outcome.value.id, { title });
    return ok({ outcome: outcome.value, measures });
  });
}

export function updateOutcome(doc: Y.Doc, id: string, input: { title?: string }): Result<Outcome> {
  return updateRecord(doc, outcomeType, id, input);
}

export function moveOutcome(doc: Y.Doc, id: string, direction: -1 | 1): Result<void> {
  return move<Outcome>(doc, outcomeType, id, direction, (a, b) => a.aimId === b.aimId);
}

export function removeOutcome(doc: Y.Doc, id: string): Result<void> {
  if (!liveParent(doc, outcomeType, id)) return fail(t`That outcome is no longer here.`);
  transact(doc, () => {
    for (const measure of live<Measure>(doc, measureType, (m) => m.outcomeId === id)) archiveRecord(doc, measureType, measure.id);
    for (const objective of live<Objective>(doc, objectiveType, (o) => o.outcomeId === id)) removeObjective(doc, objective.id);
    archiveRecord(doc, outcomeType, id);
  });
  return ok(undefined);
}

export function addMeasure(doc: Y.Doc, outcomeId: string, input: { kind: MeasureKind; text: string; source?: FigureSource }): Result<Measure> {
  if (!liveParent(doc, outcomeType, outcomeId)) return fail(t`That outcome is no longer here, so the measure cannot be added to it.`);
  const siblings = live<Measure>(doc, measureType, (m) => m.outcomeId === outcomeId);
  if (siblings.length >= LIMIT) return fail(plural(LIMIT, { one: 'An outcome can have up to # measure.', other: 'An outcome can have up to # measures.' }));
  return insertRecord(doc, measureType, { outcomeId, ...input, order: nextOrder(siblings) });
}

export function updateMeasure(doc: Y.Doc, id: string, input: { kind?: MeasureKind; text?: string }): Result<Measure> {
  return updateRecord(doc, measureType, id, input);
}

export function moveMeasure(doc: Y.Doc, id: string, direction: -1 | 1): Result<void> {
  return move<Measure>(doc, measureType, id, direction, (a, b) => a.outcomeId === b.outcomeId);
}

export function removeMeasure(doc: Y.Doc, id: string): Result<void> {
  return archiveRecord(doc, measureType, id);
}

// Objectives and activities

export function addObjective(doc: Y.Doc, outcomeId: string, input: { title: string }): Result<Objective> {
  if (!liveParent(doc, outcomeType, outcomeId)) return fail(t`That outcome is no longer here, so the objective cannot be added to it.`);
  const siblings = live<Objective>(doc, objectiveType, (o) => o.outcomeId === outcomeId);
  if (siblings.length >= LIMIT) return fail(plural(LIMIT, { one: 'An outcome can have up to # objective.', other: 'An outcome can have up to # objectives.' }));
  return insertRecord(doc, objectiveType, { outcomeId, ...input, order: nextOrder(siblings) });
}

export function updateObjective(doc: Y.Doc, id: string, input: { title?: string }): Result<Objective> {
  return updateRecord(doc, objectiveType, id, input);
}

export function moveObjective(doc: Y.Doc, id: string, direction: -1 | 1): Result<void> {
  return move<Objective>(doc, objectiveType, id, direction, (a, b) => a.outcomeId === b.outcomeId);
}

export function removeObjective(doc: Y.Doc, id: string): Result<void> {
  if (!liveParent(doc, objectiveType, id)) return fail(t`That objective is no longer here.`);
  transact(doc, () => {
    for (const activity of live<Activity>(doc, activityType, (a) => a.objectiveId === id)) archiveRecord(doc, activityType, activity.id);
    archiveRecord(doc, objectiveType, id);
  });
  return ok(undefined);
}

export interface ActivityInput {
  title: string;
  ownerId?: string;
  due?: string;
}

function checkActivity(doc: Y.Doc, input: Partial<ActivityInput>, previousDue: string | undefined, today: string): Result<void> {
  if (input.ownerId) {
    const owner = readRecord(doc, personType, input.ownerId);
    if (!owner || owner.archived) return fail(t`That person is no longer in the project. Choose another owner.`);
  }
  if (input.due && !isRealDate(input.due)) return ok(undefined); // the schema explains it
  if (input.due && input.due !== previousDue && input.due < today) return fail(t`That due date has already passed. Choose today or a later date.`);
  return ok(undefined);
}

export function addActivity(doc: Y.Doc, objectiveId: string, input: ActivityInput, today = todayIso()): Result<Activity> {
  if (!liveParent(doc, objectiveType, objectiveId)) return fail(t`That objective is no longer here, so the activity cannot be added to it.`);
  const checked = checkActivity(doc, input, undefined, today);
  if (!checked.ok) return checked;
  const siblings = live<Activity>(doc, activityType, (a) => a.objectiveId === objectiveId);
  if (siblings.length >= LIMIT)
    return fail(plural(LIMIT, { one: 'An objective can have up to # activity.', other: 'An objective can have up to # activities.' }));
  return insertRecord(doc, activityType, {
    objectiveId,
    title: input.title,
    ...(input.ownerId ? { ownerId: input.ownerId } : {}),
    ...(input.due ? { due: input.due } : {}),
    order: nextOrder(siblings),
  });
}

/** Changes an activity; an empty owner or due date clears it. */
export function updateActivity(doc: Y.Doc, id: string, input: Partial<ActivityInput> & { done?: boolean }, today = todayIso()): Result<Activity> {
  const current = readRecord(doc, activityType, id);
  if (!current) return fail(t`That activity is no longer here.`);
  const checked = checkActivity(doc, input, current.due, today);
  if (!checked.ok) return checked;
  const patch: Partial<Activity> = {};
  if (input.title !== undefined) patch.title = input.title;
  if (input.ownerId !== undefined) patch.ownerId = input.ownerId || undefined;
  if (input.due !== undefined) patch.due = input.due || undefined;
  if (input.done !== undefined) patch.done = input.done || undefined;
  return updateRecord(doc, activityType, id, patch);
}

export function moveActivity(doc: Y.Doc, id: string, direction: -1 | 1): Result<void> {
  return move<Activity>(doc, activityType, id, direction, (a, b) => a.objectiveId === b.objectiveId);
}

export function removeActivity(doc: Y.Doc, id: string): Result<void> {
  return archiveRecord(doc, activityType, id);
}
