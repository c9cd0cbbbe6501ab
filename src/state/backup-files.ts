import type * as Y from 'yjs';
import { restoreOnDevice, type Restored } from '../core/backup/apply';
import { createBackup, type BackupFile } from '../core/backup/create';
import { fileKeysFor } from '../core/backup/file-keys';
import { planMerge, type MergePlan } from '../core/backup/merge';
import { checkBackupFile, type CheckedProject, type GateResult } from '../core/backup/restore';
import type { Result } from '../core/result';
import { db } from './app-db';
import { docStores } from './doc-stores';
import { getProjectSession } from './project-sessions';

/*
 * Backup files on this device: making them with this device's keys, checking a chosen file at
 * the gate, and restoring or merging it. Loaded only when someone makes or opens a backup, so
 * the first screen stays quick.
 */

/** A passphrase, or the facilitator's explicit choice of a file anyone can read. */
export type Protection = { passphrase: string } | { unprotected: true };

export async function makeBackup(doc: Y.Doc, protection: Protection): Promise<Result<BackupFile>> {
  const chosen = 'passphrase' in protection ? protection : { unprotected: true as const, keys: await fileKeysFor(db, doc.guid) };
  return createBackup(doc, { appVersion: __APP_VERSION__, protection: chosen });
}

export function checkFile(bytes: Uint8Array, passphrase?: string): Promise<GateResult> {
  return checkBackupFile(bytes, { ...(passphrase ? { passphrase } : {}), keysFor: (projectId) => fileKeysFor(db, projectId) });
}

export async function isOnThisDevice(projectId: string): Promise<boolean> {
  return (await db.projects.get(projectId)) !== undefined;
}

/** What merging the file into this device's copy of the project would do; nothing is written. */
export async function planFileMerge(project: CheckedProject): Promise<Result<MergePlan>> {
  return planMerge((await getProjectSession(project.projectId)).doc, project);
}

export function restoreChecked(project: CheckedProject, merge?: { plan: MergePlan; allowRemovals: boolean }): Promise<Result<Restored> & { removes?: number }> {
  return restoreOnDevice({ db, stores: docStores, openSession: getProjectSession }, project, merge ?? {});
}
