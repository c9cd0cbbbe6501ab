import { fail, ok, type Result } from '../result';
import { fromBase64Url, toBase64Url, utf8 } from './encoding';

/**
 * The WebCrypto work done with a device's own keys: ECDSA P-256 signatures (which device made
 * an invite link or announced a reset), and ECDH P-256 to hand a new project secret to one
 * device only. Public keys travel as base64url of their raw (uncompressed) form.
 */

const SIGN = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const EXCHANGE = { name: 'ECDH', namedCurve: 'P-256' } as const;
const WRAP_SALT = utf8('common-ground/reset-wrap/v1');
const IV_BYTES = 12;

/** An ECDSA P-256 signature (IEEE P1363: r and s, 32 bytes each). */
export const SIGNATURE_BYTES = 64;

/** A signing pair and an exchange pair whose private halves can never be read out. */
export async function newDeviceKeyPairs(): Promise<{ signing: CryptoKeyPair; exchange: CryptoKeyPair }> {
  const [signing, exchange] = await Promise.all([
    crypto.subtle.generateKey(SIGN, false, ['sign', 'verify']) as Promise<CryptoKeyPair>,
    crypto.subtle.generateKey(EXCHANGE, false, ['deriveBits']) as Promise<CryptoKeyPair>,
  ]);
  return { signing, exchange };
}

export async function publicKeyText(key: CryptoKey): Promise<string> {
  return toBase64Url(new Uint8Array(await crypto.subtle.exportKey('raw', key)));
}

async function importPublic(text: string, algorithm: typeof SIGN | typeof EXCHANGE, usages: KeyUsage[]): Promise<CryptoKey | null> {
  const raw = fromBase64Url(text);
  if (!raw || raw.length !== 65) return null;
  try {
    return await crypto.subtle.importKey('raw', raw as BufferSource, algorithm, true, usages);
  } catch {
    return null;
  }
}

export async function sign(privateKey: CryptoKey, data: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, privateKey, data as BufferSource));
}

/** False for a wrong signature, and for a key or signature that is not well formed. Never throws. */
export async function signatureValid(publicKey: string, data: Uint8Array, signature: Uint8Array): Promise<boolean> {
  if (signature.length !== SIGNATURE_BYTES) return false;
  const key = await importPublic(publicKey, SIGN, ['verify']);
  if (!key) return false;
  try {
    return await crypto.subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, key, signature as BufferSource, data as BufferSource);
  } catch {
    return false;
  }
}

async function wrappingKey(privateKey: CryptoKey, publicKey: CryptoKey, context: string): Promise<CryptoKey> {
  const shared = await crypto.subtle.deriveBits({ name: 'ECDH', public: publicKey }, privateKey, 256);
  const material = await crypto.subtle.importKey('raw', shared, 'HKDF', false, ['deriveKey']);
  return crypto.subtle.deriveKey({ name: 'HKDF', hash: 'SHA-256', salt: WRAP_SALT, info: utf8(context) }, material, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

export interface WrappedSecret {
  iv: string;
  secret: string;
}

/**
 * Seals a secret for chosen devices: one throw-away ECDH key for the whole batch, and for each
 * device a key agreed with its public exchange key. `context` binds each sealed copy to where
 * it may be used (project, announcement, device); it is never stored.
 */
export async function sealForDevices(secret: Uint8Array, devices: Array<{ exchangeKey: string; context: string }>): Promise<Result<{ wrapKey: string; sealed: WrappedSecret[] }>> {
  const ephemeral = (await crypto.subtle.generateKey(EXCHANGE, false, ['deriveBits'])) as CryptoKeyPair;
  const sealed: WrappedSecret[] = [];
  for (const device of devices) {
    const publicKey = await importPublic(device.exchangeKey, EXCHANGE, []);
    if (!publicKey) return fail('One of the devices to keep has a damaged key, so sharing was not reset.');
    const key = await wrappingKey(ephemeral.privateKey, publicKey, device.context);
    const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
    const ciphertext = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: utf8(device.context) as BufferSource }, key, secret as BufferSource);
    sealed.push({ iv: toBase64Url(iv), secret: toBase64Url(new Uint8Array(ciphertext)) });
  }
  return ok({ wrapKey: await publicKeyText(ephemeral.publicKey), sealed });
}

/** Opens a secret sealed for this device. Null when it was not sealed for it, or was changed. */
export async function openSealed(exchangePrivateKey: CryptoKey, wrapKey: string, wrapped: WrappedSecret, context: string): Promise<Uint8Array | null> {
  const publicKey = await importPublic(wrapKey, EXCHANGE, []);
  const iv = fromBase64Url(wrapped.iv);
  const ciphertext = fromBase64Url(wrapped.secret);
  if (!publicKey || !iv || iv.length !== IV_BYTES || !ciphertext) return null;
  try {
    const key = await wrappingKey(exchangePrivateKey, publicKey, context);
    return new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv: iv as BufferSource, additionalData: utf8(context) as BufferSource }, key, ciphertext as BufferSource));
  } catch {
    return null;
  }
}
