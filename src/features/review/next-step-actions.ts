import type * as Y from 'yjs';
import { addAction } from '../../core/commands/meeting-day-during';
import { ok, type Result } from '../../core/result';

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
