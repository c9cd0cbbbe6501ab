import { t } from '@lingui/core/macro';
import type * as Y from 'yjs';
import { getRecordMap } from '../doc/project-doc';
import { learningReviewType, REVIEW_PROMPTS, type LearningReview, type ReviewPromptField, type ReviewScope } from '../domain/review/learning-review';
import { nextStepType, type NextStep } from '../domain/review/next-step';
import { fail, ok, type Result } from '../result';
import { addAction } from './meeting-day-during';
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

/**
 * Starts a learning review with empty prompts, ready for the group's words. Each answer is
 * made as shared text now: if two devices each made it on their first keystroke, one
 * device's words would be lost when they meet.
 */
export function startLearningReview(doc: Y.Doc, input: NewLearningReview): Result<LearningReview> {
  const answers = Object.fromEntries(REVIEW_PROMPTS.map((prompt) => [prompt.field, '']));
  return insertRecord(doc, learningReviewType, { ...answers, ...input });
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
  if (!getRecordMap(doc, learningReviewType, reviewId)) return fail(t`That learning review is no longer here.`);
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
  if (!step) return fail(t`That next step is no longer here.`);
  if (step.actionId) return fail(t`This next step is already an action.`);
  const action = createAction(step.text);
  if (!action.ok) return action;
  return updateRecord(doc, nextStepType, id, { actionId: action.value });
}

/** Where a next step goes when it becomes an action: a meeting's action list, with an owner and an optional due date. */
export interface ActionChoice {
  meetingId: string;
  ownerPersonId: string;
  due?: string;
}

/**
 * Turns a next step from a learning review into an action with the meetings part's own
 * command, so it shows with the meeting's other actions and follows the same rules (an
 * owner who is in the project, a real meeting). Returns the new action's id.
 */
export function createActionFromStep(doc: Y.Doc, text: string, choice: ActionChoice): Result<string> {
  const made = addAction(doc, choice.meetingId, { what: text, ownerPersonId: choice.ownerPersonId, ...(choice.due ? { due: choice.due } : {}) });
  return made.ok ? ok(made.value.id) : made;
}
