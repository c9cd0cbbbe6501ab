import { HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { liveQuery } from 'dexie';
import * as Y from 'yjs';
// Sync opens shared projects before any screen does: kiosk answers left waiting join then too.
import '../feedback/queue-actions';
import type { ProjectKeyRow } from '../../core/db/database';
import type { ProjectSession } from '../../core/projects/project-session';
import { fail, ok, type Result } from '../../core/result';
import { forgetSettledConflicts, rememberConflicts } from '../../core/sync/conflict-store';
import { canEncrypt, deriveProjectKeys, newSecret } from '../../core/sync/crypto';
import {
  compactionDone,
  compactionWanted,
  forgetProjectKey,
  forgetProjectSyncData,
  markCompactionWanted,
  pendingRetires,
  projectKey,
  replaceProjectKey,
  retireDone,
  saveProjectKey,
  syncMemoryStore,
} from '../../core/sync/device-state';
import { SYNC_ORIGIN } from '../../core/sync/envelope';
import { inviteLink, type Invite } from '../../core/sync/invite';
import { fetchSharedProject } from '../../core/sync/join';
import { connectSocket, ProjectSync } from '../../core/sync/project-sync';
import { SYNC_PATH } from '../../core/sync/protocol';
import { db } from '../../state/app-db';
import { getProjectSession } from '../../state/project-sessions';
import { browserOnline, minuteTick, syncView } from './sync-signals';

/**
 * Background sync for the whole device: every project with a key on this device is kept
 * open and in step with the sync server whenever there is a network, not only the one on
 * screen. Started once from main.tsx.
 */

interface Running {
  secret: string;
  sync: ProjectSync;
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
  void finishResets();
}

async function reconcile(rows: ProjectKeyRow[]) {
  const wanted = new Map(rows.map((r) => [r.projectId, r]));
  for (const [projectId, run] of running) {
    const row = wanted.get(projectId);
    if (!row || row.secret !== run.secret) stopSync(projectId);
  }
  for (const row of rows) {
    const view = syncView(row.projectId);
    if (!view.value.shared) view.value = { ...view.value, shared: true };
    if (!running.has(row.projectId) && !starting.has(row.projectId)) {
      const start = startSync(row).finally(() => starting.delete(row.projectId));
      starting.set(row.projectId, start);
    }
  }
  for (const [projectId] of running) if (!wanted.has(projectId)) syncView(projectId).value = { shared: false, state: null, resetPending: false, unreadable: 0 };
  void forgetDeletedProjects();
  const resets = new Set((await pendingRetires(db)).map((r) => r.projectId));
  for (const row of rows) {
    const view = syncView(row.projectId);
    if (view.value.resetPending !== resets.has(row.projectId)) view.value = { ...view.value, resetPending: resets.has(row.projectId) };
  }
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

async function startSync(row: ProjectKeyRow): Promise<void> {
  if (!canEncrypt()) return;
  const projectId = row.projectId;
  try {
    const session = await getProjectSession(projectId);
    const keys = await deriveProjectKeys(projectId, row.secret);
    // The key may have changed or gone while the project was opening.
    const current = await projectKey(db, projectId);
    if (!current || current.secret !== row.secret || running.has(projectId)) return;
    const view = syncView(projectId);
    let compactTimer: ReturnType<typeof setTimeout> | null = null;
    const sync = await ProjectSync.start({
      doc: session.doc,
      keys,
      websocket: socketFor(row.serverUrl ?? defaultServerUrl()),
      memory: syncMemoryStore(db, projectId),
      envelopeState: fetchedEnvelopes.get(projectId),
      onState: (state) => {
        view.value = { ...view.value, shared: true, state, unreadable: sync.envelopeSync.unreadable };
        if (state.phase === 'live') void compactIfWanted(projectId, sync);
      },
      onConflicts: (found) => void rememberConflicts(db, projectId, found),
      // Another device erased someone: drop the old copies this device keeps too.
      onRemoteRemoval: () => {
        if (compactTimer) clearTimeout(compactTimer);
        compactTimer = setTimeout(() => {
          void session.store.compact().catch(() => undefined);
          void forgetSettledConflicts(db, projectId, session.doc);
        }, 2000);
      },
    });
    fetchedEnvelopes.delete(projectId);
    const onDestroy = () => stopSync(projectId);
    session.doc.on('destroy', onDestroy);
    running.set(projectId, {
      secret: row.secret,
      sync,
      session,
      stop() {
        session.doc.off('destroy', onDestroy);
        if (compactTimer) clearTimeout(compactTimer);
        sync.destroy();
      },
    });
    view.value = { ...view.value, shared: true, state: sync.state };
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

/** Closes old sharings on the server that a reset could not close at the time (no connection). */
async function finishResets() {
  if (!browserOnline.value || !canEncrypt()) return;
  for (const pending of await pendingRetires(db)) {
    const keys = await deriveProjectKeys(pending.projectId, pending.secret);
    const sync = await ProjectSync.start({ doc: new Y.Doc(), keys, websocket: socketFor(pending.serverUrl ?? defaultServerUrl()), autoCompactAt: 0 });
    const result = await sync.retire();
    sync.destroy();
    if (result.ok) {
      await retireDone(db, pending.projectId);
      const view = syncView(pending.projectId);
      view.value = { ...view.value, resetPending: false };
    }
  }
}

function appUrl(): string {
  return `${location.origin}${location.pathname}`;
}

export async function currentInviteLink(projectId: string): Promise<string | null> {
  const row = await projectKey(db, projectId);
  return row ? inviteLink(appUrl(), { projectId, secret: row.secret }) : null;
}

const NEEDS_HTTPS = 'Sharing needs the app to be opened over a secure connection (an address starting with https://). Ask whoever runs your sync server.';

/** Starts sharing a project from this device. Returns the invite link. */
export async function shareProject(projectId: string): Promise<Result<string>> {
  if (!canEncrypt()) return fail(NEEDS_HTTPS);
  const existing = await projectKey(db, projectId);
  if (!existing) await saveProjectKey(db, { projectId, secret: newSecret(), serverUrl: defaultServerUrl() });
  const link = await currentInviteLink(projectId);
  return link ? ok(link) : fail('The invite could not be made.');
}

/**
 * Revokes every other device: a new secret (so a new envelope the old secret cannot
 * open), and the old envelope closed on the server. Devices that should stay need a new
 * invite. Returns the new invite link.
 */
export async function resetSharing(projectId: string): Promise<Result<{ link: string; closedNow: boolean }>> {
  if (!canEncrypt()) return fail(NEEDS_HTTPS);
  const old = await projectKey(db, projectId);
  if (!old) return fail('This project is not shared from this device.');
  let closedNow = false;
  const run = running.get(projectId);
  if (run && run.sync.state.phase === 'live') closedNow = (await run.sync.retire(8000)).ok;
  await replaceProjectKey(db, { projectId, secret: newSecret(), serverUrl: old.serverUrl ?? defaultServerUrl() }, old);
  if (closedNow) await retireDone(db, projectId);
  const view = syncView(projectId);
  view.value = { ...view.value, resetPending: !closedNow };
  const link = await currentInviteLink(projectId);
  return link ? ok({ link, closedNow }) : fail('The new invite could not be made.');
}

/** Stops syncing this project on this device only. The project stays here; others carry on. */
export async function stopSharingHere(projectId: string): Promise<void> {
  await forgetProjectKey(db, projectId);
  stopSync(projectId);
  syncView(projectId).value = { shared: false, state: null, resetPending: false, unreadable: 0 };
}

export type JoinOutcome = { kind: 'joined' | 'already-here' | 'updated'; projectId: string };

/**
 * Joins a shared project from an invite. Nothing is created on this device unless the
 * whole project arrives and is valid.
 */
export async function joinProject(invite: Invite): Promise<Result<JoinOutcome>> {
  if (!canEncrypt()) return fail(NEEDS_HTTPS);
  const { projectId, secret } = invite;
  const existing = await db.projects.get(projectId);
  if (existing) {
    const key = await projectKey(db, projectId);
    if (key?.secret === secret) return ok({ kind: 'already-here', projectId });
    // A newer invite (after a sharing reset) for a project this device already has: use it.
    await saveProjectKey(db, { projectId, secret, serverUrl: defaultServerUrl() });
    return ok({ kind: 'updated', projectId });
  }
  if (!browserOnline.value) return fail('Joining a project needs an internet connection the first time. Try again when you are connected.');
  const serverUrl = defaultServerUrl();
  joining.add(projectId);
  try {
    // A connection of its own: when the fetch's provider closes, the server may close the
    // connection under it, and a project starting to sync on that same connection could be
    // left waiting for a reconnect (seen as "Syncing…" that never ends on a busy device).
    const socket = new HocuspocusProviderWebsocket({ url: serverUrl, autoConnect: true, delay: 1000, minDelay: 1000, maxDelay: 30_000 });
    const fetched = await fetchSharedProject(socket, invite).finally(() => socket.destroy());
    if (!fetched.ok) return fetched;
    const session = await getProjectSession(projectId);
    Y.applyUpdate(session.doc, Y.encodeStateAsUpdate(fetched.value.doc), SYNC_ORIGIN);
    fetched.value.doc.destroy();
    await session.store.whenSaved();
    await session.projector.settled();
    fetchedEnvelopes.set(projectId, fetched.value.envelopeState);
    await saveProjectKey(db, { projectId, secret, serverUrl });
    return ok({ kind: 'joined', projectId });
  } catch {
    return fail('The project could not be saved on this device. Check there is storage space, then try again.');
  } finally {
    joining.delete(projectId);
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
  const run = running.get(projectId);
  if (run && (await run.sync.compact())) return ok('done');
  await markCompactionWanted(db, projectId);
  return ok('when-online');
}
