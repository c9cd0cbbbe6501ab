import type { Document } from '@hocuspocus/server';
import * as Y from 'yjs';
import { inspectEnvelopeUpdate } from '../src/core/sync/protocol';
import type { Relay, RelayMessage } from './relay';
import type { AppendLimits, RoomUsage, SyncStore } from './store/store';

/** Hocuspocus's own origin for changes from another instance: it runs no store hooks for them. */
export const RELAY_ORIGIN = { source: 'redis' } as const;

/** Gaps between tries when the store does not answer; after the last, the room's devices are let go. */
const RETRY_MS = [250, 1000, 3000, 8000, 15_000];
/** A room's rows are merged once this many have been appended since the last merge. */
const ROWS_BEFORE_MERGE = 200;
/** Wait this long after a deletion before merging (a burst of deletions makes one merge)... */
const MERGE_DELAY_MS = 1000;
/** ...and merge one room no more often than this. */
const MERGE_SPACING_MS = 10_000;

interface Waiting {
  update: Uint8Array;
  entries: number;
  deletes: boolean;
  /** The doc's state vector just after this update: all of it is stored once this is. */
  after: Map<number, number>;
}

/** Large updates are handed to the store's thread (open-store.ts): their bytes are then gone from this one. */
function handedOver(batch: Waiting[]): boolean {
  return batch.some((w) => w.update.byteLength === 0);
}

export type StopReason = 'retired' | 'full' | 'server-full' | 'not-stored';

export interface RoomEvents {
  /** Rows were committed: devices waiting on these writers can be told. */
  stored(room: Room, writers: Set<number>): void;
  /** The room cannot go on (retired elsewhere, full, or the store failed): let its devices go with this reason. */
  close(room: Room, reason: StopReason): void;
  log(...args: unknown[]): void;
}

/**
 * One shared project as this server process holds it: the envelope doc Hocuspocus keeps in
 * memory, and what of it is committed to the store. Every change a device sends is appended
 * to the store as it comes (in order, one transaction per batch); the "stored" state vector
 * only moves once the rows holding a change are committed.
 */
export class Room {
  /** Known to be in the store (as of the last commit or relay): bytes and entries. */
  usage: RoomUsage = { bytes: 0, entries: 0 };
  /** Taken by updates not yet committed. */
  pendingBytes = 0;
  pendingEntries = 0;
  /** Writer → clock: what of this doc is committed to the store. */
  committed = new Map<number, number>();
  /**
   * Set once the room lets its devices go. Its doc may then hold changes the store never took,
   * so until Hocuspocus unloads it nothing more is stored or confirmed from it, and no device
   * may sync with it (the next load starts again from the store).
   */
  stopped: StopReason | null = null;
  private waiting: Waiting[] = [];
  private writing: Promise<void> = Promise.resolve();
  private busy = false;
  private closed = false;
  /** Relayed messages that arrive while the room is still loading. */
  private early: RelayMessage[] | null = [];
  private relayMayPlacePending = false;
  private rowsSinceMerge = 0;
  private mergeTimer: ReturnType<typeof setTimeout> | null = null;
  private merging: Promise<void> = Promise.resolve();
  private lastMergeAt = 0;

  constructor(
    readonly name: string,
    readonly doc: Document,
    private readonly store: SyncStore,
    private readonly relay: Relay | null,
    private readonly events: RoomEvents,
    /** The most the store takes for the room and in all, whichever process appends (the last word on its limits). */
    private readonly ceiling: AppendLimits,
  ) {}

  /** Subscribes to the relay, then reads the stored rows into the doc (the order means nothing is missed). */
  async load(): Promise<void> {
    await this.relay?.subscribe(this.name, this.onRelay);
    const loaded = await this.store.load(this.name);
    if (loaded.state) Y.applyUpdate(this.doc, loaded.state, RELAY_ORIGIN);
    this.usage = { bytes: loaded.bytes, entries: loaded.entries };
    this.committed = Y.decodeStateVector(Y.encodeStateVector(this.doc));
    this.rowsSinceMerge = loaded.rows;
    const early = this.early ?? [];
    this.early = null;
    for (const message of early) this.onRelay(message);
    this.doc.on('update', this.onUpdate);
    if (loaded.rows > ROWS_BEFORE_MERGE) this.mergeSoon();
  }

  /** Resolves once every change taken so far is committed (or given up). */
  async drained(): Promise<void> {
    while (this.busy || this.waiting.length > 0) await this.writing;
  }

  /** Stops listening; waits for writes and a merge in progress. */
  async close(): Promise<void> {
    this.closed = true;
    this.doc.off('update', this.onUpdate);
    await this.relay?.unsubscribe(this.name, this.onRelay);
    await this.drained();
    if (this.mergeTimer) {
      clearTimeout(this.mergeTimer);
      this.mergeTimer = null;
      this.merging = this.merge();
    }
    await this.merging;
  }

  private onUpdate = (update: Uint8Array, origin: unknown, _doc: Y.Doc, transaction: Y.Transaction) => {
    // Relayed changes are stored already, unless they let an earlier change from a device
    // (waiting on an entry it builds on) be placed at last: then this update holds both.
    if (origin === RELAY_ORIGIN && !this.relayMayPlacePending) return;
    if (this.stopped) return;
    const facts = inspectEnvelopeUpdate(update);
    this.waiting.push({ update, entries: facts.items, deletes: facts.deletions > 0, after: new Map(transaction.afterState) });
    this.pendingBytes += update.byteLength;
    this.pendingEntries += facts.items;
    if (!this.busy) this.writing = this.write();
  };

  private async write(): Promise<void> {
    this.busy = true;
    try {
      while (this.waiting.length > 0) {
        const batch = this.waiting;
        this.waiting = [];
        await this.appendWithRetries(batch);
      }
    } finally {
      this.busy = false;
    }
  }

  private async appendWithRetries(batch: Waiting[]): Promise<void> {
    const bytes = batch.reduce((n, w) => n + w.update.byteLength, 0);
    const entries = batch.reduce((n, w) => n + w.entries, 0);
    for (let attempt = 0; ; attempt++) {
      try {
        // A batch that removes entries (a tidy-up) may pass the server's total: once merged it frees room.
        const limits = batch.some((w) => w.deletes) ? { ...this.ceiling, totalBytes: 0 } : this.ceiling;
        const result = await this.store.append(
          this.name,
          batch.map((w) => ({ update: w.update, entries: w.entries })),
          limits,
        );
        this.pendingBytes -= bytes;
        this.pendingEntries -= entries;
        if (result.status !== 'stored') {
          // Not stored, so not confirmed: the devices keep these changes and send them again.
          this.stop(result.status);
          return;
        }
        this.usage = { bytes: result.bytes, entries: result.entries };
        this.markCommitted(batch);
        this.relay?.stored(this.name, { updates: handedOver(batch) ? null : batch.map((w) => w.update), size: bytes, firstSeq: result.firstSeq }, result);
        this.rowsSinceMerge += batch.length;
        if (batch.some((w) => w.deletes) || this.rowsSinceMerge > ROWS_BEFORE_MERGE) this.mergeSoon();
        return;
      } catch (error) {
        // A large update is handed to the store's thread, so it cannot be sent again from here.
        const wait = handedOver(batch) ? undefined : RETRY_MS[attempt];
        this.events.log(`could not store a change to ${this.name}: ${(error as Error).message}${wait === undefined ? '; letting its devices go' : ''}`);
        if (wait === undefined || this.closed) {
          // Nothing was confirmed: the devices keep these changes and send them again.
          this.pendingBytes -= bytes;
          this.pendingEntries -= entries;
          this.stop('not-stored');
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, wait));
      }
    }
  }

  /** Lets the room's devices go, forgetting changes queued behind one the store did not take (their devices send them again). */
  private stop(reason: StopReason) {
    this.stopped = reason;
    for (const w of this.waiting) {
      this.pendingBytes -= w.update.byteLength;
      this.pendingEntries -= w.entries;
    }
    this.waiting = [];
    this.events.close(this, reason);
  }

  private markCommitted(batch: Waiting[]) {
    const writers = new Set<number>();
    // Everything in the doc when the batch's last update was applied is stored now: what was
    // loaded, relayed (stored by another process) and appended here before it.
    for (const [client, clock] of batch.at(-1)!.after) {
      if ((this.committed.get(client) ?? 0) < clock) {
        this.committed.set(client, clock);
        writers.add(client);
      }
    }
    if (this.waiting.length === 0) this.committed = Y.decodeStateVector(Y.encodeStateVector(this.doc));
    this.events.stored(this, writers);
  }

  private onRelay = (message: RelayMessage) => {
    if (this.early) {
      this.early.push(message);
      return;
    }
    if (this.closed) return;
    if (message.kind === 'retired') {
      this.stop('retired');
      return;
    }
    if (message.kind === 'reload') {
      void this.catchUp(0);
      return;
    }
    this.usage = { bytes: message.bytes, entries: message.entries };
    if (message.kind === 'update') this.applyRelayed(message.update);
    else void this.catchUp(message.seq);
  };

  /** Reads rows another process stored (too large to relay, or missed while Redis was away). */
  async catchUp(fromSeq: number): Promise<void> {
    try {
      const update = await this.store.rowsFrom(this.name, fromSeq);
      if (update && !this.closed) this.applyRelayed(update);
    } catch (error) {
      this.events.log(`could not read ${this.name} from the store: ${(error as Error).message}`);
    }
  }

  private applyRelayed(update: Uint8Array) {
    const store = this.doc.store;
    this.relayMayPlacePending = store.pendingStructs !== null || store.pendingDs !== null;
    try {
      Y.applyUpdate(this.doc, update, RELAY_ORIGIN);
    } finally {
      this.relayMayPlacePending = false;
    }
    if (this.waiting.length === 0 && !this.busy) this.committed = Y.decodeStateVector(Y.encodeStateVector(this.doc));
  }

  /** Merges the room's rows into one (removing deleted entries' ciphertext) a little later. */
  private mergeSoon() {
    if (this.mergeTimer || this.closed) return;
    const wait = Math.max(MERGE_DELAY_MS, this.lastMergeAt + MERGE_SPACING_MS - Date.now());
    this.mergeTimer = setTimeout(() => {
      this.mergeTimer = null;
      this.merging = this.merging.then(() => this.merge());
    }, wait);
  }

  private async merge(): Promise<void> {
    this.lastMergeAt = Date.now();
    try {
      const result = await this.store.compact(this.name);
      if (result.merged > 0) {
        this.rowsSinceMerge = 0;
        this.usage = { bytes: result.bytes, entries: result.entries };
      }
    } catch (error) {
      this.events.log(`could not merge the rows of ${this.name}: ${(error as Error).message}`);
    }
  }
}
