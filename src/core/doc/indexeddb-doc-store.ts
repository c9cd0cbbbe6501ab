import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import type { DocStore, DocStores, SaveState } from './doc-store';
import { deleteDatabase, transactionDone } from './idb';

const UPDATES = 'updates';

export function docDatabaseName(projectId: string): string {
  return `cg-doc-${projectId}`;
}

/**
 * Persists a project doc with y-indexeddb's database layout. y-indexeddb loads the doc, but
 * its own writer is fire-and-forget, so this store writes each update itself and tracks it:
 * "Saved on this device" is only shown once IndexedDB has committed the write.
 *
 * When a write fails (quota exceeded, or the browser closed the database under the app, as
 * iPads do after backgrounding) the doc keeps every change in memory; `reopen` opens the
 * database again and writes the whole doc state as one update, so nothing is lost.
 */
export class IndexeddbDocStore implements DocStore {
  readonly doc: Y.Doc;
  private persistence: IndexeddbPersistence | null = null;
  private pending = new Set<Promise<void>>();
  private unsaved = false;
  private failure: string | null = null;
  private listeners = new Set<(s: SaveState) => void>();
  private closed = false;
  private reopening: Promise<void> | null = null;

  constructor(doc: Y.Doc) {
    this.doc = doc;
  }

  get saveState(): SaveState {
    if (this.failure) return { kind: 'failed', message: this.failure };
    if (this.pending.size > 0) return { kind: 'saving', pending: this.pending.size };
    return { kind: 'saved' };
  }

  async load(): Promise<void> {
    await this.open();
    this.doc.on('update', this.onUpdate);
  }

  private async open(): Promise<void> {
    const persistence = new IndexeddbPersistence(docDatabaseName(this.doc.guid), this.doc);
    // We write updates ourselves (see class comment).
    this.doc.off('update', persistence._storeUpdate);
    this.persistence = persistence;
    await persistence.whenSynced;
    const db = persistence.db;
    if (db) db.onclose = () => this.fail('The device closed the project’s storage.');
  }

  private queued: Uint8Array[] = [];

  private onUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin === this.persistence) return; // came from storage, already there
    this.unsaved = true;
    if (this.failure) return; // keep in memory; reopen() writes the whole state
    // Updates from one burst of commands share one IndexedDB transaction.
    this.queued.push(update);
    if (this.queued.length === 1) this.track(Promise.resolve().then(() => this.write(this.queued.splice(0))));
  };

  private track(write: Promise<void>) {
    this.pending.add(write);
    this.emit();
    write
      .then(() => {
        this.pending.delete(write);
        if (this.pending.size === 0 && !this.failure) this.unsaved = false;
        this.emit();
      })
      .catch((error: unknown) => {
        this.pending.delete(write);
        this.fail(describeStorageError(error));
      });
  }

  private async write(updates: Uint8Array[]): Promise<void> {
    const db = this.persistence?.db;
    if (!db || this.closed) throw new Error('closed');
    // One stored update per burst: fewer rows to write now and to read when the doc loads.
    const update = updates.length === 1 ? updates[0]! : Y.mergeUpdates(updates);
    const tx = db.transaction([UPDATES], 'readwrite');
    tx.objectStore(UPDATES).add(update);
    await transactionDone(tx);
  }

  private fail(message: string) {
    if (this.closed) return;
    this.failure = message;
    this.unsaved = true;
    this.emit();
  }

  /** After a failure: open the database again and store the whole doc, so nothing is lost. */
  reopen(): Promise<void> {
    if (this.reopening) return this.reopening;
    this.reopening = (async () => {
      try {
        this.persistence?.destroy().catch(() => undefined);
        this.persistence = null;
        await this.open();
        await this.write([Y.encodeStateAsUpdate(this.doc)]);
        this.failure = null;
        this.unsaved = false;
      } catch (error) {
        this.failure = describeStorageError(error);
        throw error;
      } finally {
        this.reopening = null;
        this.emit();
      }
    })();
    return this.reopening;
  }

  async whenSaved(): Promise<void> {
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
    if (this.failure) throw new Error(this.failure);
  }

  get hasUnsavedChanges(): boolean {
    return this.unsaved;
  }

  async compact(): Promise<void> {
    await this.whenSaved();
    const db = this.persistence?.db;
    if (!db) throw new Error('closed');
    const snapshot = Y.encodeStateAsUpdate(this.doc);
    const tx = db.transaction([UPDATES], 'readwrite');
    const store = tx.objectStore(UPDATES);
    store.clear();
    store.add(snapshot);
    await transactionDone(tx);
  }

  async close(): Promise<void> {
    await this.whenSaved().catch(() => undefined);
    this.closed = true;
    this.doc.off('update', this.onUpdate);
    await this.persistence?.destroy();
  }

  async destroy(): Promise<void> {
    this.closed = true;
    this.doc.off('update', this.onUpdate);
    await this.persistence?.destroy();
    await deleteDatabase(docDatabaseName(this.doc.guid));
  }

  onSaveState(listener: (s: SaveState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit() {
    const state = this.saveState;
    for (const l of this.listeners) l(state);
  }
}

export function describeStorageError(error: unknown): string {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  if (name === 'QuotaExceededError') {
    return 'This device is out of storage space, so the last change is not saved yet. Free some space, then tap “Try again”.';
  }
  if (name === 'InvalidStateError' || (error instanceof Error && error.message === 'closed')) {
    return 'The device closed the project’s storage. Tap “Try again” to reopen it; your changes are still here.';
  }
  return 'The last change could not be saved on this device. Tap “Try again”; your changes are still here.';
}

/** Project docs kept in IndexedDB, one database per project, in y-indexeddb's layout. */
export const indexeddbDocStores: DocStores = {
  open: (doc) => new IndexeddbDocStore(doc),
  async seed(projectId, update) {
    const persistence = new IndexeddbPersistence(docDatabaseName(projectId), new Y.Doc());
    try {
      await persistence.whenSynced;
      const db = persistence.db;
      if (!db) throw new Error('closed');
      const tx = db.transaction([UPDATES], 'readwrite');
      tx.objectStore(UPDATES).add(update);
      await transactionDone(tx);
    } finally {
      await persistence.destroy();
    }
  },
  remove: (projectId) => deleteDatabase(docDatabaseName(projectId)),
};
