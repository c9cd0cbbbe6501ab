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
  /**
   * After a failure: opens storage again and writes the whole doc, so nothing typed while it
   * was failing is lost. Rejects (and stays failed) if storage still cannot be written.
   */
  reopen(): Promise<void>;
  /** True while a change made on this device is not yet in storage (writing, or failed). */
  readonly hasUnsavedChanges: boolean;
  /** Closes the store; the doc stays usable in memory. */
  close(): Promise<void>;
  /** Removes the project's data from this device. */
  destroy(): Promise<void>;
  /** Tells about saving progress and failures. Returns an unsubscribe function. */
  onSaveState(listener: (state: SaveState) => void): () => void;
  readonly saveState: SaveState;
}

/**
 * Where project docs are kept on this device: opens a project's store, puts a whole project
 * there before it is first opened (a backup, an invite), and removes one. The session opener
 * takes one, so unit tests can keep projects in memory (memory-doc-store.ts).
 */
export interface DocStores {
  open(doc: Y.Doc): DocStore;
  /** Stores a whole-project update for a project not open on this device yet. */
  seed(projectId: string, update: Uint8Array): Promise<void>;
  /** Removes a project's stored doc from this device (it must be closed first). */
  remove(projectId: string): Promise<void>;
}
