import * as Y from 'yjs';
import { openEntry, sealUpdate, UNREADABLE_ENTRY, type ProjectKeys } from './crypto';
import { sameBytes } from './encoding';
import { entryTextsFor, joinSlices, readEntryText } from './entry-format';
import { ENVELOPE_ENTRIES } from './protocol';
import { alreadyIn, ReceivedState, type DeleteSet } from './received-state';
import { readUpdateContents, type UpdateContents } from './update-contents';
import { changeRunsIn, MAX_CHANGE_RUNS, MAX_WAITING_RUNS, runsLeftWaiting, runsWaitingIn } from './waiting-runs';

/** Origin of transactions that apply other devices' changes to the real project doc. */
export const SYNC_ORIGIN = { kind: 'sync' } as const;

/** Origin of this device's own writes into the envelope. */
const OWN_ENTRY = { kind: 'own-entry' } as const;

/** A group of parts its writer has not finished after this long was left half-way (the app closed); compaction removes it. */
const ABANDONED_AFTER_MS = 24 * 60 * 60 * 1000;

/**
 * Every Yjs transaction costs time in proportion to how many writers (sessions of the app)
 * a doc has ever had, so an entry that would take a project past this many is left out: a
 * device could otherwise make every later change slow on every device. A project used
 * every day on three devices for many years stays well below it.
 */
const MAX_WRITERS = 50_000;

export const DAMAGED_ENTRY = 'A change from another device was damaged, so it was left out.';
export const TOO_MANY_WRITERS = 'A change from another device was left out: it was far larger than any real change, and would have slowed every device down.';
export const TOO_MUCH_WAITING = 'A change from another device was left out: it builds on a great many changes this device has never had, and would have slowed every device down.';
export const NEWER_ENTRY = 'A change was made with a newer version of the app, so this device left it out. Update the app to read it.';

export interface EnvelopeSyncOptions {
  /** Something from the server was refused, or something could not be sent. Plain English. */
  onProblem?(message: string): void;
  /** Anything changed that a status display may want to re-read. */
  onChange?(): void;
  /** Compact by itself once this many entries could be tidied away (0 = never). */
  autoCompactAt?: number;
  /**
   * A change made after a quiet spell is sent at once; changes that follow within this
   * many milliseconds travel together as one entry, which saves the per-entry cost of
   * encryption when someone is busy. 0 sends each tick's changes at once.
   */
  batchWindowMs?: number;
  /**
   * Resolves once everything put in the envelope so far has reached the server (or the
   * connection dropped). A large update goes part by part, each after the one before has
   * arrived, so at most one part is ever in flight and a reconnect re-sends no more.
   */
  whenSent?(): Promise<void>;
  /** The largest entry to write (MAX_ENTRY_BYTES; tests make it small, so that parts are common). */
  entryBytes?: number;
  /** The time in ms (for tests). */
  now?(): number;
}

/** A large update in parts; applied once every part is there. */
interface Group {
  id: string;
  count: number;
  startedAt: number;
  /** The entries holding its parts (a part sent twice counts twice). */
  members: Set<Uint8Array>;
  slices: Map<number, Uint8Array>;
  /** waiting for parts; applied (or being applied); refused as damaged; broken: a part went from the envelope. */
  state: 'waiting' | 'applied' | 'refused' | 'broken';
}

/** What an entry in the envelope turned out to be. */
type Seen = { kind: 'unit' } | { kind: 'part'; group: Group } | { kind: 'refused' };

interface Ready {
  /** The entry, or the group: what `received` counts it under. */
  unit: object;
  update: Uint8Array;
  contents: UpdateContents;
}

function randomBytes(n: number): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(n));
}

/**
 * Binds a project's real doc to its envelope doc (the one the server sees).
 *
 * - Entries other devices put in the envelope are decrypted and applied to the real doc
 *   (origin `SYNC_ORIGIN`); an update in parts once all its parts are there. Entries that
 *   cannot be read are left out and reported.
 * - What the envelope holds (`ReceivedState`) is read off the updates decrypted from it,
 *   never taken from anyone's word, and forgets what disappears from it.
 * - While live (connected, and the envelope has caught up with the server), each local
 *   change of the real doc is compressed, encrypted and appended.
 * - On going live, everything the real doc has that the envelope lacks (deletions too) is
 *   pushed, before the entries that arrived are applied. Whenever the envelope loses
 *   something this device holds (a device deleted entries, a server lost them), it is
 *   pushed again.
 * - `compact()` replaces every entry this device has dealt with by one snapshot. A large
 *   snapshot goes in parts; the old entries are removed in the same envelope transaction
 *   as its last part, and only if all its other parts are still there.
 */
export class EnvelopeSync {
  readonly entries: Y.Array<Uint8Array>;
  private readonly received = new ReceivedState();
  /** Entries read (or written) here, by the object Yjs holds for them. */
  private readonly seen = new Map<Uint8Array, Seen>();
  private readonly groups = new Map<string, Group>();
  private live = false;
  private liveWaiters: Array<(live: boolean) => void> = [];
  /** Settles when a task starts waiting for the connection (see `whenIdle`). */
  private paused: { promise: Promise<void>; settle(): void } | null = null;
  /** A local change was made while not live. */
  private changedOffline = false;
  private outbox: Uint8Array[] = [];
  private work: Promise<void> = Promise.resolve();
  private pendingTasks = 0;
  private scanScheduled = false;
  private flushScheduled = false;
  private lastFlushAt = -Infinity;
  private flushTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly batchWindowMs: number;
  private destroyed = false;
  private readonly autoCompactAt: number;
  private readonly now: () => number;
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
    this.now = options.now ?? Date.now;
    this.entries.observe(this.onEntries);
    real.on('update', this.onLocalUpdate);
    if (this.entries.length > 0) this.scheduleScan();
  }

  get isLive(): boolean {
    return this.live;
  }

  /** True while a local change has not been put into the envelope yet. */
  get hasUnpushed(): boolean {
    return this.changedOffline || this.outbox.length > 0 || this.flushScheduled || this.pendingTasks > 0;
  }

  /**
   * Call with true once the envelope has caught up with the server, false when the
   * connection drops. Resolves when the catch-up push is in the envelope.
   */
  setLive(live: boolean): Promise<void> {
    if (this.destroyed) return Promise.resolve();
    this.live = live;
    if (!live) {
      if (this.outbox.length) this.changedOffline = true;
      this.outbox = [];
      this.options.onChange?.();
      return this.work;
    }
    for (const waiter of this.liveWaiters.splice(0)) waiter(true);
    // Push before applying what others sent: once their changes are merged, a value of ours
    // that lost a same-field clash is cleared, and the other devices could not show it.
    return this.enqueue(() => this.scan(true));
  }

  /**
   * Resolves once all queued decrypting, applying and pushing is done, or is waiting for
   * the connection to come back (a large update half sent when it dropped).
   */
  async whenIdle(): Promise<void> {
    for (;;) {
      if (this.liveWaiters.length > 0) return;
      const seen = this.work;
      await Promise.race([seen, this.whenPaused()]);
      if (this.liveWaiters.length > 0) return;
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
   * this device has dealt with (applied, refused, or parts of a group left half-way a day
   * ago). Only while live. Resolves true once the old entries are removed.
   */
  compact(): Promise<boolean> {
    return this.enqueue(async () => {
      if (!this.live || this.destroyed) return false;
      await this.scan();
      if (!this.live || this.destroyed) return false;
      // The snapshot holds every local change so far; changes made while it is being
      // encrypted wait in the outbox and follow it.
      const snapshot = Y.encodeStateAsUpdate(this.real);
      this.outbox = [];
      const doomed = this.dealtWith();
      const done = await this.pushUpdate(snapshot, () => {
        const all = this.entries.toArray();
        for (let i = all.length - 1; i >= 0; i--) if (doomed.has(all[i]!)) this.entries.delete(i, 1);
      });
      if (done) this.forgetRemoved();
      this.options.onChange?.();
      return done;
    });
  }

  destroy(): void {
    this.destroyed = true;
    if (this.flushTimer) clearTimeout(this.flushTimer);
    this.live = false;
    for (const waiter of this.liveWaiters.splice(0)) waiter(false);
    this.entries.unobserve(this.onEntries);
    this.real.off('update', this.onLocalUpdate);
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    this.pendingTasks++;
    const run = this.work.then(task);
    this.work = run
      .then(
        () => undefined,
        (error: unknown) => {
          console.error('Sync step failed', error);
        },
      )
      .finally(() => {
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

  /**
   * Reads every entry not seen yet and forgets those gone from the envelope; then (when
   * going live) pushes what the envelope lacks; then applies what is ready, in one
   * transaction; then, if the envelope lost something this device holds, pushes it again.
   */
  private async scan(goingLive = false): Promise<void> {
    const fresh = this.entries.toArray().filter((entry) => !this.seen.has(entry));
    const opened = await Promise.all(fresh.map((entry) => openEntry(this.keys, entry)));
    if (this.destroyed) return;
    const present = new Set(this.entries.toArray());
    const lost = this.forgetRemoved(present);
    const ready: Ready[] = [];
    const problems: string[] = [];
    fresh.forEach((entry, i) => {
      if (!present.has(entry)) return; // removed while it was decrypted
      const result = opened[i]!;
      this.read(entry, result.ok ? result.value : null, ready, problems);
    });
    if (goingLive) await this.pushMissing(true);
    this.apply(ready, problems);
    if (problems[0]) this.options.onProblem?.(problems[0]);
    if (!goingLive && this.outbox.length === 0 && !this.flushScheduled) await this.pushMissing(lost);
  }

  /** Works out what one fresh entry is; what is ready to apply goes to `ready`. */
  private read(entry: Uint8Array, plain: Uint8Array | null, ready: Ready[], problems: string[]) {
    const refuse = (message: string) => {
      this.seen.set(entry, { kind: 'refused' });
      this.unreadable++;
      problems.push(message);
    };
    if (!plain) return refuse(UNREADABLE_ENTRY);
    const text = readEntryText(entry[0]!, plain);
    if (!text) return refuse(DAMAGED_ENTRY);
    if (text.kind === 'unknown') return refuse(NEWER_ENTRY);
    if (text.kind === 'update') {
      const contents = readUpdateContents(text.update);
      if (!contents) return refuse(DAMAGED_ENTRY);
      if (changeRunsIn(contents) > MAX_CHANGE_RUNS) return refuse(TOO_MANY_WRITERS);
      this.seen.set(entry, { kind: 'unit' });
      this.received.add(entry, contents);
      ready.push({ unit: entry, update: text.update, contents });
      return;
    }
    let group = this.groups.get(text.group);
    if (!group) {
      group = { id: text.group, count: text.count, startedAt: text.startedAt * 1000, members: new Set(), slices: new Map(), state: 'waiting' };
      this.groups.set(text.group, group);
    }
    group.members.add(entry);
    this.seen.set(entry, { kind: 'part', group });
    if (group.state !== 'waiting') return;
    const earlier = group.slices.get(text.index);
    if (text.count !== group.count || (earlier && !sameBytes(earlier, text.slice))) {
      group.state = 'refused';
      group.slices.clear();
      this.unreadable++;
      problems.push(DAMAGED_ENTRY);
      return;
    }
    group.slices.set(text.index, text.slice);
    if (group.slices.size < group.count) return;
    const update = joinSlices(Array.from({ length: group.count }, (_, i) => group.slices.get(i)!));
    group.slices.clear();
    const contents = update && readUpdateContents(update);
    if (!update || !contents || changeRunsIn(contents) > MAX_CHANGE_RUNS) {
      group.state = 'refused';
      this.unreadable++;
      problems.push(contents ? TOO_MANY_WRITERS : DAMAGED_ENTRY);
      return;
    }
    group.state = 'applied';
    this.received.add(group, contents);
    ready.push({ unit: group, update, contents });
  }

  /** Applies what is ready in one transaction, leaving out what the real doc has already. */
  private apply(ready: Ready[], problems: string[]) {
    if (ready.length === 0) return;
    let deletions: DeleteSet | null = null;
    const docDeletions = () => (deletions ??= Y.createDeleteSetFromStructStore(this.real.store));
    const state = Y.decodeStateVector(Y.encodeStateVector(this.real));
    const needed = ready.filter((r) => !alreadyIn(state, r.contents, docDeletions));
    if (needed.length === 0) return;
    const refuse = (unit: object, message: string) => {
      // Not counted as held: a device that joins later could not (or would not) apply it either.
      this.received.remove(unit);
      if (unit instanceof Uint8Array) this.seen.set(unit, { kind: 'refused' });
      else (unit as Group).state = 'refused';
      this.unreadable++;
      problems.push(message);
    };
    const writers = this.real.store.clients;
    let waiting = runsWaitingIn(this.real);
    this.real.transact(() => {
      for (const { unit, update, contents } of needed) {
        let added = 0;
        for (const client of contents.changes.keys()) if (!writers.has(client)) added++;
        if (writers.size + added > MAX_WRITERS) {
          refuse(unit, TOO_MANY_WRITERS);
          continue;
        }
        const leaves = runsLeftWaiting(this.real, contents);
        if (leaves > 0 && waiting + leaves > MAX_WAITING_RUNS) {
          refuse(unit, TOO_MUCH_WAITING);
          continue;
        }
        try {
          Y.applyUpdate(this.real, update, SYNC_ORIGIN);
          if (leaves > 0) waiting = runsWaitingIn(this.real);
        } catch {
          refuse(unit, DAMAGED_ENTRY);
        }
      }
    }, SYNC_ORIGIN);
  }

  /** Forgets entries no longer in the envelope. True when something counted as held went with them. */
  private forgetRemoved(present = new Set(this.entries.toArray())): boolean {
    let lost = false;
    for (const [entry, seen] of this.seen) {
      if (present.has(entry)) continue;
      this.seen.delete(entry);
      const unit = seen.kind === 'unit' ? entry : seen.kind === 'part' ? seen.group : null;
      if (unit && this.received.has(unit)) {
        this.received.remove(unit);
        lost = true;
      }
      if (seen.kind === 'part') {
        const group = seen.group;
        group.members.delete(entry);
        if (group.state === 'waiting' || group.state === 'applied') group.state = 'broken';
        group.slices.clear();
        if (group.members.size === 0) this.groups.delete(group.id);
      }
    }
    return lost;
  }

  /**
   * The entries a compaction may remove: everything this device has applied or refused, and
   * groups started more than a day from now either way (a writer whose clock was far ahead
   * would otherwise leave its parts on the server for good). Removing a group still under
   * way costs its writer a re-send, never the changes: they are still on its device.
   */
  private dealtWith(): Set<Uint8Array> {
    const now = this.now();
    const doomed = new Set<Uint8Array>();
    for (const [entry, seen] of this.seen) {
      if (seen.kind !== 'part' || seen.group.state !== 'waiting' || Math.abs(now - seen.group.startedAt) > ABANDONED_AFTER_MS) doomed.add(entry);
    }
    return doomed;
  }

  /**
   * Compacts once this many changes could be tidied away. A group of parts counts once, so
   * a snapshot in many parts does not set off another compaction.
   */
  private maybeAutoCompact() {
    if (this.autoCompactAt <= 0 || !this.live || this.entries.length < this.autoCompactAt) return;
    const units = new Set<unknown>();
    for (const entry of this.dealtWith()) {
      const seen = this.seen.get(entry);
      units.add(seen?.kind === 'part' ? seen.group : entry);
    }
    if (units.size >= this.autoCompactAt) void this.compact();
  }

  private onLocalUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin === SYNC_ORIGIN || this.destroyed) return;
    if (!this.live) {
      this.changedOffline = true;
      this.options.onChange?.();
      return;
    }
    this.outbox.push(update);
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
    await this.pushUpdate(batch.length === 1 ? batch[0]! : Y.mergeUpdates(batch));
  }

  /**
   * Pushes what the real doc has and the envelope does not: `encodeStateAsUpdate(real,
   * received)`. Deletions leave no trace in a state vector, so with `deletions` (on going
   * live, since a change made offline may only delete, even before an app restart; or when
   * entries went from the envelope) they are compared too.
   */
  private async pushMissing(deletions: boolean): Promise<void> {
    if (!this.live || this.destroyed) return;
    this.changedOffline = false;
    if (this.received.holdsChangesOf(this.real) && (!deletions || this.received.holdsDeletionsOf(this.real))) return;
    this.outbox = [];
    await this.pushUpdate(Y.encodeStateAsUpdate(this.real, this.received.encode()));
  }

  /**
   * Compresses, encrypts and appends one update: as one entry, or as parts, each waiting
   * until the one before has reached the server (and for the connection, if it drops).
   * `withLastPart` runs in the same envelope transaction as the last part, and only if all
   * the other parts are still there. Resolves true once it is all in the envelope.
   */
  private async pushUpdate(update: Uint8Array, withLastPart?: () => void): Promise<boolean> {
    const contents = readUpdateContents(update);
    const { texts, group: groupId } = entryTextsFor(update, this.now(), randomBytes, this.options.entryBytes);
    const sealed = await Promise.all(texts.map((text) => sealUpdate(this.keys, text)));
    if (this.destroyed || !contents) return false;
    const group: Group | null = groupId ? { id: groupId, count: texts.length, startedAt: this.now(), members: new Set(), slices: new Map(), state: 'applied' } : null;
    if (group) this.groups.set(group.id, group);
    let unit: object | null = group;
    for (const [index, entry] of sealed.entries()) {
      const last = index === sealed.length - 1;
      if (group) {
        await this.options.whenSent?.();
        if (!(await this.untilLive())) return false;
        if (last && !this.allPresent(group.members)) return false; // someone removed a part meanwhile
      }
      this.envelope.transact(() => {
        this.entries.push([entry]);
        const stored = this.entries.get(this.entries.length - 1);
        if (group) {
          group.members.add(stored);
          this.seen.set(stored, { kind: 'part', group });
        } else {
          this.seen.set(stored, { kind: 'unit' });
          unit = stored;
        }
        if (last) withLastPart?.();
      }, OWN_ENTRY);
      this.ownWriters.add(this.envelope.clientID);
    }
    this.received.add(unit!, contents);
    return true;
  }

  private allPresent(parts: Set<Uint8Array>): boolean {
    const present = new Set(this.entries.toArray());
    return [...parts].every((part) => present.has(part));
  }

  private untilLive(): Promise<boolean> {
    if (this.destroyed) return Promise.resolve(false);
    if (this.live) return Promise.resolve(true);
    const waiting = new Promise<boolean>((resolve) => this.liveWaiters.push(resolve));
    this.paused?.settle();
    this.paused = null;
    return waiting;
  }

  private whenPaused(): Promise<void> {
    if (!this.paused) {
      let settle = () => {};
      const promise = new Promise<void>((resolve) => (settle = resolve));
      this.paused = { promise, settle };
    }
    return this.paused.promise;
  }
}
