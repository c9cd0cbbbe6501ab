import type * as Y from 'yjs';

export type SaveState =
  | { kind: 'saved' }
  | { kind: 'saving'; pending: number }
  | { kind: 'failed'; message: string };

/**
 * Where a project doc lives on this device. The rest of the app only sees this interface,
 * so the persistence behind it can change without touching anything else.
 */
export interface DocStore {
  readonly doc: Y.Doc;
  /** Resolves once everything stored on the device has been applied to the doc. */
  load(): Promise<void>;
  /** Resolves once every change made so far is in IndexedDB; rejects if a write failed. */
  whenSaved(): Promise<void>;
  /** Replaces the stored update log with one snapshot of the doc (also drops erased data). */
  compact(): Promise<void>;
  /** Closes the store; the doc stays usable in memory. */
  close(): Promise<void>;
  /** Removes the project's data from this device. */
  destroy(): Promise<void>;
  /** Tells about saving progress and failures. Returns an unsubscribe function. */
  onSaveState(listener: (state: SaveState) => void): () => void;
  readonly saveState: SaveState;
}
