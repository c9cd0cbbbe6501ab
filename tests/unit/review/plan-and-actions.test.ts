import { describe, expect, it } from 'vitest';
import { scheduleMeeting, setMeetingCancelled } from '../../../src/core/commands/meeting-day-meetings';
import { archiveRecord, insertRecord } from '../../../src/core/commands/records';
import { addNextStep, startLearningReview, turnNextStepIntoAction } from '../../../src/core/commands/review-learning';
import { initialiseProject } from '../../../src/core/commands/project';
import { createProjectDoc } from '../../../src/core/doc/project-doc';
import { meetingType } from '../../../src/core/domain/meeting';
import { actionType } from '../../../src/core/domain/meeting-day/action';
import { personType } from '../../../src/core/domain/person';
import { aimType } from '../../../src/core/domain/plan/aim';
import { measureType } from '../../../src/core/domain/plan/measure';
import { outcomeType } from '../../../src/core/domain/plan/outcome';
import { nextStepType } from '../../../src/core/domain/review/next-step';
import { defaultActionMeeting } from '../../../src/core/review/action-meeting';
import { readOutcomes } from '../../../src/core/review/outcomes';
import { createActionFromStep } from '../../../src/features/review/next-step-actions';
import { readAll, readRecord } from '../../../src/core/read/records';

function ok<T>(result: { ok: true; value: T } | { ok: false; message: string }): T {
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

describe('outcomes for the evidence screen come from the plan', () => {
  it('lists outcomes aim by aim in the plan’s order, each with its measures, leaving out what was removed', () => {
    const doc = createProjectDoc('p-outcomes');
    initialiseProject(doc, { name: 'Plan' });
    insertRecord(doc, aimType, { id: 'aim-b', title: 'Second aim', order: 1 });
    insertRecord(doc, aimType, { id: 'aim-a', title: 'First aim', order: 0 });
    insertRecord(doc, aimType, { id: 'aim-gone', title: 'Dropped aim', order: 2 });
    insertRecord(doc, outcomeType, { id: 'o-b1', aimId: 'aim-b', title: 'B one', order: 0 });
    insertRecord(doc, outcomeType, { id: 'o-a2', aimId: 'aim-a', title: 'A two', order: 1 });
    insertRecord(doc, outcomeType, { id: 'o-a1', aimId: 'aim-a', title: 'A one', order: 0 });
    insertRecord(doc, outcomeType, { id: 'o-a3', aimId: 'aim-a', title: 'A removed', order: 2 });
    insertRecord(doc, outcomeType, { id: 'o-gone', aimId: 'aim-gone', title: 'Under a dropped aim', order: 0 });
    insertRecord(doc, measureType, { id: 'm2', outcomeId: 'o-a1', kind: 'count', text: 'Second measure', order: 1 });
    insertRecord(doc, measureType, { id: 'm1', outcomeId: 'o-a1', kind: 'question', text: 'First measure', order: 0 });
    insertRecord(doc, measureType, { id: 'm3', outcomeId: 'o-a1', kind: 'observation', text: 'Removed measure', order: 2 });
    archiveRecord(doc, aimType, 'aim-gone');
    archiveRecord(doc, outcomeType, 'o-a3');
    archiveRecord(doc, measureType, 'm3');

    expect(readOutcomes(doc)).toEqual([
      { id: 'o-a1', title: 'A one', measures: [{ id: 'm1', title: 'First measure' }, { id: 'm2', title: 'Second measure' }] },
      { id: 'o-a2', title: 'A two', measures: [] },
      { id: 'o-b1', title: 'B one', measures: [] },
    ]);
  });
});

describe('a next step from a learning review becomes an action at a meeting', () => {
  const doc = createProjectDoc('p-actions');
  initialiseProject(doc, { name: 'Actions' });
  const past = ok(scheduleMeeting(doc, { title: 'March meeting', date: '2026-03-03', startTime: '10:00', endTime: '12:00' }));
  const cancelled = ok(scheduleMeeting(doc, { title: 'April meeting', date: '2026-04-07', startTime: '10:00', endTime: '12:00' }));
  const next = ok(scheduleMeeting(doc, { title: 'May meeting', date: '2026-05-05', startTime: '10:00', endTime: '12:00' }));
  ok(setMeetingCancelled(doc, cancelled.id, true));
  const owner = ok(insertRecord(doc, personType, { name: 'Dee Owner', role: 'carer', status: 'active' }));
  const review = ok(startLearningReview(doc, { title: 'Spring review', scope: 'phase', heldOn: '2026-04-01' }));

  it('files it under the next meeting that is not cancelled, or the latest one when none is planned', () => {
    const meetings = readAll(doc, meetingType);
    expect(defaultActionMeeting(meetings, '2026-04-01')?.id).toBe(next.id);
    expect(defaultActionMeeting(meetings, '2026-03-03')?.id).toBe(past.id);
    expect(defaultActionMeeting(meetings, '2026-06-01')?.id).toBe(next.id);
    expect(defaultActionMeeting([], '2026-06-01')).toBeUndefined();
  });

  it('creates the action with the meetings part’s own command, and marks the step so it is not added twice', () => {
    const step = ok(addNextStep(doc, review.id, 'Send the easy-read summary'));
    const made = ok(turnNextStepIntoAction(doc, step.id, (text) => createActionFromStep(doc, text, { meetingId: next.id, ownerPersonId: owner.id, due: '2026-05-01' })));
    const action = readRecord(doc, actionType, made.actionId!)!;
    expect(action).toMatchObject({ meetingId: next.id, what: 'Send the easy-read summary', ownerPersonId: owner.id, due: '2026-05-01', done: false });
    const again = turnNextStepIntoAction(doc, step.id, (text) => createActionFromStep(doc, text, { meetingId: next.id, ownerPersonId: owner.id }));
    expect(again).toEqual({ ok: false, message: 'This next step is already an action.' });
    expect(readAll(doc, actionType)).toHaveLength(1);
  });

  it('says plainly what is wrong, and changes nothing, when no owner is chosen or the meeting is gone', () => {
    const step = ok(addNextStep(doc, review.id, 'Book the library'));
    const noOwner = turnNextStepIntoAction(doc, step.id, (text) => createActionFromStep(doc, text, { meetingId: next.id, ownerPersonId: '' }));
    expect(noOwner).toEqual({ ok: false, message: 'Choose who will do this.' });
    const noMeeting = turnNextStepIntoAction(doc, step.id, (text) => createActionFromStep(doc, text, { meetingId: 'meeting-nowhere', ownerPersonId: owner.id }));
    expect(noMeeting).toEqual({ ok: false, message: 'That meeting is no longer here.' });
    expect(readRecord(doc, nextStepType, step.id)?.actionId).toBeUndefined();
    expect(readAll(doc, actionType)).toHaveLength(1);
  });
});
