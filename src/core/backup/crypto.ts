import { fromBase64, toBase64 } from 'lib0/buffer';
import { MAX_PASSPHRASE_LENGTH, MIN_PASSPHRASE_LENGTH } from './format';

/** SHA-256 of some bytes, as lower-case hex. */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as BufferSource));
  return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Passphrase rules, in words a person can act on; null when it is fine. */
export function passphraseProblem(passphrase: string): string | null {
  const characters = [...passphrase.normalize('NFC')];
  if (characters.length < MIN_PASSPHRASE_LENGTH) {
    return `Use a passphrase of at least ${MIN_PASSPHRASE_LENGTH} characters. Three or four ordinary words that only you would put together work well.`;
  }
  if (characters.length > MAX_PASSPHRASE_LENGTH) return `That passphrase is too long: keep it to ${MAX_PASSPHRASE_LENGTH} characters or fewer.`;
  if (new Set(characters.filter((c) => c.trim())).size < 5) return 'That passphrase repeats the same few characters. Use a few ordinary words instead.';
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

/** A fresh salt and IV for one file, in base64, to go in its header before it is sealed. */
export function newSealParameters(): { salt: string; iv: string } {
  return { salt: toBase64(crypto.getRandomValues(new Uint8Array(16))), iv: toBase64(crypto.getRandomValues(new Uint8Array(12))) };
}

/** Encrypts with a key stretched from the passphrase. `context` is bound in, so the sealed bytes only open under the same header. */
export async function seal(plain: Uint8Array, passphrase: string, context: string, iterations: number, parameters: { salt: string; iv: string }): Promise<Sealed> {
  const key = await deriveKey(passphrase, fromBase64(parameters.salt), iterations);
  const ciphertext = new Uint8Array(
    await crypto.subtle.encrypt({ name: 'AES-GCM', iv: fromBase64(parameters.iv) as BufferSource, additionalData: new TextEncoder().encode(context) }, key, plain as BufferSource),
  );
  return { ciphertext, ...parameters };
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
