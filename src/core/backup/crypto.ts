import { fromBase64, toBase64 } from 'lib0/buffer';
import { MIN_PASSPHRASE_LENGTH } from './format';

/** SHA-256 of some bytes, as lower-case hex. */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as BufferSource));
  return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Passphrase rules, in words a person can act on; null when it is fine. */
export function passphraseProblem(passphrase: string): string | null {
  const length = [...passphrase.normalize('NFC')].length;
  if (length < MIN_PASSPHRASE_LENGTH) return `Use a passphrase of at least ${MIN_PASSPHRASE_LENGTH} characters. A few ordinary words work well.`;
  if (length > 200) return 'That passphrase is too long: keep it to 200 characters or fewer.';
  return null;
}

async function deriveKey(passphrase: string, salt: Uint8Array, iterations: number): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations }, material, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

export interface Sealed {
  ciphertext: Uint8Array;
  salt: string;
  iv: string;
}

/** Encrypts with a key stretched from the passphrase. `context` is bound in, so the sealed bytes only open under the same header. */
export async function seal(plain: Uint8Array, passphrase: string, context: string, iterations: number): Promise<Sealed> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const key = await deriveKey(passphrase, salt, iterations);
  const ciphertext = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: new TextEncoder().encode(context) }, key, plain as BufferSource));
  return { ciphertext, salt: toBase64(salt), iv: toBase64(iv) };
}

/** Decrypts, or returns null when the passphrase (or the sealed bytes) are wrong. */
export async function open(sealed: Sealed, passphrase: string, context: string, iterations: number): Promise<Uint8Array | null> {
  try {
    const key = await deriveKey(passphrase, fromBase64(sealed.salt), iterations);
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: fromBase64(sealed.iv) as BufferSource, additionalData: new TextEncoder().encode(context) }, key, sealed.ciphertext as BufferSource);
    return new Uint8Array(plain);
  } catch {
    return null;
  }
}
