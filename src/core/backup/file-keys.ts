import { fromBase64, toBase64 } from 'lib0/buffer';
import type { CommonGroundDb } from '../db/database';
import { backupFileKey } from '../settings/settings';
import { readSetting, writeSetting } from '../settings/store';
import { fromBase64Url, utf8 } from '../sync/encoding';

/*
 * Keys that vouch for an UNPROTECTED backup file. A passphrase-protected file needs none:
 * AES-GCM already refuses any change to it. An unprotected file is readable by anyone who
 * holds it, and anyone who holds it can also rewrite it and fix its checksum; what they
 * cannot do without one of these keys is make its MAC match:
 *
 *   - this device's own key (random, kept in this device's settings, never in a file or a
 *     project): a file made here and changed since is refused when it comes back here;
 *   - the team's key, derived from the project's sharing secret (so only on devices the
 *     project is shared with, and never in the project doc or in a backup): a file made by
 *     any device of the team and changed since is refused by every device of the team.
 *
 * What it cannot prove: anything to a device that holds neither key (a new device, or one
 * the project is not shared with). There the app says plainly that it cannot confirm where
 * the file came from. Someone who holds a key (a team member, or anyone with the unlocked
 * device) can make a file that passes.
 */

export type KeyHolder = 'device' | 'team';

export interface FileKey {
  /** Names the key in a file without revealing it: the first 8 bytes of HMAC(key, "key id"), in hex. */
  id: string;
  holder: KeyHolder;
  key: CryptoKey;
}

const TEAM_KEY_INFO = 'common-ground/backup-file-mac/v1';
const hex = (bytes: ArrayBuffer) => [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');

/** A MAC key from 32 raw bytes. */
export async function fileKeyFrom(raw: Uint8Array, holder: KeyHolder): Promise<FileKey> {
  const key = await crypto.subtle.importKey('raw', raw as BufferSource, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']);
  const id = hex(await crypto.subtle.sign('HMAC', key, utf8('key id') as BufferSource)).slice(0, 16);
  return { id, holder, key };
}

/** A fresh random key (this device's, the first time it makes an unprotected backup). */
export function newFileKeyBytes(): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(32));
}

/** This device's key, made and kept the first time it is needed. */
export async function deviceFileKey(db: CommonGroundDb): Promise<FileKey> {
  const stored = await readSetting(db, backupFileKey);
  if (stored !== null) {
    try {
      const raw = fromBase64(stored);
      if (raw.length === 32) return fileKeyFrom(raw, 'device');
    } catch {
      // A damaged setting: make a new key below. Files made with the old one can no longer be confirmed here.
    }
  }
  const raw = newFileKeyBytes();
  await writeSetting(db, backupFileKey, toBase64(raw));
  return fileKeyFrom(raw, 'device');
}

/** The team's key for a shared project, from its sharing secret; none when the project is not shared from this device. */
export async function teamFileKey(db: CommonGroundDb, projectId: string): Promise<FileKey | null> {
  const secret = (await db.projectKeys.get(projectId))?.secret;
  const raw = secret ? fromBase64Url(secret) : null;
  if (!raw || raw.length < 16) return null;
  const material = await crypto.subtle.importKey('raw', raw as BufferSource, 'HKDF', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits(
    { name: 'HKDF', hash: 'SHA-256', salt: utf8(projectId) as BufferSource, info: utf8(TEAM_KEY_INFO) as BufferSource },
    material,
    256,
  );
  return fileKeyFrom(new Uint8Array(bits), 'team');
}

/** Every key this device holds for a project's files. */
export async function fileKeysFor(db: CommonGroundDb, projectId: string): Promise<FileKey[]> {
  const team = await teamFileKey(db, projectId);
  return [await deviceFileKey(db), ...(team ? [team] : [])];
}

export async function macOf(key: FileKey, text: string): Promise<string> {
  return hex(await crypto.subtle.sign('HMAC', key.key, utf8(text) as BufferSource));
}

/** Compares in constant time for equal lengths, via WebCrypto's own verify. */
export async function macMatches(key: FileKey, text: string, mac: string): Promise<boolean> {
  if (!/^[0-9a-f]{64}$/.test(mac)) return false;
  const bytes = new Uint8Array(mac.match(/../g)!.map((h) => parseInt(h, 16)));
  return crypto.subtle.verify('HMAC', key.key, bytes as BufferSource, utf8(text) as BufferSource);
}
