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
    await db.settings.bulkDelete([memoryKey(projectId), compactKey(projectId), retireKey(projectId), `sync-conflicts:${projectId}`]);
  });
}

/** A sharing reset whose old envelope is not closed on the server yet (no connection at the time). */
export interface PendingRetire {
  projectId: string;
  secret: string;
  serverUrl?: string;
}

export async function replaceProjectKey(db: CommonGroundDb, row: ProjectKeyRow, old: ProjectKeyRow): Promise<void> {
  await db.transaction('rw', [db.projectKeys, db.settings], async () => {
    await db.settings.put({ key: retireKey(row.projectId), value: { projectId: old.projectId, secret: old.secret, serverUrl: old.serverUrl } satisfies PendingRetire });
    await db.settings.delete(memoryKey(row.projectId));
    await db.projectKeys.put(row);
  });
}

export async function pendingRetires(db: CommonGroundDb): Promise<PendingRetire[]> {
  const rows = await db.settings.where('key').startsWith('sync-retire:').toArray();
  return rows.map((r) => r.value as PendingRetire).filter((v) => v && typeof v.secret === 'string' && typeof v.projectId === 'string');
}

export async function retireDone(db: CommonGroundDb, projectId: string): Promise<void> {
  await db.settings.delete(retireKey(projectId));
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
