import { deflateSync, strToU8, zipSync } from 'fflate';
import * as Y from 'yjs';
import { readProjectMeta } from '../commands/project';
import { slug } from '../pack/format';
import { fail, ok, type Result } from '../result';
import { passphraseProblem, seal, sha256Hex } from './crypto';
import { BACKUP_EXTENSION, BACKUP_FORMAT, BACKUP_FORMAT_VERSION, HEADER_ENTRY, PAYLOAD_ENTRY, PBKDF2_ITERATIONS, type BackupHeader } from './format';
import { MAX_FILE_BYTES } from './limits';

export interface BackupSettings {
  appVersion: string;
  /** When set, the backup opens only with this passphrase. */
  passphrase?: string;
  now?: Date;
  /** Only tests lower this, to keep them quick; files always record the count they used. */
  iterations?: number;
}

export interface BackupFile {
  bytes: Uint8Array;
  fileName: string;
}

/** The binding between a backup's header and its encrypted payload. */
export const sealContext = (projectId: string) => `${BACKUP_FORMAT}:${BACKUP_FORMAT_VERSION}:${projectId}`;

/** Writes the whole project into one backup file that restores, or merges, on any device. */
export async function createBackup(doc: Y.Doc, settings: BackupSettings): Promise<Result<BackupFile>> {
  const meta = readProjectMeta(doc);
  if (!meta) return fail('This project’s details could not be read, so it cannot be backed up.');
  if (settings.passphrase !== undefined) {
    const problem = passphraseProblem(settings.passphrase);
    if (problem) return fail(problem);
  }
  const update = Y.encodeStateAsUpdate(doc);
  const compressed = deflateSync(update, { level: 4 });
  const iterations = settings.iterations ?? PBKDF2_ITERATIONS;
  const sealed = settings.passphrase !== undefined ? await seal(compressed, settings.passphrase, sealContext(meta.id), iterations) : null;
  const payload = sealed?.ciphertext ?? compressed;
  if (payload.length > MAX_FILE_BYTES) return fail('This project is too large for one backup file.');
  const now = settings.now ?? new Date();
  const header: BackupHeader = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    projectId: meta.id,
    name: meta.name,
    created: now.toISOString(),
    appVersion: settings.appVersion.slice(0, 40),
    payload: { compression: 'deflate', bytes: payload.length, updateBytes: update.length, sha256: await sha256Hex(payload) },
    encryption: sealed ? { method: 'AES-GCM-256', kdf: 'PBKDF2-SHA-256', iterations, salt: sealed.salt, iv: sealed.iv } : null,
  };
  const bytes = zipSync(
    { [HEADER_ENTRY]: [strToU8(JSON.stringify(header, null, 2)), { level: 0, mtime: now }], [PAYLOAD_ENTRY]: [payload, { level: 0, mtime: now }] },
    { level: 0 },
  );
  return ok({ bytes, fileName: `${slug(meta.name)}-backup-${now.toISOString().slice(0, 10)}${BACKUP_EXTENSION}` });
}
