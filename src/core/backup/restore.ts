import * as Y from 'yjs';
import { createProjectDoc } from '../doc/project-doc';
import { fail, ok, type Result } from '../result';
import { DAMAGED, inflateWithin, NOT_A_BACKUP, readEntries, readHeader } from './container';
import { open, sha256Hex } from './crypto';
import { macMatches, type FileKey, type KeyHolder } from './file-keys';
import { authenticatedHeaderText, sealedHeaderText, type BackupHeader } from './format';
import { MAX_FILE_BYTES } from './limits';
import { inspectProject, type ProjectInspection } from './project-check';

/*
 * THE GATE. Every file that comes into the app from outside (backup files, and the copy of a
 * project fetched when joining by invite) passes through here. Nothing in this file writes
 * to a project or to IndexedDB: it reads, checks, decrypts and decodes into a scratch doc,
 * and checks every record there against what the app itself writes. Fields this version
 * does not know are removed in the scratch doc, and what comes out is the scratch doc
 * encoded again, so exactly what was checked is what may be written. Only a
 * `CheckedProject` from here may be merged into a real project, and only through a merge
 * plan (merge.ts) that checks the result too. Every refusal is a plain-English sentence.
 */

const checked = Symbol('checked by the gate');

/** Who can vouch for a backup file: its passphrase, a key this device holds, or nobody this device knows. */
export type FileOrigin = { kind: 'passphrase' } | { kind: 'key'; holder: KeyHolder } | { kind: 'unconfirmed' };

/** A project that passed every check. Only this file can make one. */
export interface CheckedProject {
  readonly [checked]: true;
  readonly projectId: string;
  readonly name: string;
  /** The whole project as one Yjs update: the checked scratch doc, encoded again. */
  readonly update: Uint8Array;
  /** The update decoded into a doc of its own, already checked (never the device's doc). */
  readonly scratch: Y.Doc;
  /** How many records of each kind it holds, for the "what is in this file" message. */
  readonly counts: Readonly<Record<string, number>>;
  /** How many fields this version does not know were left out (0 for anything the app wrote). */
  readonly leftOut: number;
  readonly header?: BackupHeader;
  readonly origin?: FileOrigin;
}

export type GateResult = { ok: true; value: CheckedProject } | { ok: false; message: string; needsPassphrase?: true };

export interface GateOptions {
  passphrase?: string;
  /** The keys this device holds for a project's unprotected files (see file-keys.ts). */
  keysFor?: (projectId: string) => Promise<readonly FileKey[]>;
}

const CHANGED = 'This backup has been changed since it was made, so nothing was restored. Use another copy, or make a new backup on the device it came from.';

/** Checks a backup file from top to bottom. Never throws; never writes anything. */
export async function checkBackupFile(bytes: Uint8Array, options: GateOptions = {}): Promise<GateResult> {
  try {
    return await checkBackup(bytes, options);
  } catch {
    // A check above missed something odd; the file still never reaches the project.
    return fail(DAMAGED);
  }
}

async function checkBackup(bytes: Uint8Array, options: GateOptions): Promise<GateResult> {
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
  let origin: FileOrigin;
  if (h.encryption) {
    if (h.authentication) return fail(DAMAGED);
    if (!options.passphrase) return { ok: false, message: 'This backup is protected with a passphrase. Type it in to restore.', needsPassphrase: true };
    const opened = await open({ ciphertext: payload, salt: h.encryption.salt, iv: h.encryption.iv }, options.passphrase, sealedHeaderText(h), h.encryption.iterations);
    if (!opened) return { ok: false, message: 'That passphrase does not open this backup. Check it and try again: capital letters and spaces matter.', needsPassphrase: true };
    compressed = opened;
    origin = { kind: 'passphrase' };
  } else {
    const vouched = await vouchFor(h, options.keysFor ? await options.keysFor(h.projectId) : []);
    if (!vouched.ok) return vouched;
    origin = vouched.value;
  }

  const update = inflateWithin(compressed, h.payload.updateBytes);
  if (!update.ok) return update;

  const project = checkProjectUpdate(update.value, h.projectId);
  if (!project.ok) return project;
  if (project.value.name !== h.name) return fail(DAMAGED);
  return ok({ ...project.value, header: h, origin });
}

/**
 * An unprotected file names the keys its MACs were made with. A MAC under a key this device
 * holds must match, or the file was changed after it was made. A file whose keys are all
 * unknown here (made on another device, or with its MACs stripped) is not refused, since a
 * new device must be able to restore, but it is marked unconfirmed and the screens say so.
 */
async function vouchFor(header: BackupHeader, keys: readonly FileKey[]): Promise<Result<FileOrigin>> {
  const text = authenticatedHeaderText(header);
  let holder: KeyHolder | null = null;
  for (const { keyId, mac } of header.authentication ?? []) {
    const key = keys.find((k) => k.id === keyId);
    if (!key) continue;
    if (!(await macMatches(key, text, mac))) return fail(CHANGED);
    if (holder !== 'device') holder = key.holder;
  }
  return ok(holder ? { kind: 'key', holder } : { kind: 'unconfirmed' });
}

/**
 * Decodes a whole-project Yjs update into a scratch doc and checks everything in it: the
 * project's details, and every record, field by field, against what the app writes and
 * against its kind's schema. For any file or download that carries a whole project, not
 * just backups (joining by invite uses it too). The result's `update` is the checked
 * scratch doc encoded again, without any field this version does not know.
 */
export function checkProjectUpdate(update: Uint8Array, projectId: string): Result<Omit<CheckedProject, 'header' | 'origin'>> {
  const scratch = createProjectDoc(projectId);
  try {
    Y.applyUpdate(scratch, update);
    const found = inspectProject(scratch, projectId);
    if (!found.ok) {
      scratch.destroy();
      return found;
    }
    leaveOutUnknown(scratch, found.value);
    const clean = Y.encodeStateAsUpdate(scratch);
    return ok({ [checked]: true as const, projectId, name: found.value.name, update: clean, scratch, counts: found.value.counts, leftOut: found.value.unknown.length });
  } catch {
    scratch.destroy();
    return fail(DAMAGED);
  }
}

/** Removes (in the scratch doc only) fields and parts of values that this version does not know. */
function leaveOutUnknown(scratch: Y.Doc, found: ProjectInspection) {
  if (!found.unknown.length) return;
  scratch.transact(() => {
    for (const change of found.unknown) {
      const record = change.collection === 'meta' ? scratch.getMap('meta') : (scratch.getMap(change.collection).get(change.id) as Y.Map<unknown>);
      if (change.kind === 'remove') record.delete(change.field);
      else if (change.key !== undefined) (record.get(change.field) as Y.Map<unknown>).set(change.key, change.value);
      else record.set(change.field, change.value);
    }
  });
}
