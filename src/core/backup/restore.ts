import { Inflate, strFromU8, unzipSync } from 'fflate';
import * as Y from 'yjs';
import { createProjectDoc, plainValue } from '../doc/project-doc';
import { parseStoredRecord } from '../domain/parse-record';
import { DOC_SCHEMA_VERSION, projectMetaSchema } from '../domain/project-meta';
import { recordTypeFor } from '../domain/registry';
import { fail, ok, type Result } from '../result';
import { sealContext } from './create';
import { open, sha256Hex } from './crypto';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, backupHeaderSchema, HEADER_ENTRY, PAYLOAD_ENTRY, type BackupHeader } from './format';
import { MAX_FILE_BYTES, MAX_HEADER_BYTES, MAX_UPDATE_BYTES } from './limits';

/*
 * THE GATE. Every file that comes into the app from outside (backup files now; pasted or
 * imported project data later) passes through here. Nothing in this file writes to a
 * project or to IndexedDB: it reads, checks, decrypts and decodes into a scratch doc, and
 * validates every record there. Only a `CheckedProject` that came out of here may be
 * merged into a real project (see apply.ts). Every refusal is a plain-English sentence.
 */

const checked = Symbol('checked by the gate');

/** A project that passed every check. Only this file can make one. */
export interface CheckedProject {
  readonly [checked]: true;
  readonly projectId: string;
  readonly name: string;
  /** The whole project as one Yjs update, exactly as checked. */
  readonly update: Uint8Array;
  /** The update decoded into a doc of its own, already validated (never the device's doc). */
  readonly scratch: Y.Doc;
  /** How many records of each kind it holds, for the "what is in this file" message. */
  readonly counts: Readonly<Record<string, number>>;
  readonly header?: BackupHeader;
}

export type GateResult = { ok: true; value: CheckedProject } | { ok: false; message: string; needsPassphrase?: true };

const DAMAGED = 'This file is damaged, so nothing was restored. Try another copy of the backup.';
const NOT_A_BACKUP = 'This is not a Common Ground backup file. Choose a file whose name ends in .cgbackup.';

/** Checks a backup file from top to bottom. Never throws; never writes anything. */
export async function checkBackupFile(bytes: Uint8Array, options: { passphrase?: string } = {}): Promise<GateResult> {
  try {
    return await checkBackup(bytes, options);
  } catch {
    // A check above missed something odd; the file still never reaches the project.
    return fail(DAMAGED);
  }
}

async function checkBackup(bytes: Uint8Array, options: { passphrase?: string }): Promise<GateResult> {
  if (!(bytes instanceof Uint8Array) || bytes.length === 0) return fail('That file is empty, so nothing was restored.');
  if (bytes.length > MAX_FILE_BYTES) return fail(`That file is too large to be a backup (the limit is ${MAX_FILE_BYTES / 1024 / 1024} MB), so nothing was restored.`);
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) return fail(NOT_A_BACKUP);

  const entries = readEntries(bytes);
  if (!entries.ok) return entries;
  const { header: headerBytes, payload } = entries.value;

  const header = readHeader(headerBytes);
  if (!header.ok) return header;
  const h = header.value;
  if (payload.length !== h.payload.bytes || (await sha256Hex(payload)) !== h.payload.sha256) return fail(DAMAGED);

  let compressed = payload;
  if (h.encryption) {
    if (!options.passphrase) return { ok: false, message: 'This backup is protected with a passphrase. Type it in to restore.', needsPassphrase: true };
    const opened = await open({ ciphertext: payload, salt: h.encryption.salt, iv: h.encryption.iv }, options.passphrase, sealContext(h.projectId), h.encryption.iterations);
    if (!opened) return { ok: false, message: 'That passphrase does not open this backup. Check it and try again: capital letters and spaces matter.', needsPassphrase: true };
    compressed = opened;
  }

  const update = inflateWithin(compressed, h.payload.updateBytes);
  if (!update.ok) return update;

  const project = checkProjectUpdate(update.value, h.projectId);
  if (!project.ok) return project;
  if (project.value.name !== h.name) return fail(DAMAGED);
  return ok({ ...project.value, header: h });
}

/** Exactly two stored (uncompressed) entries: anything else is not ours, and cannot be a zip bomb. */
function readEntries(bytes: Uint8Array): Result<{ header: Uint8Array; payload: Uint8Array }> {
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

function readHeader(bytes: Uint8Array): Result<BackupHeader> {
  let raw: unknown;
  try {
    raw = JSON.parse(strFromU8(bytes));
  } catch {
    return fail(DAMAGED);
  }
  if (!raw || typeof raw !== 'object' || (raw as { format?: unknown }).format !== BACKUP_FORMAT) return fail(NOT_A_BACKUP);
  const version = (raw as { formatVersion?: unknown }).formatVersion;
  if (typeof version === 'number' && version > BACKUP_FORMAT_VERSION) {
    return fail('This backup was made by a newer version of Common Ground. Update the app on this device, then try again.');
  }
  const parsed = backupHeaderSchema.safeParse(raw);
  return parsed.success ? ok(parsed.data) : fail(DAMAGED);
}

/** DEFLATE, stopping as soon as the output passes what the header declared (or the hard cap). */
function inflateWithin(compressed: Uint8Array, declared: number): Result<Uint8Array> {
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

/**
 * Decodes a whole-project Yjs update into a scratch doc and validates everything in it:
 * the project's details, and every record against its kind's schema. For any file or
 * paste that carries project data, not just backups.
 */
export function checkProjectUpdate(update: Uint8Array, projectId: string): Result<Omit<CheckedProject, 'header'>> {
  const scratch = createProjectDoc(projectId);
  try {
    Y.applyUpdate(scratch, update);
  } catch {
    scratch.destroy();
    return fail(DAMAGED);
  }
  const found = validateScratch(scratch, projectId);
  if (!found.ok) {
    scratch.destroy();
    return found;
  }
  return ok({ [checked]: true as const, projectId, name: found.value, update, scratch, counts: countRecords(scratch) });
}

/** Checks every part of a decoded project. Returns the project's name when all is well. */
function validateScratch(scratch: Y.Doc, projectId: string): Result<string> {
  if (scratch.store.pendingStructs) return fail('This file does not hold a whole project: parts of it are missing, so nothing was restored.');
  if (!scratch.share.has('meta')) return fail(DAMAGED);
  for (const [name, type] of scratch.share) {
    if (name !== 'meta' && !recordTypeFor(name)) {
      return fail('This backup holds kinds of information this version of Common Ground does not know. Update the app on this device, then try again.');
    }
    // Top-level maps never hold list content; if they do, the file was made by something else.
    if (type._start !== null) return fail(DAMAGED);
  }
  const meta = projectMetaSchema.safeParse(scratch.getMap('meta').toJSON());
  if (!meta.success || meta.data.id !== projectId) return fail(DAMAGED);
  if (meta.data.schemaVersion > DOC_SCHEMA_VERSION) {
    return fail('This backup was made by a newer version of Common Ground. Update the app on this device, then try again.');
  }
  for (const name of scratch.share.keys()) {
    if (name === 'meta') continue;
    const type = recordTypeFor(name)!;
    const textFields = new Set(type.textFields ?? []);
    for (const [id, record] of scratch.getMap(name)) {
      if (!(record instanceof Y.Map) || record._start !== null) return fail(DAMAGED);
      const raw: Record<string, unknown> = {};
      for (const [field, value] of record) {
        // Only long-text fields may be Y types; anything else nested was not written by the app.
        if (value instanceof Y.AbstractType && !(value instanceof Y.Text && textFields.has(field))) return fail(DAMAGED);
        raw[field] = plainValue(value);
      }
      const parsed = parseStoredRecord(type, raw);
      if (!parsed.ok) return fail(`One ${type.noun} in this file is not valid (${parsed.message.replace(/\.$/, '')}), so nothing was restored.`);
      if (parsed.value.id !== id) return fail(DAMAGED);
    }
  }
  return ok(meta.data.name);
}

function countRecords(doc: Y.Doc): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const name of doc.share.keys()) if (name !== 'meta') counts[name] = doc.getMap(name).size;
  return counts;
}
