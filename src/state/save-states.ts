import { signal, type Signal } from '@preact/signals';
import type { SaveState } from '../core/doc/doc-store';

/** Each open project's save state, as a signal the header can show. */
const saveStates = new Map<string, Signal<SaveState>>();

export function saveStateSignal(projectId: string): Signal<SaveState> {
  let state = saveStates.get(projectId);
  if (!state) saveStates.set(projectId, (state = signal<SaveState>({ kind: 'saved' })));
  return state;
}

/** True while any open project has a change not yet in IndexedDB. */
export function anyUnsaved(): boolean {
  for (const state of saveStates.values()) if (state.value.kind !== 'saved') return true;
  return false;
}
