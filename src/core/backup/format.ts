import { z } from 'zod';
import { recordId } from '../domain/fields';
import { MAX_FILE_BYTES, MAX_UPDATE_BYTES } from './limits';

/**
 * A backup file is a .zip (so anyone can see what is inside) holding two stored entries:
 * `backup.json`, the header below, and `project.bin`, the whole project doc as one Yjs
 * update, compressed with DEFLATE and, unless the facilitator chose otherwise, encrypted
 * with AES-GCM under a key stretched from a passphrase.
 *
 * Version 2 binds the whole header to the payload: a protected file's header is the
 * encryption's additional data, and an unprotected file carries MACs of its header (which
 * holds the payload's SHA-256) under keys its maker's devices hold (see file-keys.ts).
 * Version 1 files (no MAC; only the project id bound) still restore.
 */
export const BACKUP_FORMAT = 'common-ground-backup';
export const BACKUP_FORMAT_VERSION = 2;
export const HEADER_ENTRY = 'backup.json';
export const PAYLOAD_ENTRY = 'project.bin';
export const BACKUP_EXTENSION = '.cgbackup';

/** Passphrase stretching (OWASP's figure for PBKDF2-SHA-256): slow to guess, bounded so a hostile header cannot hang the device. */
export const PBKDF2_ITERATIONS = 600_000;
export const MIN_PBKDF2_ITERATIONS = 100_000;
export const MAX_PBKDF2_ITERATIONS = 2_000_000;
export const MIN_PASSPHRASE_LENGTH = 12;
export const MAX_PASSPHRASE_LENGTH = 200;
/** An unprotected file carries at most this many MACs (this device's, and the team's when the project is shared). */
export const MAX_FILE_MACS = 4;

const base64 = (bytes: number) => z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/).length(Math.ceil(bytes / 3) * 4);

export const backupHeaderSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.number().int().min(1).max(BACKUP_FORMAT_VERSION),
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
  /** Unprotected files only: HMAC-SHA-256 of the header without this field, under each key named. */
  authentication: z
    .array(z.strictObject({ keyId: z.string().regex(/^[0-9a-f]{16}$/), mac: z.string().regex(/^[0-9a-f]{64}$/) }))
    .max(MAX_FILE_MACS)
    .optional(),
});
export type BackupHeader = z.infer<typeof backupHeaderSchema>;

/** JSON with keys sorted at every level, so the same header always gives the same bytes. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * What a protected file's encryption binds: the whole header except what depends on the
 * ciphertext itself (its length and checksum, which AES-GCM authenticates anyway).
 */
export function sealedHeaderText(header: Omit<BackupHeader, 'authentication'>): string {
  if (header.formatVersion === 1) return `${BACKUP_FORMAT}:1:${header.projectId}`;
  const { payload, ...rest } = header;
  return `${BACKUP_FORMAT}:${header.formatVersion}:sealed:${canonical({ ...rest, payload: { compression: payload.compression, updateBytes: payload.updateBytes } })}`;
}

/** What an unprotected file's MACs cover: the whole header (which holds the payload's SHA-256) but the MACs. */
export function authenticatedHeaderText(header: BackupHeader): string {
  const { authentication: _macs, ...rest } = header;
  return `${BACKUP_FORMAT}:${header.formatVersion}:mac:${canonical(rest)}`;
}
