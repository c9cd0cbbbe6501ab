import { HocuspocusProvider, type HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { topLevelName } from '../doc/project-doc';
import { recordTypeFor } from '../domain/registry';
import { fail, ok, type Result } from '../result';
import { watchConflicts, type FieldConflict } from './conflicts';
import type { ProjectKeys } from './crypto';
import { EnvelopeSync, SYNC_ORIGIN } from './envelope';
import { decodeStateVectorNote, encodeNote, parseServerNote, REFUSAL, stateCovers } from './protocol';
import { PASSING_REFUSALS } from './refusal';
import { refusalMessage } from './status';

export { refusalMessage } from './status';

export type SyncPhase =
  /** Not connected to the sync server. */
  | 'offline'
  /** Connected; catching up with the server. */
  | 'syncing'
  /** Caught up; changes travel as they are made. */
  | 'live'
  /** The server turned this device away for good (see `refusal`). */
  | 'refused';

/** What a device remembers about a shared project's sync, across app restarts. */
export interface SyncMemory {
  /** Changes made on this device that the server has not confirmed storing. */
  pendingCount: number;
  /** When the oldest of those was made. */
  pendingSince: string | null;
  /** When the server last confirmed it had stored everything from this device. */
  confirmedAt: string | null;
}

export interface SyncState extends SyncMemory {
  phase: SyncPhase;
  /** Why the server turned this device away: for good when `phase` is 'refused', else for now (it tries again). */
  refusal: string | null;
  /** The latest thing that went wrong, in plain English (cleared once up to date). */
  problem: string | null;
}

export interface SyncMemoryStore {
  load(): Promise<SyncMemory>;
  save(memory: SyncMemory): Promise<void>;
}

export interface ProjectSyncOptions {
  doc: Y.Doc;
  keys: ProjectKeys;
  websocket: HocuspocusProviderWebsocket;
  memory?: SyncMemoryStore;
  onState?(state: SyncState): void;
  onConflicts?(found: FieldConflict[]): void;
  /** Another device removed a record (an erasure, or a mark taken back). */
  onRemoteRemoval?(): void;
  /** How often to ask the server what it has stored; also keeps the connection open. */
  keepAliveMs?: number;
  autoCompactAt?: number;
  /** See `EnvelopeSyncOptions.batchWindowMs`. */
  batchWindowMs?: number;
  /** An envelope already fetched (when joining), so it is not fetched twice. */
  envelopeState?: Uint8Array;
  /** After a refusal that may pass (the project or server is full, a daily limit), try again this much later. */
  retryAfterRefusalMs?: number;
  now?: () => Date;
}

/**
 * (Re)connects a shared socket. Hocuspocus ignores `connect()` while a socket it was told
 * to close has not finished closing, and would then stay closed; saying that it should
 * connect makes it reconnect as soon as the close completes.
 */
export function connectSocket(socket: HocuspocusProviderWebsocket): void {
  socket.shouldConnect = true;
  void socket.connect();
}

const NO_MEMORY: SyncMemory = { pendingCount: 0, pendingSince: null, confirmedAt: null };

/**
 * Keeps one project in step with the sync server: the envelope (what the server sees)
 * travels through a Hocuspocus provider on a shared WebSocket; `EnvelopeSync` turns it
 * into the real project doc and back. Knows whether this device's changes are stored on
 * the server (only once the server says so).
 */
export class ProjectSync {
  readonly envelope = new Y.Doc();
  readonly envelopeSync: EnvelopeSync;
  readonly provider: HocuspocusProvider;
  private current: SyncState;
  private readonly now: () => Date;
  private saveTimer: ReturnType<typeof setTimeout> | null = null;
  private keepAlive: ReturnType<typeof setInterval> | null = null;
  private stopWatchingConflicts: () => void;
  private readonly listeners = new Set<(state: SyncState) => void>();
  private retiredWaiters: Array<() => void> = [];
  private sentWaiters = new Set<() => void>();
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private destroyed = false;

  static async start(options: ProjectSyncOptions): Promise<ProjectSync> {
    const memory = options.memory ? await options.memory.load() : NO_MEMORY;
    return new ProjectSync(options, memory);
  }

  private constructor(
    private readonly options: ProjectSyncOptions,
    memory: SyncMemory,
  ) {
    this.now = options.now ?? (() => new Date());
    this.current = { ...memory, phase: 'offline', refusal: null, problem: null };
    if (options.envelopeState) Y.applyUpdate(this.envelope, options.envelopeState);
    this.envelopeSync = new EnvelopeSync(options.doc, this.envelope, options.keys, {
      autoCompactAt: options.autoCompactAt,
      batchWindowMs: options.batchWindowMs,
      onProblem: (message) => this.update({ problem: message }),
      onChange: () => this.checkStored(null),
      whenSent: () => this.whenSent(),
    });
    options.doc.on('update', this.onLocalUpdate);
    options.doc.on('afterTransaction', this.onTransaction);
    this.stopWatchingConflicts = watchConflicts(options.doc, (found) => options.onConflicts?.(found));
    if (options.onState) this.listeners.add(options.onState);

    this.provider = new HocuspocusProvider({
      websocketProvider: options.websocket,
      name: options.keys.room,
      document: this.envelope,
      token: options.keys.token,
      awareness: null,
    });
    this.provider.on('synced', this.onSynced);
    this.provider.on('stateless', this.onStateless);
    this.provider.on('authenticationFailed', this.onRefused);
    this.provider.on('status', this.onStatus);
    this.provider.on('close', this.onClosed);
    this.provider.on('disconnect', this.onDisconnected);
    this.provider.attach();
    this.keepAlive = setInterval(() => this.askStored(), options.keepAliveMs ?? 20_000);
  }

  get state(): SyncState {
    return this.current;
  }

  get projectId(): string {
    return this.options.keys.projectId;
  }

  onState(listener: (state: SyncState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Replaces all entries this device has dealt with by one snapshot (for erasure, or to tidy up). */
  compact(): Promise<boolean> {
    return this.envelopeSync.compact();
  }

  /** Resolves once the server has confirmed storing everything from this device (or the timeout passes). */
  whenConfirmed(timeoutMs = 30_000): Promise<boolean> {
    return this.waitFor((s) => s.phase === 'live' && s.pendingCount === 0 && !this.envelopeSync.hasUnpushed && s.confirmedAt !== null, timeoutMs);
  }

  whenLive(timeoutMs = 30_000): Promise<boolean> {
    return this.waitFor((s) => s.phase === 'live', timeoutMs);
  }

  /** Resolves true once the server has turned this device away (false when the timeout passes first). */
  whenRefused(timeoutMs = 30_000): Promise<boolean> {
    return this.waitFor((s) => s.phase === 'refused', timeoutMs);
  }

  private waitFor(test: (s: SyncState) => boolean, timeoutMs: number): Promise<boolean> {
    if (test(this.current)) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        off();
        resolve(false);
      }, timeoutMs);
      const off = this.onState((s) => {
        if (!test(s)) return;
        clearTimeout(timer);
        off();
        resolve(true);
      });
    });
  }

  /**
   * Closes this envelope on the server for good (after a sharing reset, with the old
   * secret): devices still using it are turned away.
   */
  retire(timeoutMs = 15_000): Promise<Result<void>> {
    if (this.current.refusal === REFUSAL.sharingReset) return Promise.resolve(ok(undefined));
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(fail('The sync server could not be reached to close the old sharing. It will be tried again when there is a connection.')), timeoutMs);
      this.retiredWaiters.push(() => {
        clearTimeout(timer);
        resolve(ok(undefined));
      });
      const send = () => this.provider.sendStateless(encodeNote({ type: 'retire' }));
      if (this.provider.isAuthenticated) send();
      else this.provider.on('authenticated', send);
    });
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    if (this.keepAlive) clearInterval(this.keepAlive);
    if (this.retryTimer) clearTimeout(this.retryTimer);
    if (this.saveTimer) {
      clearTimeout(this.saveTimer);
      void this.options.memory?.save(this.memory());
    }
    for (const done of [...this.sentWaiters]) done();
    this.stopWatchingConflicts();
    this.options.doc.off('update', this.onLocalUpdate);
    this.options.doc.off('afterTransaction', this.onTransaction);
    this.envelopeSync.destroy();
    this.provider.destroy();
    this.envelope.destroy();
    this.listeners.clear();
  }

  private memory(): SyncMemory {
    const { pendingCount, pendingSince, confirmedAt } = this.current;
    return { pendingCount, pendingSince, confirmedAt };
  }

  private update(patch: Partial<SyncState>, persist = false) {
    if (this.destroyed) return;
    this.current = { ...this.current, ...patch };
    for (const listener of this.listeners) listener(this.current);
    if (persist) this.scheduleSave();
  }

  private scheduleSave() {
    if (!this.options.memory || this.saveTimer) return;
    this.saveTimer = setTimeout(() => {
      this.saveTimer = null;
      void this.options.memory?.save(this.memory());
    }, 300);
  }

  private onLocalUpdate = (_update: Uint8Array, origin: unknown) => {
    if (origin === SYNC_ORIGIN) return;
    this.update({ pendingCount: this.current.pendingCount + 1, pendingSince: this.current.pendingSince ?? this.now().toISOString() }, true);
  };

  private onTransaction = (transaction: Y.Transaction) => {
    if (transaction.origin !== SYNC_ORIGIN || !this.options.onRemoteRemoval) return;
    for (const [type, keys] of transaction.changed) {
      if (type._item !== null || !(type instanceof Y.Map)) continue;
      const name = topLevelName(this.options.doc, type);
      if (!name || !recordTypeFor(name)) continue;
      for (const key of keys) {
        if (key !== null && !type.has(key)) {
          this.options.onRemoteRemoval();
          return;
        }
      }
    }
  };

  private onStatus = ({ status }: { status: string }) => {
    if (this.current.phase === 'refused') return;
    if (status === 'connected') this.update({ phase: 'syncing' });
    else if (status === 'disconnected') this.onDisconnected();
  };

  /** The server may close one project's connection with a reason (the project is full, …). */
  private onClosed = ({ event }: { event?: { reason?: string } }) => {
    const reason = event?.reason ?? '';
    if (PASSING_REFUSALS.has(reason)) this.pause(reason);
    else this.onDisconnected();
  };

  private onDisconnected = () => {
    if (this.current.phase === 'refused' || this.destroyed) return;
    void this.envelopeSync.setLive(false);
    if (this.current.phase !== 'offline') this.update({ phase: 'offline' });
  };

  private onSynced = async () => {
    if (this.current.phase === 'refused') return;
    this.update({ phase: 'syncing', refusal: null });
    await this.envelopeSync.setLive(true);
    if (this.destroyed || !this.provider.isSynced) return;
    this.update({ phase: 'live' });
    this.askStored();
  };

  /**
   * Resolves once the server has taken every update sent so far, or the connection dropped.
   * (After a long wait it resolves anyway, so a lost acknowledgement cannot stall sync.)
   */
  private whenSent(timeoutMs = 120_000): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.sentWaiters.delete(done);
        this.provider.off('unsyncedChanges', check);
        this.provider.off('status', check);
        resolve();
      };
      this.sentWaiters.add(done);
      const check = () => {
        const connected = this.current.phase === 'live' || this.current.phase === 'syncing';
        if (this.destroyed || !connected || this.provider.unsyncedChanges === 0) done();
      };
      const timer = setTimeout(done, timeoutMs);
      this.provider.on('unsyncedChanges', check);
      this.provider.on('status', check);
      check();
    });
  }

  private askStored() {
    if (this.destroyed || !this.provider.isAuthenticated) return;
    this.provider.sendStateless(encodeNote({ type: 'stored?', clients: [...this.envelopeSync.ownWriters] }));
  }

  private onStateless = ({ payload }: { payload: string }) => {
    const note = parseServerNote(payload);
    if (!note) return;
    if (note.type === 'retired') {
      this.refuse(REFUSAL.sharingReset);
      return;
    }
    const stored = decodeStateVectorNote(note);
    if (stored) this.checkStored(stored);
  };

  private lastStored: Map<number, number> | null = null;

  /** "Up to date" only when the server has stored every entry this device has put in the envelope. */
  private checkStored(stored: Map<number, number> | null) {
    if (stored) this.lastStored = stored;
    const known = this.lastStored;
    if (!known || this.current.phase !== 'live' || this.envelopeSync.hasUnpushed) return;
    const everything = Y.decodeStateVector(Y.encodeStateVector(this.envelope));
    const own = new Map([...this.envelopeSync.ownWriters].map((client) => [client, everything.get(client) ?? 0]));
    if (!stateCovers(known, own)) return;
    this.lastStored = null; // a later change needs a later confirmation
    this.update({ pendingCount: 0, pendingSince: null, confirmedAt: this.now().toISOString(), problem: null }, true);
  }

  private onRefused = ({ reason }: { reason: string }) => {
    if (PASSING_REFUSALS.has(reason)) this.pause(reason);
    else this.refuse(reason);
  };

  /** Turned away for now: say why, keep every change, and ask again later. */
  private pause(reason: string) {
    if (this.destroyed || this.current.phase === 'refused') return;
    void this.envelopeSync.setLive(false);
    this.provider.detach();
    this.update({ phase: 'offline', refusal: reason, problem: refusalMessage(reason) });
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      if (!this.destroyed && this.current.phase !== 'refused') this.provider.attach();
    }, this.options.retryAfterRefusalMs ?? 60_000);
  }

  private refuse(reason: string) {
    for (const waiter of this.retiredWaiters.splice(0)) waiter();
    void this.envelopeSync.setLive(false);
    this.update({ phase: 'refused', refusal: reason });
    this.provider.detach();
  }
}
