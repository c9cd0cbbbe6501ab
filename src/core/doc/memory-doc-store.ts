import * as Y from 'yjs';
import type { DocStore, DocStores, SaveState } from './doc-store';

/**
 * Project docs kept in memory, for unit tests that do not test storage itself: the same
 * contract as IndexedDB (writes finish a moment later, a failure keeps changes in memory until
 * `reopen`), with none of its cost. `failing` makes writes fail, as a full device would.
 */
export class MemoryDocStores implements DocStores {
  private readonly saved = new Map<string, Uint8Array[]>();
  failing = false;

  open(doc: Y.Doc): DocStore {
    return new MemoryDocStore(doc, this);
  }

  async seed(projectId: string, update: Uint8Array): Promise<void> {
    this.updatesOf(projectId).push(update);
  }

  async remove(projectId: string): Promise<void> {
    this.saved.delete(projectId);
  }

  /** What is stored for a project (a copy), as another device opening it would find it. */
  stored(projectId: string): Uint8Array[] {
    return [...(this.saved.get(projectId) ?? [])];
  }

  /** @internal the store's own list of updates for a project. */
  updatesOf(projectId: string): Uint8Array[] {
    let updates = this.saved.get(projectId);
    if (!updates) this.saved.set(projectId, (updates = []));
    return updates;
  }
}

class MemoryDocStore implements DocStore {
  private pending = 0;
  private failure: string | null = null;
  private unsaved = false;
  private closed = false;
  private readonly listeners = new Set<(state: SaveState) => void>();
  private readonly storage = {};

  constructor(
    readonly doc: Y.Doc,
    private readonly stores: MemoryDocStores,
  ) {}

  get saveState(): SaveState {
    if (this.failure) return { kind: 'failed', message: this.failure };
    return this.pending > 0 ? { kind: 'saving', pending: this.pending } : { kind: 'saved' };
  }

  get hasUnsavedChanges(): boolean {
    return this.unsaved;
  }

  async load(): Promise<void> {
    Y.transact(this.doc, () => this.stores.updatesOf(this.doc.guid).forEach((u) => Y.applyUpdate(this.doc, u)), this.storage);
    this.doc.on('update', this.onUpdate);
  }

  private onUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin === this.storage) return;
    this.unsaved = true;
    if (this.failure) return;
    this.pending++;
    this.emit();
    queueMicrotask(() => {
      this.pending--;
      if (this.stores.failing || this.closed) this.failure = 'The last change could not be saved on this device.';
      else this.stores.updatesOf(this.doc.guid).push(update);
      if (this.pending === 0 && !this.failure) this.unsaved = false;
      this.emit();
    });
  };

  async whenSaved(): Promise<void> {
    while (this.pending > 0) await Promise.resolve();
    if (this.failure) throw new Error(this.failure);
  }

  async reopen(): Promise<void> {
    if (this.stores.failing) throw new Error('still failing');
    this.stores.updatesOf(this.doc.guid).push(Y.encodeStateAsUpdate(this.doc));
    this.failure = null;
    this.unsaved = false;
    this.emit();
  }

  async compact(): Promise<void> {
    await this.whenSaved();
    const updates = this.stores.updatesOf(this.doc.guid);
    updates.splice(0, updates.length, Y.encodeStateAsUpdate(this.doc));
  }

  async close(): Promise<void> {
    await this.whenSaved().catch(() => undefined);
    this.closed = true;
    this.doc.off('update', this.onUpdate);
  }

  async destroy(): Promise<void> {
    this.closed = true;
    this.doc.off('update', this.onUpdate);
    await this.stores.remove(this.doc.guid);
  }

  onSaveState(listener: (state: SaveState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit() {
    const state = this.saveState;
    for (const listener of this.listeners) listener(state);
  }
}
