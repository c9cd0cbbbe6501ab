/*
 * End-to-end encryption for answers given on a participant's own phone (issue 17 §1).
 *
 * The facilitator's devices make a key pair for each round (ECDH P-256). The participant's
 * page gets the round's public key and the questions from the link, encrypted under a key that
 * travels only in the link's #fragment (so the server never sees it). Each submission uses a
 * fresh ephemeral key pair: ECDH with the round's public key, HKDF-SHA-256 bound to the round,
 * then AES-GCM with the round id and the ephemeral key as additional data. Only a device
 * holding the round's private key can read it; any changed byte makes it unreadable.
 * Opening a submission is the gate's job (core/backup/drop-box-gate.ts); this file only seals
 * and unseals bytes.
 */

const subtle = () => globalThis.crypto.subtle;
const VERSION = 1;
const PUBLIC_KEY_BYTES = 65;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
/** Everything before the ciphertext: version, the ephemeral public key, the nonce. */
export const SUBMISSION_HEADER_BYTES = 1 + PUBLIC_KEY_BYTES + NONCE_BYTES;
export const SUBMISSION_MIN_BYTES = SUBMISSION_HEADER_BYTES + TAG_BYTES;

const text = new TextEncoder();
const ECDH = { name: 'ECDH', namedCurve: 'P-256' } as const;

export interface RoundKeys {
  /** Raw uncompressed P-256 point (65 bytes): goes to participants inside the sealed questions. */
  publicKey: Uint8Array;
  /** Stays with the project: only its devices can read the answers. */
  privateKey: CryptoKey;
}

export async function newRoundKeys(): Promise<RoundKeys> {
  const pair = await subtle().generateKey(ECDH, true, ['deriveBits']);
  return { publicKey: new Uint8Array(await subtle().exportKey('raw', pair.publicKey)), privateKey: pair.privateKey };
}

/** A random 256-bit key for the link's #fragment, which encrypts the questions. */
export function newLinkKey(): Uint8Array {
  return globalThis.crypto.getRandomValues(new Uint8Array(32));
}

export function randomId(bytes = 16): string {
  return toBase64Url(globalThis.crypto.getRandomValues(new Uint8Array(bytes)));
}

export function toBase64Url(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Bytes from base64url, or null when it is not base64url. */
export function fromBase64Url(value: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(value)) return null;
  try {
    const s = atob(value.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (value.length % 4)) % 4));
    return Uint8Array.from(s, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

const additionalData = (roundId: string, ephemeral: Uint8Array) => concat(text.encode(`cg-dropbox-v${VERSION}:${roundId}:`), ephemeral);

async function answerKey(privateKey: CryptoKey, publicKey: CryptoKey, roundId: string): Promise<CryptoKey> {
  const shared = await subtle().deriveBits({ name: 'ECDH', public: publicKey }, privateKey, 256);
  const hkdf = await subtle().importKey('raw', shared, 'HKDF', false, ['deriveKey']);
  return subtle().deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: text.encode(roundId), info: text.encode('common-ground drop box answers') },
    hkdf,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/** On the participant's phone: seals a submission (already JSON text) to the round's public key. */
export async function sealSubmission(roundPublicKey: Uint8Array, roundId: string, plaintext: string): Promise<Uint8Array> {
  const theirs = await subtle().importKey('raw', roundPublicKey as BufferSource, ECDH, false, []);
  const mine = await subtle().generateKey(ECDH, true, ['deriveBits']);
  const ephemeral = new Uint8Array(await subtle().exportKey('raw', mine.publicKey));
  const key = await answerKey(mine.privateKey, theirs, roundId);
  const nonce = globalThis.crypto.getRandomValues(new Uint8Array(NONCE_BYTES));
  const sealed = await subtle().encrypt({ name: 'AES-GCM', iv: nonce, additionalData: additionalData(roundId, ephemeral) as BufferSource }, key, text.encode(plaintext));
  return concat(Uint8Array.of(VERSION), ephemeral, nonce, new Uint8Array(sealed));
}

/**
 * On a facilitator's device: the submission's text, or null when it cannot be read (changed,
 * for another round or project, or not a submission at all). Never throws.
 */
export async function unsealSubmission(privateKey: CryptoKey, roundId: string, bytes: Uint8Array): Promise<string | null> {
  if (bytes.length < SUBMISSION_MIN_BYTES || bytes[0] !== VERSION) return null;
  const ephemeral = bytes.slice(1, 1 + PUBLIC_KEY_BYTES);
  const nonce = bytes.slice(1 + PUBLIC_KEY_BYTES, SUBMISSION_HEADER_BYTES);
  try {
    const theirs = await subtle().importKey('raw', ephemeral, ECDH, false, []);
    const key = await answerKey(privateKey, theirs, roundId);
    const plain = await subtle().decrypt(
      { name: 'AES-GCM', iv: nonce, additionalData: additionalData(roundId, ephemeral) as BufferSource },
      key,
      bytes.slice(SUBMISSION_HEADER_BYTES),
    );
    return new TextDecoder('utf-8', { fatal: true }).decode(plain);
  } catch {
    return null;
  }
}

async function linkAesKey(linkKey: Uint8Array): Promise<CryptoKey> {
  return subtle().importKey('raw', linkKey as BufferSource, 'AES-GCM', false, ['encrypt', 'decrypt']);
}

/** Seals the questions (and the round's public key) under the link's key, for the drop box page. */
export async function sealForLink(linkKey: Uint8Array, roundId: string, plaintext: string): Promise<Uint8Array> {
  const nonce = globalThis.crypto.getRandomValues(new Uint8Array(NONCE_BYTES));
  const sealed = await subtle().encrypt({ name: 'AES-GCM', iv: nonce, additionalData: text.encode(`cg-dropbox-questions:${roundId}`) }, await linkAesKey(linkKey), text.encode(plaintext));
  return concat(nonce, new Uint8Array(sealed));
}

/** The questions' text, or null when the link key is wrong or the bytes were changed. */
export async function openFromLink(linkKey: Uint8Array, roundId: string, bytes: Uint8Array): Promise<string | null> {
  if (linkKey.length !== 32 || bytes.length < NONCE_BYTES + TAG_BYTES) return null;
  try {
    const plain = await subtle().decrypt(
      { name: 'AES-GCM', iv: bytes.slice(0, NONCE_BYTES), additionalData: text.encode(`cg-dropbox-questions:${roundId}`) },
      await linkAesKey(linkKey),
      bytes.slice(NONCE_BYTES),
    );
    return new TextDecoder('utf-8', { fatal: true }).decode(plain);
  } catch {
    return null;
  }
}
