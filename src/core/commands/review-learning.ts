import type * as Y from 'yjs';
import { getRecordMap } from '../doc/project-doc';
import { learningReviewType, type LearningReview, type ReviewPromptField, type ReviewScope } from '../domain/review/learning-review';
import { nextStepType, type NextStep } from '../domain/review/next-step';
import { fail, type Result } from '../result';
import { archiveRecord, insertRecord, updateRecord } from './records';
import { readRecord } from '../read/records';

export interface NewLearningReview {
  title: string;
  scope: ReviewScope;
  heldOn: string;
  periodFrom?: string;
  periodTo?: string;
  meetingId?: string;
}

/** Starts a learning review with empty prompts, ready for the group's words. */
export function startLearningReview(doc: Y.Doc, input: NewLearningReview): Result<LearningReview> {
  return insertRecord(doc, learningReviewType, input);
}

export type LearningReviewChanges = Partial<NewLearningReview> & Partial<Record<ReviewPromptField, string>>;

/** Changes the review's details or what the group said for a prompt (typing merges across devices). */
export function updateLearningReview(doc: Y.Doc, id: string, changes: LearningReviewChanges): Result<LearningReview> {
  return updateRecord(doc, learningReviewType, id, changes);
}

/** Puts a review out of sight; it stays in the project and can be brought back. */
export function archiveLearningReview(doc: Y.Doc, id: string, archived = true): Result<void> {
  return archiveRecord(doc, learningReviewType, id, archived);
}

/** Adds one thing the group will do next. */
export function addNextStep(doc: Y.Doc, reviewId: string, text: string): Result<NextStep> {
  if (!getRecordMap(doc, learningReviewType, reviewId)) return fail('That learning review is no longer here.');
  return insertRecord(doc, nextStepType, { reviewId, text });
}

export function updateNextStep(doc: Y.Doc, id: string, text: string): Result<NextStep> {
  return updateRecord(doc, nextStepType, id, { text });
}

export function removeNextStep(doc: Y.Doc, id: string): Result<void> {
  return archiveRecord(doc, nextStepType, id);
}

/**
 * Creates an action (with owner and due date) from a next step, through whatever keeps
 * actions, and remembers the link so the step is not added twice. `createAction` returns
 * the new action's id.
 */
export function turnNextStepIntoAction(doc: Y.Doc, id: string, createAction: (text: string) => Result<string>): Result<NextStep> {
  const step = readRecord(doc, nextStepType, id);
  if (!step) return fail('That next step is no longer here.');
  if (step.actionId) return fail('This next step is already an action.');
  const action = createAction(step.text);
  if (!action.ok) return action;
  return updateRecord(doc, nextStepType, id, { actionId: action.value });
}

