import { t } from '@lingui/core/macro';
import { HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { liveQuery } from 'dexie';
import * as Y from 'yjs';
// Sync opens shared projects before any screen does: kiosk answers left waiting join then too.
import '../feedback/queue-actions';
import { renameDevice } from '../../core/commands/sharing';
import type { ProjectKeyRow } from '../../core/db/database';
import type { ProjectSession } from '../../core/projects/project-session';
import { fail, ok, type Result } from '../../core/result';
import { forgetSettledConflicts, rememberConflicts } from '../../core/sync/conflict-store';
import { canEncrypt, deriveProjectKeys, newSecret } from '../../core/sync/crypto';
import { ensureThisDevice, renameThisDevice, thisDevice, type DeviceIdentity } from '../../core/sync/device-identity';
import {
  compactionDone,
  compactionWanted,
  forgetProjectKey,
  forgetProjectSyncData,
  markCompactionWanted,
  pendingRetires,
  projectKey,
  resetsHeard,
  saveProjectKey,
} from '../../core/sync/device-state';
import { SYNC_ORIGIN } from '../../core/sync/envelope';
import { inviteLink, type Invite } from '../../core/sync/invite';
import { completeJoin, inspectInvite, prepareJoin, type InviteCheck, type JoinContext, type JoinOutcome, type PreparedJoin } from '../../core/sync/join';
import { connectSocket, type ProjectSync } from '../../core/sync/project-sync';
import { SYNC_PATH } from '../../core/sync/protocol';
import { closeOldSharing } from '../../core/sync/sharing-reset';
import { registerThisDevice, SharedProject } from '../../core/sync/shared-project';
import { LEFT_OUT_BY_RESET } from '../../core/sync/status';
import { observeTeam, readTeam, type DeviceStanding } from '../../core/sync/team';
import { db } from '../../state/app-db';
import { getProjectSession } from '../../state/project-sessions';
import { guessDeviceName } from './device-name';
import { browserOnline, minuteTick, syncView } from './sync-signals';

/**
 * Background sync for the whole device: every project with a key on this device is kept
 * open and in step with the sync server whenever there is a network, not only the one on
 * screen. Started once from main.tsx.
 */

interface Running {
  shared: SharedProject;
  session: ProjectSession;
  stop(): void;
}

const running = new Map<string, Running>();
const starting = new Map<string, Promise<void>>();
const sockets = new Map<string, HocuspocusProviderWebsocket>();
/** Envelopes fetched while joining, handed to the first sync so they are not fetched twice. */
const fetchedEnvelopes = new Map<string, Uint8Array>();
/** Projects being fetched for a join: not on the list yet, but not deleted either. */
const joining = new Set<string>();
let started = false;

const NOT_SHARED = { shared: false, state: null, resetPending: false, unreadable: 0, leftOut: null, sharing: null } as const;

/** The sync server next to the app: ws(s)://<this host>/sync. */
export function defaultServerUrl(): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${SYNC_PATH}`;
}

function socketFor(url: string): HocuspocusProviderWebsocket {
  let socket = sockets.get(url);
  if (!socket) {
    socket = new HocuspocusProviderWebsocket({ url, autoConnect: browserOnline.value, delay: 1000, minDelay: 1000, maxDelay: 30_000 });
    sockets.set(url, socket);
  }
  return socket;
}

export function startBackgroundSync(): void {
  if (started) return;
  started = true;
  window.addEventListener('online', () => {
    browserOnline.value = true;
    for (const socket of sockets.values()) connectSocket(socket);
    void finishResets();
  });
  window.addEventListener('offline', () => {
    browserOnline.value = false;
    for (const socket of sockets.values()) socket.disconnect();
  });
  setInterval(() => (minuteTick.value = Date.now()), 60_000);
  liveQuery(() => db.projectKeys.toArray()).subscribe({
    next: (rows) => void reconcile(rows),
    error: (error) => console.error('Could not read this device’s shared projects', error),
  });
  liveQuery(() => pendingRetires(db)).subscribe({
    next: (pending) => showPendingResets(new Set(pending.map((p) => p.projectId))),
    error: (error) => console.error('Could not read this device’s unfinished resets', error),
  });
  void finishResets();
}

let resetsShownPending = new Set<string>();

/** "The old sharing will be closed as soon as there is a connection", for exactly the resets not closed yet. */
function showPendingResets(pending: Set<string>) {
  for (const projectId of new Set([...pending, ...resetsShownPending])) {
    const view = syncView(projectId);
    if (view.value.resetPending !== pending.has(projectId)) view.value = { ...view.value, resetPending: pending.has(projectId) };
  }
  resetsShownPending = pending;
}

async function reconcile(rows: ProjectKeyRow[]) {
  const wanted = new Map(rows.map((r) => [r.projectId, r]));
  for (const [projectId, run] of running) {
    const row = wanted.get(projectId);
    if (row && row.secret === run.shared.secret) continue;
    stopSync(projectId);
    if (!row) syncView(projectId).value = { ...NOT_SHARED };
  }
  for (const row of rows) {
    const view = syncView(row.projectId);
    if (!view.value.shared) view.value = { ...view.value, shared: true };
    if (!running.has(row.projectId) && !starting.has(row.projectId)) {
      const start = startSync(row).finally(() => starting.delete(row.projectId));
      starting.set(row.projectId, start);
    }
  }
  void forgetDeletedProjects();
}

/** A project deleted from this device leaves nothing of its sync behind (keys, remembered values). */
async function forgetDeletedProjects() {
  const keys = await db.settings.where('key').startsWith('sync-').primaryKeys();
  const projectIds = new Set(keys.map((key) => String(key).split(':')[1]).filter((id): id is string => Boolean(id)));
  for (const projectId of projectIds) {
    if (running.has(projectId) || starting.has(projectId) || (await db.projects.get(projectId))) continue;
    if (joining.has(projectId)) continue;
    await forgetProjectSyncData(db, projectId);
  }
}

/** This device's identity, made with a guessed name if it shared projects before devices had names. */
async function identity(name?: string): Promise<Result<DeviceIdentity>> {
  return ensureThisDevice(db, name ?? guessDeviceName());
}

function showState(projectId: string, shared: SharedProject) {
  const view = syncView(projectId);
  const left = shared.leftOut;
  const sync = shared.sync;
  if (left) {
    const previous = view.value.state;
    const state = { pendingCount: previous?.pendingCount ?? 0, pendingSince: previous?.pendingSince ?? null, confirmedAt: previous?.confirmedAt ?? null, phase: 'refused' as const, refusal: LEFT_OUT_BY_RESET, problem: null };
    view.value = { ...view.value, shared: true, state, leftOut: left, sharing: null };
    return;
  }
  view.value = { ...view.value, shared: true, state: sync?.state ?? null, unreadable: sync?.envelopeSync.unreadable ?? 0, leftOut: null, sharing: shared.fingerprint };
}

async function startSync(row: ProjectKeyRow): Promise<void> {
  if (!canEncrypt()) return;
  const projectId = row.projectId;
  try {
    const me = await identity();
    if (!me.ok) return;
    const session = await getProjectSession(projectId);
    // The key may have changed or gone while the project was opening.
    const current = await projectKey(db, projectId);
    if (!current || current.secret !== row.secret || running.has(projectId)) return;
    let compactTimer: ReturnType<typeof setTimeout> | null = null;
    let shared: SharedProject | null = null;
    const onChange = () => {
      if (!shared) return;
      showState(projectId, shared);
      if (shared.sync?.state.phase === 'live') void compactIfWanted(projectId, shared.sync);
    };
    shared = await SharedProject.start({
      db,
      doc: session.doc,
      identity: me.value,
      row,
      socketFor,
      defaultServerUrl: defaultServerUrl(),
      envelopeState: fetchedEnvelopes.get(projectId),
      onChange,
      sync: {
        onConflicts: (found) => void rememberConflicts(db, projectId, found),
        // Another device erased someone: drop the old copies this device keeps too.
        onRemoteRemoval: () => {
          if (compactTimer) clearTimeout(compactTimer);
          compactTimer = setTimeout(() => {
            void session.store.compact().catch(() => undefined);
            void forgetSettledConflicts(db, projectId, session.doc);
          }, 2000);
        },
      },
    });
    fetchedEnvelopes.delete(projectId);
    const started = shared;
    const onDestroy = () => stopSync(projectId);
    session.doc.on('destroy', onDestroy);
    running.set(projectId, {
      shared: started,
      session,
      stop() {
        session.doc.off('destroy', onDestroy);
        if (compactTimer) clearTimeout(compactTimer);
        started.destroy();
      },
    });
    onChange();
  } catch (error) {
    console.error('Could not start syncing a project', error);
  }
}

function stopSync(projectId: string) {
  const run = running.get(projectId);
  if (!run) return;
  running.delete(projectId);
  run.stop();
}

async function compactIfWanted(projectId: string, sync: ProjectSync) {
  if (!(await compactionWanted(db, projectId))) return;
  if (await sync.compact()) await compactionDone(db, projectId);
}

/**
 * Announces and closes old sharings that a reset could not close at the time (no connection),
 * each over a connection of its own: the device's shared connection may still be closing
 * the old sharing's previous sync.
 */
async function finishResets() {
  if (!browserOnline.value || !canEncrypt()) return;
  for (const pending of await pendingRetires(db)) {
    const socket = new HocuspocusProviderWebsocket({ url: pending.serverUrl ?? defaultServerUrl(), autoConnect: true, delay: 1000, minDelay: 1000, maxDelay: 30_000 });
    await closeOldSharing(db, pending, socket).finally(() => socket.destroy());
  }
}

function appUrl(): string {
  return `${location.origin}${location.pathname}`;
}

/** The project's invite link, signed by this device (registered in the project first, so the link can be checked). */
export async function currentInviteLink(projectId: string): Promise<Result<string>> {
  await starting.get(projectId);
  const row = await projectKey(db, projectId);
  const me = await thisDevice(db);
  if (!row || !me) return fail(t`This project is not shared from this device.`);
  const session = await getProjectSession(projectId);
  const registered = await registerThisDevice(session.doc, await deriveProjectKeys(projectId, row.secret), me);
  if (!registered.ok) return registered;
  return ok(await inviteLink(appUrl(), projectId, row.secret, me));
}

const NEEDS_HTTPS = 'Sharing needs the app to be opened over a secure connection (an address starting with https://). Ask whoever runs your sync server.';

/** Starts sharing a project from this device, which takes the name given. Returns the invite link. */
export async function shareProject(projectId: string, deviceName: string): Promise<Result<string>> {
  if (!canEncrypt()) return fail(NEEDS_HTTPS);
  const me = await nameThisDevice(deviceName);
  if (!me.ok) return me;
  const existing = await projectKey(db, projectId);
  if (!existing) await saveProjectKey(db, { projectId, secret: newSecret(), serverUrl: defaultServerUrl() });
  return currentInviteLink(projectId);
}

/** Makes this device's identity with the name given, or renames it. */
async function nameThisDevice(name: string): Promise<Result<DeviceIdentity>> {
  const me = await identity(name);
  if (!me.ok || me.value.name === name.trim()) return me;
  return renameThisDevice(db, name);
}

export interface TeamRow {
  id: string;
  name: string;
  thisDevice: boolean;
  standing: DeviceStanding;
  addedAt: string;
  lastSeenAt: string | null;
  removedOn: string | null;
}

/** The devices of a shared project as this device knows them, this device first. */
export async function teamOf(projectId: string): Promise<TeamRow[]> {
  const row = await projectKey(db, projectId);
  const me = await thisDevice(db);
  const session = await getProjectSession(projectId);
  const team = await readTeam(session.doc, projectId, row ? await deriveProjectKeys(projectId, row.secret) : null, await resetsHeard(db, projectId));
  return [...team.devices.values()]
    .map(({ device, standing, removedBy }) => ({
      id: device.id,
      name: device.name,
      thisDevice: device.id === me?.id,
      standing,
      addedAt: device.createdAt,
      lastSeenAt: device.lastSeenAt ?? null,
      removedOn: removedBy?.createdAt ?? null,
    }))
    .sort((a, b) => Number(b.thisDevice) - Number(a.thisDevice) || a.addedAt.localeCompare(b.addedAt));
}

/**
 * Calls `onChange` with the project's devices now, and again whenever its devices or resets
 * change. Returns the way to stop.
 */
export function watchTeam(projectId: string, onChange: (rows: TeamRow[]) => void): () => void {
  let stopped = false;
  let asked = 0;
  let unobserve = () => {};
  const refresh = () => {
    const mine = ++asked;
    void teamOf(projectId).then((rows) => !stopped && mine === asked && onChange(rows));
  };
  void getProjectSession(projectId).then((session) => {
    if (stopped) return;
    unobserve = observeTeam(session.doc, refresh);
    refresh();
  });
  return () => {
    stopped = true;
    unobserve();
  };
}

/** Renames this device here and in this project (other projects pick the name up when they next sync). */
export async function renameHere(projectId: string, name: string): Promise<Result<void>> {
  const renamed = await renameThisDevice(db, name);
  if (!renamed.ok) return renamed;
  const session = await getProjectSession(projectId);
  const result = renameDevice(session.doc, renamed.value.id, renamed.value.name);
  return result.ok ? ok(undefined) : result;
}

export function thisDeviceName(): Promise<string | null> {
  return thisDevice(db).then((me) => me?.name ?? null);
}

/**
 * Resets sharing, keeping the devices listed: the others (and anyone with an old link) are
 * left out. Kept devices that are connected follow by themselves.
 */
export async function resetSharing(projectId: string, keep: string[]): Promise<Result<{ closedNow: boolean }>> {
  if (!canEncrypt()) return fail(NEEDS_HTTPS);
  await starting.get(projectId);
  const run = running.get(projectId);
  if (!run) return fail(t`This project is not shared from this device.`);
  const result = await run.shared.reset(keep);
  if (!result.ok) return result;
  if (!result.value.closedNow) void finishResets();
  return ok({ closedNow: result.value.closedNow });
}

/** Stops syncing this project on this device only. The project stays here; others carry on. */
export async function stopSharingHere(projectId: string): Promise<void> {
  await forgetProjectKey(db, projectId);
  stopSync(projectId);
  syncView(projectId).value = { ...NOT_SHARED };
}

function joinContext(): JoinContext {
  return {
    db,
    serverUrl: defaultServerUrl(),
    // A connection of its own: when the fetch's provider closes, the server may close the
    // connection under it, and a project starting to sync on that same connection could be
    // left waiting for a reconnect (seen as "Syncing…" that never ends on a busy device).
    openSocket: (url) => new HocuspocusProviderWebsocket({ url, autoConnect: true, delay: 1000, minDelay: 1000, maxDelay: 30_000 }),
    async localDoc(projectId) {
      const row = await db.projects.get(projectId);
      return row && !row.incomplete ? (await getProjectSession(projectId)).doc : null;
    },
    keepEnvelope: (projectId, envelopeState) => fetchedEnvelopes.set(projectId, envelopeState),
    async storeNewProject(projectId, update) {
      const session = await getProjectSession(projectId);
      Y.applyUpdate(session.doc, update, SYNC_ORIGIN);
      await session.store.whenSaved();
      await session.projector.settled();
    },
    async pauseSync(projectId) {
      await starting.get(projectId);
      stopSync(projectId);
      // Sync starts again by itself when the key changes; if it does not change, start it here.
      return { resume: () => void db.projectKeys.toArray().then(reconcile) };
    },
    async whenSaved(projectId) {
      await (await getProjectSession(projectId)).store.whenSaved();
    },
  };
}

/** What a link would do here, checked against this device's copy of the project. Makes no connection. */
export async function checkInviteHere(invite: Invite): Promise<Result<InviteCheck>> {
  if (!canEncrypt()) return fail(NEEDS_HTTPS);
  return inspectInvite(joinContext(), invite);
}

/** A project fetched for a link and checked, waiting for the facilitator's yes. Nothing of it is stored. */
let waiting: PreparedJoin | null = null;

const sameInvite = (a: Invite, b: Invite) => a.projectId === b.projectId && a.secret === b.secret && a.inviterId === b.inviterId && a.signature === b.signature;

/** Lets go of a fetched project nobody joined. */
export function dropInvitedProject(): void {
  waiting?.discard();
  waiting = null;
}

async function prepare(invite: Invite): Promise<Result<PreparedJoin | null>> {
  if (!canEncrypt()) return fail(NEEDS_HTTPS);
  if (!browserOnline.value) return fail(t`Using an invite link needs an internet connection. Try again when you are connected.`);
  if (waiting && sameInvite(waiting.invite, invite)) return ok(waiting);
  dropInvitedProject();
  joining.add(invite.projectId);
  try {
    const prepared = await prepareJoin(joinContext(), invite);
    if (!prepared.ok) return prepared;
    if ('kind' in prepared.value) return ok(null);
    waiting = prepared.value;
    return ok(waiting);
  } finally {
    joining.delete(invite.projectId);
  }
}

/**
 * Fetches the project a link leads to and checks it, storing nothing, so the join screen can
 * say which device made the link (and what the project is called) before anything changes.
 */
export async function fetchInvitedProject(invite: Invite): Promise<Result<{ projectName: string; inviterName: string } | null>> {
  const prepared = await prepare(invite);
  if (!prepared.ok || !prepared.value) return prepared.ok ? ok(null) : prepared;
  return ok({ projectName: prepared.value.projectName, inviterName: prepared.value.inviterName });
}

/**
 * Uses an invite. A new project is stored only once it has all arrived and passed every
 * check; a project already here takes the link's key only if its team made the link. A
 * name given (joining a new project) becomes this device's name.
 */
export async function joinProject(invite: Invite, deviceName?: string): Promise<Result<JoinOutcome>> {
  const me = deviceName === undefined ? await identity() : await nameThisDevice(deviceName);
  if (!me.ok) return me;
  const prepared = await prepare(invite);
  if (!prepared.ok) return prepared;
  if (!prepared.value) return ok({ kind: 'already-here', projectId: invite.projectId, inviterName: null });
  joining.add(invite.projectId);
  try {
    return await completeJoin(joinContext(), prepared.value);
  } catch {
    return fail('The project could not be saved on this device. Check there is storage space, then try again.');
  } finally {
    joining.delete(invite.projectId);
    dropInvitedProject();
  }
}

/**
 * After an erasure: replaces this device's stored history and the server's envelope with
 * a snapshot, so neither keeps old copies of what was erased (the server only ever held
 * them encrypted). When offline, the envelope is compacted as soon as sync is live again.
 */
export async function compactProjectEverywhere(session: ProjectSession): Promise<Result<'done' | 'when-online' | 'not-shared'>> {
  const projectId = session.projectId;
  try {
    await session.store.compact();
  } catch {
    return fail('This device’s copy could not be tidied up. Try again.');
  }
  await forgetSettledConflicts(db, projectId, session.doc);
  if (!(await projectKey(db, projectId))) return ok('not-shared');
  const sync = running.get(projectId)?.shared.sync;
  if (sync && (await sync.compact())) return ok('done');
  await markCompactionWanted(db, projectId);
  return ok('when-online');
}
