import { Inflate, strFromU8, unzipSync } from 'fflate';
import { fail, ok, type Result } from '../result';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, backupHeaderSchema, HEADER_ENTRY, PAYLOAD_ENTRY, type BackupHeader } from './format';
import { MAX_HEADER_BYTES, MAX_UPDATE_BYTES } from './limits';

/* Reading the outside of a backup file: the zip, its header and the compressed payload. */

export const DAMAGED = 'This file is damaged, so nothing was restored. Try another copy of the backup.';
export const NOT_A_BACKUP = 'This is not a Common Ground backup file. Choose a file whose name ends in .cgbackup.';
export const NEWER_APP = 'This backup was made by a newer version of Common Ground. Update the app on this device, then try again.';

/** Exactly two stored (uncompressed) entries: anything else is not ours, and cannot be a zip bomb. */
export function readEntries(bytes: Uint8Array): Result<{ header: Uint8Array; payload: Uint8Array }> {
  const seen: string[] = [];
  let odd = false;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter(file) {
        seen.push(file.name);
        const known = file.name === HEADER_ENTRY || file.name === PAYLOAD_ENTRY;
        const stored = file.compression === 0 && file.size === file.originalSize;
        const small = file.name !== HEADER_ENTRY || file.originalSize <= MAX_HEADER_BYTES;
        if (!known || !stored || !small) odd = true;
        return known && stored && small;
      },
    });
  } catch {
    return fail(seen.length ? DAMAGED : NOT_A_BACKUP);
  }
  if (odd || seen.length !== 2 || !files[HEADER_ENTRY] || !files[PAYLOAD_ENTRY]) return fail(seen.includes(HEADER_ENTRY) ? DAMAGED : NOT_A_BACKUP);
  return ok({ header: files[HEADER_ENTRY], payload: files[PAYLOAD_ENTRY] });
}

export function readHeader(bytes: Uint8Array): Result<BackupHeader> {
  let raw: unknown;
  let oddKey = false;
  try {
    // A key "__proto__" would be read as the prototype; no header of ours has one, or "constructor".
    raw = JSON.parse(strFromU8(bytes), (key, value: unknown) => {
      if (key === '__proto__' || key === 'constructor' || key === 'prototype') oddKey = true;
      return value;
    });
  } catch {
    return fail(DAMAGED);
  }
  if (oddKey) return fail(DAMAGED);
  if (!raw || typeof raw !== 'object' || (raw as { format?: unknown }).format !== BACKUP_FORMAT) return fail(NOT_A_BACKUP);
  const version = (raw as { formatVersion?: unknown }).formatVersion;
  if (typeof version === 'number' && version > BACKUP_FORMAT_VERSION) return fail(NEWER_APP);
  const parsed = backupHeaderSchema.safeParse(raw);
  return parsed.success ? ok(parsed.data) : fail(DAMAGED);
}

/** DEFLATE, stopping as soon as the output passes what the header declared (or the hard cap). */
export function inflateWithin(compressed: Uint8Array, declared: number): Result<Uint8Array> {
  const limit = Math.min(declared, MAX_UPDATE_BYTES);
  const chunks: Uint8Array[] = [];
  let length = 0;
  const inflate = new Inflate((chunk) => {
    length += chunk.length;
    if (length <= limit) chunks.push(chunk);
  });
  const STEP = 16 * 1024; // at most ~17 MB out per step, however hostile the input
  try {
    for (let at = 0; at < compressed.length && length <= limit; at += STEP) inflate.push(compressed.subarray(at, at + STEP), at + STEP >= compressed.length);
  } catch {
    return fail(DAMAGED);
  }
  if (length > limit) return fail('This file holds far more than it says it does, so it was not opened. It may have been tampered with.');
  if (length !== declared) return fail(DAMAGED);
  if (chunks.length === 1) return ok(chunks[0]!);
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return ok(out);
}
