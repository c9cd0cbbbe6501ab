import { t } from '@lingui/core/macro';
import type * as Y from 'yjs';
import { meetingType } from '../domain/meeting';
import { actionType, type Action } from '../domain/meeting-day/action';
import { closingReflectionType, REFLECTION_MAX, type ClosingReflection } from '../domain/meeting-day/closing-reflection';
import { decisionType, type Decision, type DecisionMethod, type LadderRung } from '../domain/meeting-day/decision';
import { meetingNotesType, NOTES_MAX, type MeetingNotes } from '../domain/meeting-day/meeting-notes';
import { explain, longText } from '../domain/fields';
import { personType } from '../domain/person';
import { todayIso } from '../ids';
import { checkVote, type VoteCounts } from '../meetings/votes';
import { fail, ok, type Result } from '../result';
import { meetingMarks } from '../read/attendance';
import { readRecord } from '../read/records';
import { editText } from './text';
import { archiveRecord, insertRecord, transact, updateRecord } from './records';

function meetingExists(doc: Y.Doc, meetingId: string): boolean {
  return readRecord(doc, meetingType, meetingId) !== undefined;
}

// ── Notes ─────────────────────────────────────────────────────────────────

/** Starts a meeting's notes with what was typed first. */
export function startNotes(doc: Y.Doc, meetingId: string, body: string): Result<MeetingNotes> {
  if (!meetingExists(doc, meetingId)) return fail(t`That meeting is no longer here.`);
  const check = longText('Notes', NOTES_MAX).safeParse(body);
  if (!check.success) return fail(explain(check.error));
  return transact(doc, () => {
    const created = insertRecord(doc, meetingNotesType, { meetingId, body: '' });
    if (!created.ok) return created;
    const typed = editText(doc, meetingNotesType, created.value.id, 'body', { index: 0, remove: 0, insert: body });
    return typed.ok ? ok({ ...created.value, body: typed.value }) : typed;
  });
}

// ── Closing round ────────────────────────────────────────────────────────

export type ReflectionField = 'wentWell' | 'couldBeBetter';

/** Starts the closing round's record: the group's words, with no names attached. */
export function startReflection(doc: Y.Doc, meetingId: string, field: ReflectionField, text: string): Result<ClosingReflection> {
  if (!meetingExists(doc, meetingId)) return fail(t`That meeting is no longer here.`);
  const check = longText('Reflection', REFLECTION_MAX).safeParse(text);
  if (!check.success) return fail(explain(check.error));
  return transact(doc, () => {
    const created = insertRecord(doc, closingReflectionType, { meetingId, wentWell: '', couldBeBetter: '' });
    if (!created.ok) return created;
    const typed = editText(doc, closingReflectionType, created.value.id, field, { index: 0, remove: 0, insert: text });
    return typed.ok ? ok({ ...created.value, [field]: typed.value }) : typed;
  });
}

// ── Decisions ────────────────────────────────────────────────────────────

export interface DecisionInput {
  text: string;
  method: DecisionMethod;
  votes?: VoteCounts;
  ladder?: LadderRung;
  note?: string;
}

/** People marked present at a meeting, from the doc (so a mark made a moment ago counts). */
function presentCount(doc: Y.Doc, meetingId: string): number {
  let n = 0;
  for (const mark of meetingMarks(doc, meetingId).values()) if (mark === 'present') n++;
  return n;
}

function decisionFields(doc: Y.Doc, meetingId: string, input: DecisionInput): Result<Omit<Decision, 'id' | 'v' | 'createdAt' | 'meetingId'>> {
  let votes: Partial<VoteCounts> = {};
  if (input.method === 'vote') {
    if (!input.votes) return fail(t`Enter how many voted for, against and abstained.`);
    const checked = checkVote(input.votes, presentCount(doc, meetingId));
    if (!checked.ok) return checked;
    votes = checked.value;
  }
  return ok({
    text: input.text,
    method: input.method,
    ...votes,
    ...(input.ladder ? { ladder: input.ladder } : {}),
    ...(input.note?.trim() ? { note: input.note } : {}),
  });
}

/**
 * Records a decision and how it was made. A vote's counts are checked against the people
 * marked present, so a slip of the finger ("14 for" with 12 in the room) is caught.
 */
export function recordDecision(doc: Y.Doc, meetingId: string, input: DecisionInput): Result<Decision> {
  if (!meetingExists(doc, meetingId)) return fail(t`That meeting is no longer here.`);
  const fields = decisionFields(doc, meetingId, input);
  if (!fields.ok) return fields;
  return insertRecord(doc, decisionType, { meetingId, ...fields.value });
}

export function removeDecision(doc: Y.Doc, decisionId: string): Result<void> {
  return archiveRecord(doc, decisionType, decisionId);
}

// ── Actions ──────────────────────────────────────────────────────────────

export interface ActionInput {
  what: string;
  ownerPersonId: string;
  due?: string;
}

function checkOwner(doc: Y.Doc, ownerPersonId: string): string | null {
  if (!ownerPersonId) return t`Choose who will do this.`;
  if (!readRecord(doc, personType, ownerPersonId)) return t`That person is no longer in the project. Choose someone else.`;
  return null;
}

/** Records something the group agreed someone will do, and by when. */
export function addAction(doc: Y.Doc, meetingId: string, input: ActionInput): Result<Action> {
  if (!meetingExists(doc, meetingId)) return fail(t`That meeting is no longer here.`);
  const problem = checkOwner(doc, input.ownerPersonId);
  if (problem) return fail(problem);
  return insertRecord(doc, actionType, {
    meetingId,
    what: input.what,
    ownerPersonId: input.ownerPersonId,
    ...(input.due ? { due: input.due } : {}),
    done: false,
  });
}

/** Changes what an action is, who does it or by when. An empty date clears it. */
export function updateAction(doc: Y.Doc, actionId: string, input: ActionInput): Result<Action> {
  if (!readRecord(doc, actionType, actionId)) return fail(t`That action is no longer here.`);
  const problem = checkOwner(doc, input.ownerPersonId);
  if (problem) return fail(problem);
  return updateRecord(doc, actionType, actionId, { what: input.what, ownerPersonId: input.ownerPersonId, due: input.due || undefined });
}

/** Ticks an action done (with today's date) or not done. */
export function setActionDone(doc: Y.Doc, actionId: string, done: boolean, today = todayIso()): Result<Action> {
  return updateRecord(doc, actionType, actionId, done ? { done: true, doneOn: today } : { done: false, doneOn: undefined });
}

export function removeAction(doc: Y.Doc, actionId: string): Result<void> {
  return archiveRecord(doc, actionType, actionId);
}
