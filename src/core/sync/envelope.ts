import * as Y from 'yjs';
import { openEntry, sealUpdate, type ProjectKeys } from './crypto';
import { ENVELOPE_ENTRIES, MAX_ENTRY_BYTES } from './protocol';
import { packEntry, ReceivedState, runsOfTransaction, unpackEntry, type Run } from './received-state';

/** Origin of transactions that apply other devices' changes to the real project doc. */
export const SYNC_ORIGIN = { kind: 'sync' } as const;

/** Origin of this device's own writes into the envelope. */
const OWN_ENTRY = { kind: 'own-entry' } as const;

export function tooLargeMessage(bytes: number): string {
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
  return `A change of ${mb(bytes)} MB is too large to send to the sync server (the most is ${mb(MAX_ENTRY_BYTES)} MB), so it stays on this device only.`;
}

export interface EnvelopeSyncOptions {
  /** Something from the server was refused, or something could not be sent. Plain English. */
  onProblem?(message: string): void;
  /** Anything changed that a status display may want to re-read. */
  onChange?(): void;
  /** Compact by itself once the envelope holds this many entries (0 = never). */
  autoCompactAt?: number;
  /**
   * A change made after a quiet spell is sent at once; changes that follow within this
   * many milliseconds travel together as one entry, which saves the per-entry cost of
   * encryption when someone is busy. 0 sends each tick's changes at once.
   */
  batchWindowMs?: number;
}

/**
 * Binds a project's real doc to its envelope doc (the one the server sees).
 *
 * - Entries other devices put in the envelope are decrypted and applied to the real doc
 *   (origin `SYNC_ORIGIN`). Entries that cannot be read are left out and reported.
 * - While live (connected, and the envelope has caught up with the server), each local
 *   change of the real doc is encrypted and appended.
 * - On going live, everything the envelope lacks is pushed as one entry:
 *   `encodeStateAsUpdate(real, received)`, before the entries that arrived are applied.
 * - `compact()` replaces every entry this device has dealt with by one encrypted snapshot,
 *   in one envelope transaction; entries it has not seen yet survive.
 */
export class EnvelopeSync {
  readonly entries: Y.Array<Uint8Array>;
  private readonly received = new ReceivedState();
  /** Entries applied or refused here, by the object Yjs holds for them. */
  private readonly dealtWith = new WeakSet<Uint8Array>();
  private live = false;
  private unpushed = false;
  private outbox: Array<{ update: Uint8Array; runs: Run[] }> = [];
  private work: Promise<void> = Promise.resolve();
  private pendingTasks = 0;
  private scanScheduled = false;
  private flushScheduled = false;
  private lastFlushAt = -Infinity;
  private flushTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly batchWindowMs: number;
  private destroyed = false;
  private readonly autoCompactAt: number;
  /** Counts entries that could not be read, for the status details. */
  unreadable = 0;
  /** The envelope client ids this device has written entries with. */
  readonly ownWriters = new Set<number>();

  constructor(
    readonly real: Y.Doc,
    readonly envelope: Y.Doc,
    readonly keys: ProjectKeys,
    private readonly options: EnvelopeSyncOptions = {},
  ) {
    this.entries = envelope.getArray<Uint8Array>(ENVELOPE_ENTRIES);
    this.autoCompactAt = options.autoCompactAt ?? 200;
    this.batchWindowMs = options.batchWindowMs ?? 40;
    this.entries.observe(this.onEntries);
    real.on('update', this.onLocalUpdate);
    if (this.entries.length > 0) this.scheduleScan();
  }

  get isLive(): boolean {
    return this.live;
  }

  /** True while a local change has not been put into the envelope yet. */
  get hasUnpushed(): boolean {
    return this.unpushed || this.outbox.length > 0 || this.pendingTasks > 0;
  }

  /**
   * Says that this doc has local changes the server has not confirmed (remembered across
   * app restarts by the caller), so the next catch-up sends everything, deletions included.
   */
  markUnpushed(): void {
    this.unpushed = true;
  }

  /** State vector (real doc) of what the envelope is known to hold. */
  get receivedState(): ReadonlyMap<number, number> {
    return this.received.map;
  }

  /**
   * Call with true once the envelope has caught up with the server, false when the
   * connection drops. Resolves when the catch-up push is in the envelope.
   */
  setLive(live: boolean): Promise<void> {
    if (this.destroyed) return Promise.resolve();
    this.live = live;
    if (!live) {
      if (this.outbox.length) this.unpushed = true;
      this.outbox = [];
      this.options.onChange?.();
      return this.work;
    }
    // Push before applying what others sent: once their changes are merged, a value of ours
    // that lost a same-field clash is cleared, and the other devices could not show it.
    return this.enqueue(async () => {
      await this.pushMissing();
      await this.scan();
    });
  }

  /** Resolves once all queued decrypting, applying and pushing is done. */
  async whenIdle(): Promise<void> {
    for (;;) {
      const seen = this.work;
      await seen;
      if (this.flushTimer) {
        await new Promise((resolve) => setTimeout(resolve, 5)); // a batch waits on a timer
        continue;
      }
      await Promise.resolve();
      if (seen === this.work && !this.scanScheduled && !this.flushScheduled) return;
    }
  }

  /**
   * Puts one encrypted snapshot of the real doc in the envelope and removes every entry
   * this device has applied (or refused), in one transaction. Only while live.
   */
  compact(): Promise<boolean> {
    return this.enqueue(async () => {
      if (!this.live || this.destroyed) return false;
      await this.scan();
      // The snapshot holds every local change so far; changes made while it is being
      // encrypted wait in the outbox and follow it.
      const snapshot = Y.encodeStateAsUpdate(this.real);
      const runs: Run[] = [...Y.decodeStateVector(Y.encodeStateVector(this.real))].map(([client, clock]) => [client, 0, clock]);
      const covered = this.outbox.length > 0 || this.unpushed;
      this.outbox = [];
      this.unpushed = false;
      const sealed = await sealUpdate(this.keys, packEntry(runs, snapshot));
      const tooLarge = sealed.length > MAX_ENTRY_BYTES;
      if (!this.live || this.destroyed || tooLarge) {
        if (covered) this.unpushed = true;
        if (tooLarge) this.options.onProblem?.(tooLargeMessage(sealed.length));
        return false;
      }
      this.envelope.transact(() => {
        const all = this.entries.toArray();
        for (let i = all.length - 1; i >= 0; i--) if (this.dealtWith.has(all[i]!)) this.entries.delete(i, 1);
        this.entries.push([sealed]);
        this.dealtWith.add(this.entries.get(this.entries.length - 1));
      }, OWN_ENTRY);
      this.ownWriters.add(this.envelope.clientID);
      this.received.addRuns(runs);
      this.options.onChange?.();
      return true;
    });
  }

  destroy(): void {
    this.destroyed = true;
    if (this.flushTimer) clearTimeout(this.flushTimer);
    this.live = false;
    this.entries.unobserve(this.onEntries);
    this.real.off('update', this.onLocalUpdate);
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    this.pendingTasks++;
    const run = this.work.then(task);
    this.work = run.then(
      () => undefined,
      (error: unknown) => {
        console.error('Sync step failed', error);
      },
    ).finally(() => {
      this.pendingTasks--;
      this.options.onChange?.();
    });
    return run;
  }

  private onEntries = (event: Y.YArrayEvent<Uint8Array>) => {
    if (event.transaction.origin === OWN_ENTRY) return;
    this.scheduleScan();
  };

  private scheduleScan() {
    if (this.scanScheduled) return;
    this.scanScheduled = true;
    queueMicrotask(() => {
      this.scanScheduled = false;
      if (this.destroyed) return;
      void this.enqueue(() => this.scan()).then(() => this.maybeAutoCompact());
    });
  }

  /** Decrypts every entry not dealt with yet and applies them in one transaction. */
  private async scan(): Promise<void> {
    const fresh = this.entries.toArray().filter((entry) => !this.dealtWith.has(entry));
    if (fresh.length === 0) return;
    const opened = await Promise.all(fresh.map((entry) => openEntry(this.keys, entry)));
    if (this.destroyed) return;
    const problems: string[] = [];
    this.real.transact(() => {
      fresh.forEach((entry, i) => {
        this.dealtWith.add(entry);
        const result = opened[i]!;
        if (!result.ok) {
          this.unreadable++;
          problems.push(result.message);
          return;
        }
        const unpacked = unpackEntry(result.value);
        try {
          if (!unpacked) throw new Error('not an entry');
          Y.applyUpdate(this.real, unpacked.update, SYNC_ORIGIN);
          this.received.addRuns(unpacked.runs);
        } catch {
          this.unreadable++;
          problems.push('A change from another device was damaged, so it was left out.');
        }
      });
    }, SYNC_ORIGIN);
    if (problems[0]) this.options.onProblem?.(problems[0]);
  }

  private maybeAutoCompact() {
    if (this.autoCompactAt > 0 && this.live && this.entries.length >= this.autoCompactAt) void this.compact();
  }

  private onLocalUpdate = (update: Uint8Array, origin: unknown, _doc: Y.Doc, transaction: Y.Transaction) => {
    if (origin === SYNC_ORIGIN || this.destroyed) return;
    if (!this.live) {
      this.unpushed = true;
      this.options.onChange?.();
      return;
    }
    this.outbox.push({ update, runs: runsOfTransaction(transaction) });
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    this.options.onChange?.();
    const flush = () => {
      this.flushScheduled = false;
      this.flushTimer = null;
      this.lastFlushAt = performance.now();
      void this.enqueue(() => this.flushOutbox()).then(() => this.maybeAutoCompact());
    };
    // Commands made in one go (one tick) always travel as one entry.
    const wait = this.lastFlushAt + this.batchWindowMs - performance.now();
    if (wait <= 0) queueMicrotask(flush);
    else this.flushTimer = setTimeout(flush, wait);
  };

  private async flushOutbox(): Promise<void> {
    if (!this.live || this.outbox.length === 0) return;
    const batch = this.outbox;
    this.outbox = [];
    const update = batch.length === 1 ? batch[0]!.update : Y.mergeUpdates(batch.map((b) => b.update));
    await this.pushEntry(update, batch.flatMap((b) => b.runs), true);
  }

  /** Pushes what the envelope lacks of the real doc, as one entry. */
  private async pushMissing(): Promise<void> {
    if (!this.live) return;
    this.outbox = [];
    const hadUnpushed = this.unpushed;
    this.unpushed = false;
    const runs = this.received.missingRuns(this.real);
    // Deletions are not in the state vector, so local changes not yet confirmed are sent even without new runs.
    if (runs.length === 0 && !hadUnpushed) return;
    await this.pushEntry(Y.encodeStateAsUpdate(this.real, this.received.encode()), runs);
  }

  private async pushEntry(update: Uint8Array, runs: Run[], fromTransactions = false): Promise<void> {
    const sealed = await sealUpdate(this.keys, packEntry(runs, update, fromTransactions));
    if (this.destroyed) return;
    if (sealed.length > MAX_ENTRY_BYTES) {
      this.unpushed = true;
      this.options.onProblem?.(tooLargeMessage(sealed.length));
      return;
    }
    this.envelope.transact(() => {
      this.entries.push([sealed]);
      this.dealtWith.add(this.entries.get(this.entries.length - 1));
    }, OWN_ENTRY);
    this.ownWriters.add(this.envelope.clientID);
    this.received.addRuns(runs);
  }
}
