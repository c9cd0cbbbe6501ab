import type * as Y from 'yjs';
import type { Result } from '../../core/result';

/**
 * Turns a next step from a learning review into an action (with an owner and a due date)
 * wherever the project keeps actions. Until actions exist this is null, and the "Add as an
 * action" button does not show. Wire it to the actions command once that part is merged.
 */
export const createActionFromStep: ((doc: Y.Doc, text: string) => Result<string>) | null = null;
