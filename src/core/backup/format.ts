import { z } from 'zod';
import { recordId } from '../domain/fields';
import { MAX_FILE_BYTES, MAX_UPDATE_BYTES } from './limits';

/**
 * A backup file is a .zip (so anyone can see what is inside) holding two stored entries:
 * `backup.json`, the header below, and `project.bin`, the whole project doc as one Yjs
 * update, compressed with DEFLATE and, when a passphrase is set, encrypted with AES-GCM.
 */
export const BACKUP_FORMAT = 'common-ground-backup';
export const BACKUP_FORMAT_VERSION = 1;
export const HEADER_ENTRY = 'backup.json';
export const PAYLOAD_ENTRY = 'project.bin';
export const BACKUP_EXTENSION = '.cgbackup';

/** Passphrase stretching: slow enough to resist guessing, bounded so a hostile header cannot hang the device. */
export const PBKDF2_ITERATIONS = 310_000;
export const MIN_PBKDF2_ITERATIONS = 100_000;
export const MAX_PBKDF2_ITERATIONS = 2_000_000;
export const MIN_PASSPHRASE_LENGTH = 8;

const base64 = (bytes: number) => z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/).length(Math.ceil(bytes / 3) * 4);

export const backupHeaderSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.number().int().min(1),
  projectId: recordId,
  name: z.string().min(1).max(120),
  created: z.iso.datetime(),
  appVersion: z.string().regex(/^[0-9A-Za-z.+-]{1,40}$/),
  payload: z.strictObject({
    compression: z.literal('deflate'),
    /** Length of project.bin as stored. */
    bytes: z.number().int().min(1).max(MAX_FILE_BYTES),
    /** Length of the Yjs update once decrypted and decompressed. */
    updateBytes: z.number().int().min(1).max(MAX_UPDATE_BYTES),
    /** SHA-256 of project.bin as stored, in hex. */
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
  }),
  encryption: z
    .strictObject({
      method: z.literal('AES-GCM-256'),
      kdf: z.literal('PBKDF2-SHA-256'),
      iterations: z.number().int().min(MIN_PBKDF2_ITERATIONS).max(MAX_PBKDF2_ITERATIONS),
      salt: base64(16),
      iv: base64(12),
    })
    .nullable(),
});
export type BackupHeader = z.infer<typeof backupHeaderSchema>;
