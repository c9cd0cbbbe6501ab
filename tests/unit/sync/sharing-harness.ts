import { HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { initialiseProject } from '../../../src/core/commands/project';
import { openDatabase, type CommonGroundDb } from '../../../src/core/db/database';
import { createProjectDoc } from '../../../src/core/doc/project-doc';
import { newSecret } from '../../../src/core/sync/crypto';
import { ensureThisDevice, type DeviceIdentity } from '../../../src/core/sync/device-identity';
import { pendingRetires, projectKey, saveProjectKey } from '../../../src/core/sync/device-state';
import { connectSocket } from '../../../src/core/sync/project-sync';
import { closeOldSharing } from '../../../src/core/sync/sharing-reset';
import { SYNC_ORIGIN } from '../../../src/core/sync/envelope';
import { inviteCode, parseInviteParts, type Invite } from '../../../src/core/sync/invite';
import { acceptInvite, completeJoin, inspectInvite, prepareJoin, type JoinContext, type PreparedJoin } from '../../../src/core/sync/join';
import { SharedProject } from '../../../src/core/sync/shared-project';
import { capturingWebSocket, containsBytes, type Frame } from './server-harness';

let made = 0;

/**
 * A facilitator's device in Node, running the app's own sharing code against the real server:
 * its own Dexie database (keys, identity), a project doc, and `SharedProject` for sync. Every
 * WebSocket frame it sends or gets is kept, so a test can show what never left it.
 */
export class TestDevice {
  readonly frames: Frame[] = [];
  /** URLs of the connections opened to fetch a project (joining by link). */
  readonly fetchConnections: string[] = [];
  shared: SharedProject | null = null;
  hasProject = false;
  private socket: HocuspocusProviderWebsocket | null = null;
  private readonly sockets: HocuspocusProviderWebsocket[] = [];

  private constructor(
    readonly name: string,
    readonly projectId: string,
    readonly wsUrl: string,
    readonly db: CommonGroundDb,
    readonly identity: DeviceIdentity,
    readonly doc: Y.Doc,
  ) {}

  static async make(name: string, projectId: string, wsUrl: string): Promise<TestDevice> {
    const db = openDatabase(`sharing-test-${++made}-${Math.random().toString(36).slice(2)}`);
    const identity = await ensureThisDevice(db, name);
    if (!identity.ok) throw new Error(identity.message);
    return new TestDevice(name, projectId, wsUrl, db, identity.value, createProjectDoc(projectId));
  }

  private newSocket(url: string): HocuspocusProviderWebsocket {
    const socket = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: capturingWebSocket(this.frames), delay: 200, minDelay: 100, maxDelay: 1000 });
    this.sockets.push(socket);
    return socket;
  }

  get context(): JoinContext {
    return {
      db: this.db,
      serverUrl: this.wsUrl,
      openSocket: (url) => {
        this.fetchConnections.push(url);
        return this.newSocket(url);
      },
      localDoc: async () => (this.hasProject ? this.doc : null),
      storeNewProject: async (_projectId, update) => {
        Y.applyUpdate(this.doc, update, SYNC_ORIGIN);
        this.hasProject = true;
      },
      pauseSync: async () => {
        const paused = this.shared;
        paused?.destroy();
        this.shared = null;
        return { resume: () => void (paused && this.start()) };
      },
      whenSaved: async () => undefined,
    };
  }

  /** Starts a new project here and shares it. */
  async startSharing(projectName: string): Promise<void> {
    initialiseProject(this.doc, { name: projectName, purpose: 'Working together' });
    this.hasProject = true;
    await saveProjectKey(this.db, { projectId: this.projectId, secret: newSecret(), serverUrl: this.wsUrl });
    await this.start();
  }

  /** (Re)starts sync with the key this device holds, as the app does whenever its stored key changes. */
  async start(envelopeState?: Uint8Array): Promise<void> {
    this.shared?.destroy();
    const row = await projectKey(this.db, this.projectId);
    if (!row) throw new Error(`${this.name} holds no key`);
    this.socket ??= this.newSocket(this.wsUrl);
    const socket = this.socket;
    this.shared = await SharedProject.start({
      db: this.db,
      doc: this.doc,
      identity: this.identity,
      row,
      socketFor: () => socket,
      defaultServerUrl: this.wsUrl,
      envelopeState,
      sync: { keepAliveMs: 400 },
    });
  }

  /** Drops the device's connection (as when the tablet loses signal), or brings it back. */
  setOnline(online: boolean): void {
    if (!this.socket) return;
    if (online) connectSocket(this.socket);
    else {
      this.socket.shouldConnect = false;
      this.socket.disconnect();
    }
  }

  /** Closes an old sharing left pending by a reset, over a connection of its own (as the app does once online). */
  async finishResets() {
    const results = [];
    for (const pending of await pendingRetires(this.db)) {
      const socket = this.newSocket(pending.serverUrl ?? this.wsUrl);
      results.push(await closeOldSharing(this.db, pending, socket).finally(() => socket.destroy()));
    }
    return results;
  }

  async secret(): Promise<string | undefined> {
    return (await projectKey(this.db, this.projectId))?.secret;
  }

  /** A link made on this device, for the key it holds or any other secret. */
  async invite(secret?: string): Promise<Invite> {
    const parsed = await parseInviteParts(this.projectId, await inviteCode(this.projectId, secret ?? (await this.secret())!, this.identity));
    if (!parsed.ok) throw new Error(parsed.message);
    return parsed.value;
  }

  inspect(invite: Invite) {
    return inspectInvite(this.context, invite);
  }

  /** Uses a link as the join screen does, then restarts sync with the key it now holds. */
  async use(invite: Invite) {
    const result = await acceptInvite(this.context, invite);
    if (result.ok && result.value.kind !== 'already-here') await this.start(result.value.envelopeState);
    return result;
  }

  /** Fetches and checks what a link leads to, storing nothing (the join screen's first step). */
  prepare(invite: Invite) {
    return prepareJoin(this.context, invite);
  }

  /** The facilitator says yes to a prepared join; sync then starts with the key now held. */
  async complete(prepared: PreparedJoin) {
    const result = await completeJoin(this.context, prepared);
    prepared.discard();
    if (result.ok && result.value.kind !== 'already-here') await this.start(result.value.envelopeState);
    return result;
  }

  /** True when this device ever sent a frame naming this room. */
  sentToRoom(room: string): boolean {
    const name = new TextEncoder().encode(room);
    return this.frames.some((f) => f.sent && containsBytes(f.data, name));
  }

  async destroy(): Promise<void> {
    this.shared?.destroy();
    for (const socket of this.sockets) socket.destroy();
    this.doc.destroy();
    this.db.close();
  }
}
