import type * as Y from 'yjs';
import { restoreOnDevice, type Restored } from '../../core/backup/apply';
import { createBackup, type BackupFile } from '../../core/backup/create';
import { checkBackupFile, type GateResult, type CheckedProject } from '../../core/backup/restore';
import type { Result } from '../../core/result';
import { db } from '../../state/app-db';
import { getProjectSession } from '../../state/project-sessions';

/** Loaded only when someone makes or opens a backup, so the first screen stays quick. */
export function makeBackup(doc: Y.Doc, passphrase?: string): Promise<Result<BackupFile>> {
  return createBackup(doc, { appVersion: __APP_VERSION__, ...(passphrase !== undefined ? { passphrase } : {}) });
}

export function checkFile(bytes: Uint8Array, passphrase?: string): Promise<GateResult> {
  return checkBackupFile(bytes, passphrase ? { passphrase } : {});
}

export async function isOnThisDevice(projectId: string): Promise<boolean> {
  return (await db.projects.get(projectId)) !== undefined;
}

export function restoreChecked(project: CheckedProject): Promise<Result<Restored>> {
  return restoreOnDevice({ db, openSession: getProjectSession }, project);
}
