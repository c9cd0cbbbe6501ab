import { deflateSync, strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type * as Y from 'yjs';
import { createBackup } from '../../../src/core/backup/create';
import { sha256Hex } from '../../../src/core/backup/crypto';
import { fileKeyFrom, newFileKeyBytes, type FileKey } from '../../../src/core/backup/file-keys';

/** Fewest iterations the gate accepts; keeps tests quick. Files made by the app use far more. */
export const FAST = 100_000;

/** A device's own key for unprotected files, as deviceFileKey makes one. */
export const newDeviceKey = (): Promise<FileKey> => fileKeyFrom(newFileKeyBytes(), 'device');

async function bytesOf(made: Awaited<ReturnType<typeof createBackup>>): Promise<Uint8Array> {
  if (!made.ok) throw new Error(made.message);
  return made.value.bytes;
}

/** A file made without a passphrase, vouched for by the keys given (none: a file no device can confirm). */
export async function unprotectedFile(doc: Y.Doc, keys: FileKey[] = [], now?: Date): Promise<Uint8Array> {
  return bytesOf(await createBackup(doc, { appVersion: '0.1.0', protection: { unprotected: true, keys }, ...(now ? { now } : {}) }));
}

export async function protectedFile(doc: Y.Doc, passphrase: string): Promise<Uint8Array> {
  return bytesOf(await createBackup(doc, { appVersion: '0.1.0', protection: { passphrase }, iterations: FAST }));
}

/** A file built by hand around any Yjs update, with a correct version 1 header and checksum: an old file, or an attacker's. */
export async function handMadeFile(update: Uint8Array, projectId: string, name: string, change: (header: Record<string, any>) => void = () => {}, payload = deflateSync(update)): Promise<Uint8Array> {
  const header: Record<string, any> = {
    format: 'common-ground-backup',
    formatVersion: 1,
    projectId,
    name,
    created: '2026-01-02T10:00:00.000Z',
    appVersion: '0.1.0',
    payload: { compression: 'deflate', bytes: payload.length, updateBytes: update.length, sha256: await sha256Hex(payload) },
    encryption: null,
  };
  change(header);
  return zipOf(JSON.stringify(header), payload);
}

export const zipOf = (headerText: string, payload: Uint8Array) => zipSync({ 'backup.json': [strToU8(headerText), { level: 0 }], 'project.bin': [payload, { level: 0 }] });

/** A file's header and payload, to change and put back together. */
export function openFile(bytes: Uint8Array): { header: Record<string, any>; payload: Uint8Array } {
  const entries = unzipSync(bytes);
  return { header: JSON.parse(strFromU8(entries['backup.json']!)), payload: entries['project.bin']! };
}
