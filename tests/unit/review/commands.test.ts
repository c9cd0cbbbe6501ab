import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { initialiseProject } from '../../../src/core/commands/project';
import { readAll, readRecord } from '../../../src/core/read/records';
import { addEvidenceNote, setOutcomeStatus } from '../../../src/core/commands/review-evidence';
import { addNextStep, startLearningReview, turnNextStepIntoAction, updateLearningReview } from '../../../src/core/commands/review-learning';
import { addYouSaidWeDid, updateYouSaidWeDid } from '../../../src/core/commands/review-you-said';
import { collectionMap, createProjectDoc } from '../../../src/core/doc/project-doc';
import { learningReviewType } from '../../../src/core/domain/review/learning-review';
import { nextStepType } from '../../../src/core/domain/review/next-step';
import { outcomeStatusType } from '../../../src/core/domain/review/outcome-evidence';
import { fail, ok } from '../../../src/core/result';

function project(id = 'p-review') {
  const doc = createProjectDoc(id);
  initialiseProject(doc, { name: 'Review group' });
  return doc;
}

describe('learning reviews', () => {
  it('keeps the group’s words as text that merges when two facilitators type at once', () => {
    const a = project();
    const review = startLearningReview(a, { title: 'End of planning', scope: 'phase', heldOn: '2026-04-01', periodFrom: '2026-01-01', periodTo: '2026-03-31' });
    if (!review.ok) throw new Error(review.message);
    updateLearningReview(a, review.value.id, { learnt: 'Carers know best.' });
    const b = createProjectDoc('p-review');
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    updateLearningReview(a, review.value.id, { learnt: 'Carers know best. Listen first.' });
    updateLearningReview(b, review.value.id, { learnt: 'Honestly: Carers know best.' });
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(readRecord(a, learningReviewType, review.value.id)!.learnt).toBe('Honestly: Carers know best. Listen first.');
    expect(readRecord(b, learningReviewType, review.value.id)!.learnt).toBe('Honestly: Carers know best. Listen first.');
    expect(collectionMap(a, 'learningReviews').get(review.value.id)!.get('learnt')).toBeInstanceOf(Y.Text);
  });

  it('refuses a review with no name, or a period that ends before it starts', () => {
    const doc = project();
    expect(startLearningReview(doc, { title: '  ', scope: 'phase', heldOn: '2026-04-01' })).toEqual(fail('Review title cannot be empty.'));
    expect(startLearningReview(doc, { title: 'Oops', scope: 'phase', heldOn: '2026-04-01', periodFrom: '2026-03-01', periodTo: '2026-02-01' })).toEqual(
      fail('The period must end on or after the day it starts.'),
    );
    expect(readAll(doc, learningReviewType)).toEqual([]);
  });

  it('keeps next steps added on two devices offline, and turns one into an action only once', () => {
    const a = project();
    const review = startLearningReview(a, { title: 'Review', scope: 'project', heldOn: '2026-04-01' });
    if (!review.ok) throw new Error(review.message);
    const b = createProjectDoc('p-review');
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const step = addNextStep(a, review.value.id, 'Write the easy-read summary');
    addNextStep(b, review.value.id, 'Invite the commissioner');
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    expect(readAll(a, nextStepType).map((s) => s.text).sort()).toEqual(['Invite the commissioner', 'Write the easy-read summary']);
    expect(addNextStep(a, 'no-such-review', 'x')).toEqual(fail('That learning review is no longer here.'));

    if (!step.ok) throw new Error(step.message);
    const made: string[] = [];
    const createAction = (text: string) => (made.push(text), ok('action-1'));
    expect(turnNextStepIntoAction(a, step.value.id, createAction)).toMatchObject({ ok: true, value: { actionId: 'action-1' } });
    expect(turnNextStepIntoAction(a, step.value.id, createAction)).toEqual(fail('This next step is already an action.'));
    expect(made).toEqual(['Write the easy-read summary']);
    const another = addNextStep(a, review.value.id, 'Another');
    if (!another.ok) throw new Error(another.message);
    expect(turnNextStepIntoAction(a, another.value.id, () => fail('Actions cannot be added right now.'))).toEqual(fail('Actions cannot be added right now.'));
    expect(readRecord(a, nextStepType, another.value.id)!.actionId).toBeUndefined();
  });
});

describe('"you said, we did"', () => {
  it('records what was raised and what changed, with plain messages for what is missing', () => {
    const doc = project();
    expect(addYouSaidWeDid(doc, { raisedKind: 'feedback-theme', youSaid: '', weDid: 'Moved rooms', changedOn: '2026-02-01' })).toEqual(fail('What members said cannot be empty.'));
    expect(addYouSaidWeDid(doc, { raisedKind: 'note', youSaid: 'Too cold', weDid: 'Moved rooms', raisedOn: '2026-03-01', changedOn: '2026-02-01' })).toEqual(
      fail('The change cannot come before the date it was raised.'),
    );
    const entry = addYouSaidWeDid(doc, { raisedKind: 'reflection', youSaid: 'The room is cold', weDid: 'We moved to the library', changedOn: '2026-02-01', raisedOn: '2026-01-20' });
    expect(entry.ok).toBe(true);
    if (!entry.ok) return;
    const cleared = updateYouSaidWeDid(doc, entry.value.id, { raisedOn: undefined });
    expect(cleared.ok && cleared.value.raisedOn).toBeUndefined();
  });
});

describe('outcome status', () => {
  it('has one status per outcome, even when two devices set it offline', () => {
    const a = project();
    const b = createProjectDoc('p-review');
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    setOutcomeStatus(a, 'outcome-1', { status: 'some-progress', agreedOn: '2026-03-01' });
    setOutcomeStatus(b, 'outcome-1', { status: 'good-progress', agreedOn: '2026-03-02' });
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const statuses = readAll(a, outcomeStatusType);
    expect(statuses).toHaveLength(1);
    expect(readAll(b, outcomeStatusType)).toEqual(statuses);
    expect(setOutcomeStatus(a, 'outcome-1', { status: 'achieved' })).toMatchObject({ ok: true, value: { status: 'achieved' } });
    expect(setOutcomeStatus(a, 'outcome-1', { status: 'brilliant' as never })).toEqual(fail('Choose a status from the list.'));
  });

  it('refuses an empty evidence note', () => {
    const doc = project();
    expect(addEvidenceNote(doc, { outcomeId: 'o', text: '   ', notedOn: '2026-01-01' })).toEqual(fail('Evidence note cannot be empty.'));
  });
});
