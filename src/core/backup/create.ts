import { deflateSync, strToU8, zipSync } from 'fflate';
import * as Y from 'yjs';
import { readProjectMeta } from '../commands/project';
import { slug } from '../pack/format';
import { fail, ok, type Result } from '../result';
import { newSealParameters, passphraseProblem, seal, sha256Hex } from './crypto';
import { macOf, type FileKey } from './file-keys';
import {
  authenticatedHeaderText,
  BACKUP_EXTENSION,
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  HEADER_ENTRY,
  MAX_FILE_MACS,
  PAYLOAD_ENTRY,
  PBKDF2_ITERATIONS,
  sealedHeaderText,
  type BackupHeader,
} from './format';
import { MAX_FILE_BYTES } from './limits';

/**
 * How the file is protected. A passphrase is the default the screens offer; a file without
 * one is readable by anyone who has it, so it is only ever made when a facilitator chooses
 * it, and it carries MACs under the keys given (see file-keys.ts) so a change is noticed.
 */
export type BackupProtection = { passphrase: string } | { unprotected: true; keys: readonly FileKey[] };

export interface BackupSettings {
  appVersion: string;
  protection: BackupProtection;
  now?: Date;
  /** Only tests lower this, to keep them quick; files always record the count they used. */
  iterations?: number;
}

export interface BackupFile {
  bytes: Uint8Array;
  fileName: string;
}

/** Writes the whole project into one backup file that restores, or merges, on any device. */
export async function createBackup(doc: Y.Doc, settings: BackupSettings): Promise<Result<BackupFile>> {
  const meta = readProjectMeta(doc);
  if (!meta) return fail('This project’s details could not be read, so it cannot be backed up.');
  const protection = settings.protection;
  if ('passphrase' in protection) {
    const problem = passphraseProblem(protection.passphrase);
    if (problem) return fail(problem);
  }
  const update = Y.encodeStateAsUpdate(doc);
  const compressed = deflateSync(update, { level: 4 });
  const now = settings.now ?? new Date();
  const iterations = settings.iterations ?? PBKDF2_ITERATIONS;
  const parameters = 'passphrase' in protection ? newSealParameters() : null;
  const base: Omit<BackupHeader, 'payload' | 'authentication'> = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    projectId: meta.id,
    name: meta.name,
    created: now.toISOString(),
    appVersion: settings.appVersion.slice(0, 40),
    encryption: parameters ? { method: 'AES-GCM-256' as const, kdf: 'PBKDF2-SHA-256' as const, iterations, ...parameters } : null,
  };
  let payload: Uint8Array = compressed;
  if ('passphrase' in protection && parameters) {
    const context = sealedHeaderText({ ...base, payload: { compression: 'deflate', bytes: 1, updateBytes: update.length, sha256: '' } });
    payload = (await seal(compressed, protection.passphrase, context, iterations, parameters)).ciphertext;
  }
  if (payload.length > MAX_FILE_BYTES) return fail('This project is too large for one backup file.');
  const header: BackupHeader = { ...base, payload: { compression: 'deflate', bytes: payload.length, updateBytes: update.length, sha256: await sha256Hex(payload) } };
  if ('unprotected' in protection) {
    const keys = protection.keys.slice(0, MAX_FILE_MACS);
    const text = authenticatedHeaderText(header);
    header.authentication = await Promise.all(keys.map(async (key) => ({ keyId: key.id, mac: await macOf(key, text) })));
  }
  const bytes = zipSync(
    { [HEADER_ENTRY]: [strToU8(JSON.stringify(header, null, 2)), { level: 0, mtime: now }], [PAYLOAD_ENTRY]: [payload, { level: 0, mtime: now }] },
    { level: 0 },
  );
  return ok({ bytes, fileName: `${slug(meta.name)}-backup-${now.toISOString().slice(0, 10)}${BACKUP_EXTENSION}` });
}
