import type { HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { LOCAL_ORIGIN, readRecord } from '../commands/records';
import { noteDeviceSeen, registerDevice } from '../commands/sharing';
import type { CommonGroundDb, ProjectKeyRow } from '../db/database';
import { collectionMap, type RecordMap } from '../doc/project-doc';
import { deviceType } from '../domain/sharing/device';
import { sharingResetType } from '../domain/sharing/sharing-reset';
import { fail, ok, type Result } from '../result';
import { deriveProjectKeys, type ProjectKeys } from './crypto';
import type { DeviceIdentity } from './device-identity';
import { noteResetsHeard, replaceProjectKey, resetsHeard, retireDone, switchProjectKey, syncMemoryStore, type PendingRetire } from './device-state';
import { SYNC_ORIGIN } from './envelope';
import { toBase64Url } from './encoding';
import { ProjectSync, type ProjectSyncOptions } from './project-sync';
import { newsOfReset, prepareReset } from './sharing-reset';
import { deviceProof } from './team';

export interface SharedProjectOptions {
  db: CommonGroundDb;
  doc: Y.Doc;
  identity: DeviceIdentity;
  row: ProjectKeyRow;
  socketFor(url: string): HocuspocusProviderWebsocket;
  defaultServerUrl: string;
  /** An envelope fetched already (when joining), for the first sync to start from. */
  envelopeState?: Uint8Array;
  sync?: Partial<Pick<ProjectSyncOptions, 'onConflicts' | 'onRemoteRemoval' | 'keepAliveMs' | 'autoCompactAt' | 'batchWindowMs' | 'now'>>;
  /** The sync state, the key, or being left out changed. */
  onChange?(): void;
  /** How long at least between two "last seen" notes in the project. */
  seenEveryMs?: number;
}

/** Adds this device to the project, or brings its record up to date with its name and a proof for the key it holds. */
export async function registerThisDevice(doc: Y.Doc, keys: ProjectKeys, identity: DeviceIdentity): Promise<Result<void>> {
  const proof = await deviceProof(keys, identity);
  const result = registerDevice(doc, { id: identity.id, name: identity.name, signingKey: identity.signingKey, exchangeKey: identity.exchangeKey, proof });
  return result.ok ? ok(undefined) : result;
}

/** A reset that left this device out. */
export interface LeftOut {
  byName: string;
  at: string;
}

/**
 * One shared project on this device, as sharing sees it: the device is registered in the
 * project with a proof for the key it holds; the project is kept in step through the sync
 * server (`ProjectSync`); a good reset announced inside the sharing is followed by itself
 * (new key, new envelope), or, if it left this device out, sync stops and says so.
 */
export class SharedProject {
  private current: ProjectSync | null = null;
  private row: ProjectKeyRow;
  private keys: ProjectKeys | null = null;
  private excluded: LeftOut | null = null;
  private work: Promise<unknown> = Promise.resolve();
  private destroyed = false;
  private lastSeenNote = 0;
  private readonly resets: Y.Map<RecordMap>;

  static async start(options: SharedProjectOptions): Promise<SharedProject> {
    const shared = new SharedProject(options);
    await shared.enqueue(() => shared.run(options.row, options.envelopeState));
    return shared;
  }

  private constructor(private readonly options: SharedProjectOptions) {
    this.row = options.row;
    this.resets = collectionMap(options.doc, sharingResetType.collection);
    this.resets.observe(this.onResets);
  }

  get projectId(): string {
    return this.row.projectId;
  }

  /** The secret in use here; changes when a reset is followed or made. */
  get secret(): string {
    return this.row.secret;
  }

  /** Names the sharing key in use without giving it away; null when there is none (left out). */
  get fingerprint(): string | null {
    return this.keys?.fingerprint ?? null;
  }

  /** Null while starting, and when this device was left out by a reset. */
  get sync(): ProjectSync | null {
    return this.current;
  }

  get leftOut(): LeftOut | null {
    return this.excluded;
  }

  /**
   * Resets sharing from this device, keeping the listed devices: stores the new key, writes
   * the signed announcement into the project, and, when connected, waits for the server to
   * store it in the old sharing and then closes that sharing; then moves here to the new key.
   * When the old sharing could not be closed now, it stays pending (see `closeOldSharing`).
   */
  reset(keep: readonly string[]): Promise<Result<{ closedNow: boolean; pending: PendingRetire }>> {
    return this.enqueue(async () => {
      if (!this.keys || this.excluded || this.destroyed) return fail('This device no longer shares this project, so it cannot reset sharing.');
      const old = this.row;
      const prepared = await prepareReset(this.options.doc, this.keys, this.options.identity, keep, await resetsHeard(this.options.db, old.projectId));
      if (!prepared.ok) return prepared;
      const pending: PendingRetire = { projectId: old.projectId, secret: old.secret, serverUrl: old.serverUrl, announcement: toBase64Url(prepared.value.update) };
      const row = { ...old, secret: prepared.value.secret };
      this.row = row; // before storing it, so whoever watches the stored keys sees nothing to restart
      await replaceProjectKey(this.options.db, row, pending);
      // The sync of the old sharing is still running: it sends the announcement there.
      Y.applyUpdate(this.options.doc, prepared.value.update, LOCAL_ORIGIN);
      const oldSync = this.current;
      let closedNow = false;
      if (oldSync?.state.phase === 'live' && (await oldSync.whenConfirmed(15_000))) closedNow = (await oldSync.retire(15_000)).ok;
      if (closedNow) await retireDone(this.options.db, old.projectId, old.secret);
      await this.run(row);
      return ok({ closedNow, pending });
    });
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.resets.unobserve(this.onResets);
    this.stopSync();
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.work.then(task);
    this.work = run.catch((error: unknown) => console.error('Sharing step failed', error));
    return run;
  }

  private async run(row: ProjectKeyRow, envelopeState?: Uint8Array): Promise<void> {
    this.stopSync();
    if (this.destroyed) return;
    this.row = row;
    this.keys = await deriveProjectKeys(row.projectId, row.secret);
    if (await this.actOnResets()) return;
    await this.register(this.keys);
    if (this.destroyed || this.row !== row) return;
    const { db, doc } = this.options;
    const sync = await ProjectSync.start({
      ...this.options.sync,
      doc,
      keys: this.keys,
      websocket: this.options.socketFor(row.serverUrl ?? this.options.defaultServerUrl),
      memory: syncMemoryStore(db, row.projectId),
      envelopeState,
      onState: (state) => {
        if (state.phase === 'live') this.noteSeen();
        this.options.onChange?.();
      },
    });
    if (this.destroyed || this.row !== row) return sync.destroy();
    this.current = sync;
    this.options.onChange?.();
  }

  /** Follows a reset that kept this device, or stops if one left it out. True when it did either. */
  private async actOnResets(): Promise<boolean> {
    if (!this.keys) return false;
    const heard = await resetsHeard(this.options.db, this.row.projectId);
    const news = await newsOfReset(this.options.doc, this.keys, this.options.identity, heard);
    if (this.destroyed || news.kind === 'none') return false;
    if (news.kind === 'follow') {
      const row = { ...this.row, secret: news.secret };
      this.row = row; // before storing it, so whoever watches the stored keys sees nothing to restart
      await switchProjectKey(this.options.db, row);
      await this.run(row);
      return true;
    }
    this.stopSync();
    this.keys = null;
    this.excluded = { byName: news.byName, at: news.reset.createdAt };
    this.options.onChange?.();
    return true;
  }

  /** Resets that arrive through the sharing (or are made here) are noted as heard before anything acts on them. */
  private onResets = (event: Y.YMapEvent<RecordMap>) => {
    const origin = event.transaction.origin;
    const heard = origin === SYNC_ORIGIN || origin === LOCAL_ORIGIN ? [...event.changes.keys].filter(([, change]) => change.action === 'add').map(([id]) => id) : [];
    void this.enqueue(async () => {
      if (heard.length) await noteResetsHeard(this.options.db, this.row.projectId, heard);
      return this.actOnResets();
    });
  };

  private async register(keys: ProjectKeys) {
    const result = await registerThisDevice(this.options.doc, keys, this.options.identity);
    if (!result.ok) console.error('Could not add this device to the project', result.message);
  }

  private noteSeen() {
    const now = (this.options.sync?.now ?? (() => new Date()))();
    const every = this.options.seenEveryMs ?? 60 * 60 * 1000;
    if (now.getTime() - this.lastSeenNote < every) return;
    const record = readRecord(this.options.doc, deviceType, this.options.identity.id);
    if (!record) return;
    this.lastSeenNote = now.getTime();
    if (record.lastSeenAt && now.getTime() - Date.parse(record.lastSeenAt) < every) return;
    noteDeviceSeen(this.options.doc, record.id, now.toISOString());
  }

  private stopSync() {
    this.current?.destroy();
    this.current = null;
  }
}
