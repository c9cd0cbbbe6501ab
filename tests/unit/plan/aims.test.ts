import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
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
} from '../../../src/core/commands/plan-aims';
import { insertRecord } from '../../../src/core/commands/records';
import { createProjectDoc } from '../../../src/core/doc/project-doc';
import { personType } from '../../../src/core/domain/person';
import { activityType } from '../../../src/core/domain/plan/activity';
import { aimType } from '../../../src/core/domain/plan/aim';
import { measureType } from '../../../src/core/domain/plan/measure';
import { objectiveType } from '../../../src/core/domain/plan/objective';
import { outcomeType } from '../../../src/core/domain/plan/outcome';
import { byOrder, moveWithin } from '../../../src/core/plan/ordering';
import { STARTER_OUTCOMES } from '../../../src/core/plan/starter-outcomes';
import { readAll, readRecord } from '../../../src/core/read/records';

const TODAY = '2026-03-02';

function must<T>(result: { ok: true; value: T } | { ok: false; message: string }): T {
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

function liveTitles(doc: Y.Doc, type: typeof outcomeType | typeof aimType, filter: (r: { aimId?: string }) => boolean = () => true) {
  return byOrder(readAll(doc, type).filter((r) => !r.archived && filter(r as { aimId?: string }))).map((r) => r.title);
}

describe('aims, outcomes, objectives and activities', () => {
  it('links an aim to its outcomes, an outcome to its measures and objectives, and an objective to its activities', () => {
    const doc = createProjectDoc('aims-1');
    const person = must(insertRecord(doc, personType, { name: 'Sam Okafor', role: 'carer', status: 'active' }));
    const aim = must(addAim(doc, { title: 'Carers and the council redesign respite support together' }));
    const outcome = must(addOutcome(doc, aim.id, { title: 'Carers shape the new respite service' }));
    const measure = must(addMeasure(doc, outcome.id, { kind: 'question', text: 'I was able to shape the new service.' }));
    const objective = must(addObjective(doc, outcome.id, { title: 'Set up the co-production group' }));
    const activity = must(addActivity(doc, objective.id, { title: 'Book the village hall', ownerId: person.id, due: '2026-03-20' }, TODAY));
    expect(measure.outcomeId).toBe(outcome.id);
    expect(objective.outcomeId).toBe(outcome.id);
    expect(activity).toMatchObject({ objectiveId: objective.id, ownerId: person.id, due: '2026-03-20' });
    expect(outcome.aimId).toBe(aim.id);
    expect(activityType.personRefs).toEqual(['ownerId']);
  });

  it('adds a starter outcome with its suggested measures, which the group can then reword', () => {
    const doc = createProjectDoc('aims-2');
    const aim = must(addAim(doc, { title: 'Better respite' }));
    const added = must(addStarterOutcome(doc, aim.id, 'influence'));
    const starter = STARTER_OUTCOMES.find((s) => s.key === 'influence')!;
    expect(added.outcome.title).toBe(starter.title);
    expect(added.measures.map((m) => m.kind)).toEqual(starter.measures.map((m) => m.kind));
    expect(new Set(added.measures.map((m) => m.id)).size).toBe(added.measures.length);
    expect(addStarterOutcome(doc, aim.id, 'influence')).toEqual({ ok: false, message: '“Influence over decisions” is already under this aim.' });
    const reworded = must(updateMeasure(doc, added.measures[0]!.id, { text: 'I have a real say in this group.' }));
    // The measure keeps its id, so a questionnaire question linked to it stays linked.
    expect(reworded.id).toBe(added.measures[0]!.id);
    expect(must(updateOutcome(doc, added.outcome.id, { title: 'Carers have a real say' })).starter).toBe('influence');
  });

  it('has all five starter outcomes, each with at least one measure', () => {
    expect(STARTER_OUTCOMES.map((s) => s.key)).toEqual(['influence', 'engagement', 'skills', 'confidence', 'better-services']);
    for (const s of STARTER_OUTCOMES) expect(s.measures.length).toBeGreaterThan(0);
  });

  it('reorders outcomes with move up and move down, only among the same aim', () => {
    const doc = createProjectDoc('aims-3');
    const aim = must(addAim(doc, { title: 'Aim one' }));
    const other = must(addAim(doc, { title: 'Aim two' }));
    const [a, b, c] = ['A', 'B', 'C'].map((title) => must(addOutcome(doc, aim.id, { title })));
    must(addOutcome(doc, other.id, { title: 'Elsewhere' }));
    must(moveOutcome(doc, c!.id, -1));
    expect(liveTitles(doc, outcomeType, (r) => r.aimId === aim.id)).toEqual(['A', 'C', 'B']);
    must(moveOutcome(doc, a!.id, 1));
    expect(liveTitles(doc, outcomeType, (r) => r.aimId === aim.id)).toEqual(['C', 'A', 'B']);
    // At the top already: nothing changes.
    must(moveOutcome(doc, c!.id, -1));
    expect(liveTitles(doc, outcomeType, (r) => r.aimId === aim.id)).toEqual(['C', 'A', 'B']);
    expect(liveTitles(doc, outcomeType, (r) => r.aimId === other.id)).toEqual(['Elsewhere']);
    void b;
    must(moveAim(doc, other.id, -1));
    expect(liveTitles(doc, aimType)).toEqual(['Aim two', 'Aim one']);
  });

  it('reorders measures and activities within their own parent', () => {
    const doc = createProjectDoc('aims-4');
    const aim = must(addAim(doc, { title: 'Aim' }));
    const outcome = must(addOutcome(doc, aim.id, { title: 'Outcome' }));
    const m1 = must(addMeasure(doc, outcome.id, { kind: 'count', text: 'One' }));
    must(addMeasure(doc, outcome.id, { kind: 'observation', text: 'Two' }));
    must(moveMeasure(doc, m1.id, 1));
    expect(byOrder(readAll(doc, measureType)).map((m) => m.text)).toEqual(['Two', 'One']);
    const objective = must(addObjective(doc, outcome.id, { title: 'Objective' }));
    const first = must(addActivity(doc, objective.id, { title: 'First' }, TODAY));
    must(addActivity(doc, objective.id, { title: 'Second' }, TODAY));
    must(moveActivity(doc, first.id, 1));
    expect(byOrder(readAll(doc, activityType)).map((a) => a.title)).toEqual(['Second', 'First']);
  });

  it('settles ties left by two devices adding at the same moment, then moves cleanly', () => {
    const items = [
      { id: 'x', order: 0, createdAt: '2026-01-01T10:00:00Z' },
      { id: 'y', order: 1, createdAt: '2026-01-01T10:00:01Z' },
      { id: 'z', order: 1, createdAt: '2026-01-01T10:00:00Z' },
    ];
    expect(byOrder(items).map((i) => i.id)).toEqual(['x', 'z', 'y']);
    // y already has order 1, so only z needs a new number.
    expect(moveWithin(items, 'y', -1)).toEqual([{ id: 'z', order: 2 }]);
    expect(moveWithin(items, 'x', -1)).toEqual([]);
  });

  it('removing an aim puts away everything under it, and nothing can be added to it afterwards', () => {
    const doc = createProjectDoc('aims-5');
    const aim = must(addAim(doc, { title: 'Aim' }));
    const outcome = must(addOutcome(doc, aim.id, { title: 'Outcome' }));
    const measure = must(addMeasure(doc, outcome.id, { kind: 'count', text: 'Count' }));
    const objective = must(addObjective(doc, outcome.id, { title: 'Objective' }));
    const activity = must(addActivity(doc, objective.id, { title: 'Activity' }, TODAY));
    must(removeAim(doc, aim.id));
    for (const [type, id] of [
      [aimType, aim.id],
      [outcomeType, outcome.id],
      [measureType, measure.id],
      [objectiveType, objective.id],
      [activityType, activity.id],
    ] as const) {
      expect(readRecord(doc, type, id)?.archived).toBe(true);
    }
    expect(addOutcome(doc, aim.id, { title: 'Late' })).toEqual({ ok: false, message: 'That aim is no longer here, so the outcome cannot be added to it.' });
    expect(removeOutcome(doc, outcome.id).ok).toBe(false);
  });

  it('gives clear messages for empty or enormous titles, unknown owners and past due dates', () => {
    const doc = createProjectDoc('aims-6');
    expect(addAim(doc, { title: '  ' })).toEqual({ ok: false, message: 'Aim cannot be empty.' });
    const huge = addAim(doc, { title: 'a'.repeat(100_000) });
    expect(huge.ok ? '' : huge.message).toBe('Aim is too long: keep it to 300 characters or fewer.');
    const aim = must(addAim(doc, { title: '<b>Better</b>\u00a0respite\r\nfor carers\u200b' }));
    expect(aim.title).toBe('<b>Better</b> respite for carers');
    const outcome = must(addOutcome(doc, aim.id, { title: 'Outcome' }));
    expect(addMeasure(doc, outcome.id, { kind: 'poll' as never, text: 'x' })).toEqual({ ok: false, message: 'Choose a question, a count or an observation.' });
    const objective = must(addObjective(doc, outcome.id, { title: 'Objective' }));
    expect(addActivity(doc, objective.id, { title: 'Call people', ownerId: 'nobody' }, TODAY)).toEqual({
      ok: false,
      message: 'That person is no longer in the project. Choose another owner.',
    });
    expect(addActivity(doc, objective.id, { title: 'Call people', due: '2026-01-01' }, TODAY)).toEqual({
      ok: false,
      message: 'That due date has already passed. Choose today or a later date.',
    });
    expect(addActivity(doc, objective.id, { title: 'Call people', due: '2026-02-30' }, TODAY)).toEqual({ ok: false, message: 'Due date is not a real date.' });
    expect(readAll(doc, activityType)).toHaveLength(0);
  });

  it('changes an activity’s owner, due date and done state, and clears them again', () => {
    const doc = createProjectDoc('aims-7');
    const person = must(insertRecord(doc, personType, { name: 'مريم 🌻', role: 'lived-experience', status: 'active' }));
    const aim = must(addAim(doc, { title: 'Aim' }));
    const objective = must(addObjective(doc, must(addOutcome(doc, aim.id, { title: 'O' })).id, { title: 'Obj' }));
    const activity = must(addActivity(doc, objective.id, { title: 'Write the flyer' }, TODAY));
    expect(must(updateActivity(doc, activity.id, { ownerId: person.id, due: '2026-04-01', done: true }, TODAY))).toMatchObject({ ownerId: person.id, due: '2026-04-01', done: true });
    // A due date already set may stay even once it has passed.
    expect(updateActivity(doc, activity.id, { title: 'Write and print the flyer', due: '2026-04-01' }, '2026-05-01').ok).toBe(true);
    const cleared = must(updateActivity(doc, activity.id, { ownerId: '', due: '', done: false }, TODAY));
    expect(cleared.ownerId).toBeUndefined();
    expect(cleared.due).toBeUndefined();
    expect(cleared.done).toBeUndefined();
  });
});

describe('changing and removing single steps of the plan', () => {
  it('rewords an aim and an objective, reorders objectives, and removes a measure, an activity or an objective on its own', () => {
    const doc = createProjectDoc('aims-8');
    const aim = must(addAim(doc, { title: 'First words' }));
    expect(must(updateAim(doc, aim.id, { title: 'Better words' })).title).toBe('Better words');
    const outcome = must(addOutcome(doc, aim.id, { title: 'Outcome' }));
    const keep = must(addMeasure(doc, outcome.id, { kind: 'count', text: 'Keep' }));
    const drop = must(addMeasure(doc, outcome.id, { kind: 'count', text: 'Drop' }));
    must(removeMeasure(doc, drop.id));
    expect(readAll(doc, measureType).filter((m) => !m.archived).map((m) => m.id)).toEqual([keep.id]);
    const first = must(addObjective(doc, outcome.id, { title: 'First' }));
    const second = must(addObjective(doc, outcome.id, { title: 'Second' }));
    expect(must(updateObjective(doc, first.id, { title: 'First, reworded' })).title).toBe('First, reworded');
    must(moveObjective(doc, second.id, -1));
    expect(byOrder(readAll(doc, objectiveType)).map((o) => o.title)).toEqual(['Second', 'First, reworded']);
    const activity = must(addActivity(doc, first.id, { title: 'Call the hall' }, TODAY));
    must(removeActivity(doc, activity.id));
    expect(readRecord(doc, activityType, activity.id)?.archived).toBe(true);
    const other = must(addActivity(doc, second.id, { title: 'Print flyers' }, TODAY));
    must(removeObjective(doc, second.id));
    expect(readRecord(doc, activityType, other.id)?.archived).toBe(true);
    expect(readRecord(doc, objectiveType, first.id)?.archived).toBeUndefined();
    expect(addActivity(doc, second.id, { title: 'Too late' }, TODAY)).toEqual({ ok: false, message: 'That objective is no longer here, so the activity cannot be added to it.' });
  });
});
