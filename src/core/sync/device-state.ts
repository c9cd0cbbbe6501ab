import type { CommonGroundDb, ProjectKeyRow } from '../db/database';
import type { SyncMemory, SyncMemoryStore } from './project-sync';


/**
 * What this device keeps about sharing, in its own Dexie tables (never synced, never in a
 * pack): each shared project's secret (`projectKeys`), its sync memory, an unfinished
 * sharing reset, and a compaction still to do.
 */

const memoryKey = (projectId: string) => `sync-memory:${projectId}`;
const retireKey = (projectId: string) => `sync-retire:${projectId}`;
const compactKey = (projectId: string) => `sync-compact:${projectId}`;
const heardKey = (projectId: string) => `sync-resets-heard:${projectId}`;

export function syncMemoryStore(db: CommonGroundDb, projectId: string): SyncMemoryStore {
  return {
    async load() {
      const row = await db.settings.get(memoryKey(projectId));
      const value = row?.value as Partial<SyncMemory> | undefined;
      return {
        pendingCount: typeof value?.pendingCount === 'number' && value.pendingCount >= 0 ? value.pendingCount : 0,
        pendingSince: typeof value?.pendingSince === 'string' ? value.pendingSince : null,
        confirmedAt: typeof value?.confirmedAt === 'string' ? value.confirmedAt : null,
      };
    },
    async save(memory) {
      await db.settings.put({ key: memoryKey(projectId), value: memory });
    },
  };
}

export async function projectKey(db: CommonGroundDb, projectId: string): Promise<ProjectKeyRow | undefined> {
  return db.projectKeys.get(projectId);
}

export async function saveProjectKey(db: CommonGroundDb, row: ProjectKeyRow): Promise<void> {
  await db.projectKeys.put(row);
}

/** Stops sharing on this device: forgets the secret and the sync memory. The project stays. */
export async function forgetProjectKey(db: CommonGroundDb, projectId: string): Promise<void> {
  await db.transaction('rw', [db.projectKeys, db.settings], async () => {
    await db.projectKeys.delete(projectId);
    await db.settings.bulkDelete([memoryKey(projectId), compactKey(projectId)]);
  });
}

/**
 * Forgets everything sync kept about a project that is no longer on this device: its
 * secret, sync memory, remembered conflicts (which can hold personal details) and
 * unfinished work.
 */
export async function forgetProjectSyncData(db: CommonGroundDb, projectId: string): Promise<void> {
  await db.transaction('rw', [db.projectKeys, db.settings], async () => {
    await db.projectKeys.delete(projectId);
    await db.settings.bulkDelete([memoryKey(projectId), compactKey(projectId), retireKey(projectId), heardKey(projectId), `sync-conflicts:${projectId}`]);
  });
}

/**
 * A sharing reset whose old envelope is not closed on the server yet: its announcement (a
 * Yjs update, base64url) must be stored there first, so the devices kept can follow it.
 */
export interface PendingRetire {
  projectId: string;
  secret: string;
  serverUrl?: string;
  announcement?: string;
}

/** This device made a reset: the new key, and the old sharing to announce it in and close. */
export async function replaceProjectKey(db: CommonGroundDb, row: ProjectKeyRow, pending: PendingRetire): Promise<void> {
  await db.transaction('rw', [db.projectKeys, db.settings], async () => {
    await db.settings.put({ key: retireKey(row.projectId), value: pending });
    await db.settings.delete(memoryKey(row.projectId));
    await db.projectKeys.put(row);
  });
}

/** This device follows a reset announced by another, or a link from the team: the new key, and no memory of the old sharing. */
export async function switchProjectKey(db: CommonGroundDb, row: ProjectKeyRow): Promise<void> {
  await db.transaction('rw', [db.projectKeys, db.settings], async () => {
    await db.settings.delete(memoryKey(row.projectId));
    await db.projectKeys.put(row);
  });
}

export async function pendingRetires(db: CommonGroundDb): Promise<PendingRetire[]> {
  const rows = await db.settings.where('key').startsWith('sync-retire:').toArray();
  return rows
    .map((r) => r.value as PendingRetire)
    .filter((v) => v && typeof v.secret === 'string' && typeof v.projectId === 'string' && (v.announcement === undefined || typeof v.announcement === 'string'));
}

/** The old sharing (made from `secret`) is closed; a later reset's own pending close is kept. */
export async function retireDone(db: CommonGroundDb, projectId: string, secret: string): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const row = await db.settings.get(retireKey(projectId));
    if ((row?.value as PendingRetire | undefined)?.secret === secret) await db.settings.delete(retireKey(projectId));
  });
}

export async function markCompactionWanted(db: CommonGroundDb, projectId: string): Promise<void> {
  await db.settings.put({ key: compactKey(projectId), value: true });
}

export async function compactionWanted(db: CommonGroundDb, projectId: string): Promise<boolean> {
  return (await db.settings.get(compactKey(projectId)))?.value === true;
}

export async function compactionDone(db: CommonGroundDb, projectId: string): Promise<void> {
  await db.settings.delete(compactKey(projectId));
}

/**
 * Sharing resets this device received through the project's own sharing (or made itself),
 * by id. Only these can move it or stop it by themselves: a reset that came in some other
 * way (a merged backup file) is never acted on without a link.
 */
export async function resetsHeard(db: CommonGroundDb, projectId: string): Promise<Set<string>> {
  const value = (await db.settings.get(heardKey(projectId)))?.value;
  return new Set(Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
}

const MAX_HEARD = 64;

export async function noteResetsHeard(db: CommonGroundDb, projectId: string, ids: readonly string[]): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const heard = await resetsHeard(db, projectId);
    for (const id of ids) heard.add(id);
    await db.settings.put({ key: heardKey(projectId), value: [...heard].slice(-MAX_HEARD) });
  });
}
