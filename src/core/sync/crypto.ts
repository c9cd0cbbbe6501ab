import { fail, ok, type Result } from '../result';
import { fromBase64Url, sameBytes, toBase64Url, utf8 } from './encoding';
import { ENTRY_FORMAT } from './protocol';

/**
 * Everything a device derives from a project's secret. The secret itself never leaves the
 * device except inside an invite link's #fragment (browsers never send fragments).
 */
export interface ProjectKeys {
  projectId: string;
  /** Name of the envelope doc on the server. A new secret gives a new name. */
  room: string;
  /** Proves to the server that this device may open the envelope. Stored there only as a hash. */
  token: string;
  /** AES-GCM key for the entries. Never sent anywhere; not extractable. */
  key: CryptoKey;
  /**
   * Names this secret without giving it away (a reset announces the new one by it). Only a
   * holder of the secret can make it, but anyone who has seen it can repeat it.
   */
  fingerprint: string;
  /** HMAC-SHA-256 key: proofs that only a holder of this secret can make (invite checks, device proofs). */
  macKey: CryptoKey;
}

export const SECRET_BYTES = 32;
const IV_BYTES = 12;
const SALT = utf8('common-ground/sync/v1');

export function newSecret(): string {
  return toBase64Url(crypto.getRandomValues(new Uint8Array(SECRET_BYTES)));
}

/** True when this browser can encrypt (WebCrypto needs https, or localhost). */
export function canEncrypt(): boolean {
  return typeof crypto !== 'undefined' && typeof crypto.subtle?.importKey === 'function';
}

export async function deriveProjectKeys(projectId: string, secret: string): Promise<ProjectKeys> {
  const raw = fromBase64Url(secret);
  if (!raw || raw.length !== SECRET_BYTES) throw new Error('A project secret must be 32 bytes of base64url.');
  const subtle = crypto.subtle;
  const material = await subtle.importKey('raw', raw as BufferSource, 'HKDF', false, ['deriveBits', 'deriveKey']);
  const hkdf = (purpose: string) => ({ name: 'HKDF', hash: 'SHA-256', salt: SALT, info: utf8(`${purpose}:${projectId}`) });
  const [tokenBits, roomBits, key, fingerprintBits, macKey] = await Promise.all([
    subtle.deriveBits(hkdf('token'), material, 256),
    subtle.deriveBits(hkdf('room'), material, 128),
    subtle.deriveKey(hkdf('content'), material, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']),
    subtle.deriveBits(hkdf('fingerprint'), material, 128),
    subtle.deriveKey(hkdf('invite-mac'), material, { name: 'HMAC', hash: 'SHA-256', length: 256 }, false, ['sign', 'verify']),
  ]);
  return {
    projectId,
    room: toBase64Url(new Uint8Array(roomBits)),
    token: toBase64Url(new Uint8Array(tokenBits)),
    key,
    fingerprint: toBase64Url(new Uint8Array(fingerprintBits)),
    macKey,
  };
}

/** HMAC-SHA-256 of `data` under the secret's MAC key. */
export async function macOf(keys: ProjectKeys, data: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.sign('HMAC', keys.macKey, data as BufferSource));
}

/** Checks a (possibly shortened) MAC in constant time for its length. */
export async function macMatches(keys: ProjectKeys, data: Uint8Array, mac: Uint8Array): Promise<boolean> {
  if (mac.length < 16) return false;
  return sameBytes((await macOf(keys, data)).subarray(0, mac.length), mac);
}

/** Binds each entry to its project and envelope, so it cannot be moved into another one. */
function additionalData(keys: ProjectKeys): Uint8Array {
  return utf8(`common-ground/entry/v1:${keys.projectId}:${keys.room}`);
}

/** An encrypted entry: format byte, a fresh random 96-bit IV, then ciphertext with its tag. */
export async function sealUpdate(keys: ProjectKeys, update: Uint8Array): Promise<Uint8Array> {
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const sealed = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: additionalData(keys) as BufferSource }, keys.key, update as BufferSource);
  const out = new Uint8Array(1 + IV_BYTES + sealed.byteLength);
  out[0] = ENTRY_FORMAT;
  out.set(iv, 1);
  out.set(new Uint8Array(sealed), 1 + IV_BYTES);
  return out;
}

export const UNREADABLE_ENTRY = 'A change from the sync server could not be read, so it was left out. It may have been damaged, or written with another project’s key.';

/** Decrypts an entry. Anything damaged, from another project or from an old secret is refused. */
export async function openEntry(keys: ProjectKeys, entry: unknown): Promise<Result<Uint8Array>> {
  if (!(entry instanceof Uint8Array) || entry.length < 1 + IV_BYTES + 16 || entry[0] !== ENTRY_FORMAT) return fail(UNREADABLE_ENTRY);
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: entry.subarray(1, 1 + IV_BYTES) as BufferSource, additionalData: additionalData(keys) as BufferSource },
      keys.key,
      entry.subarray(1 + IV_BYTES) as BufferSource,
    );
    return ok(new Uint8Array(plain));
  } catch {
    return fail(UNREADABLE_ENTRY);
  }
}
