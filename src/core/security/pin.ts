import { t } from '@lingui/core/macro';
import type { CommonGroundDb } from '../db/database';
import { fail, ok, type Result } from '../result';
import { loadSettings } from '../settings/load';

const ITERATIONS = 150_000;

/** A facilitator PIN is 4 to 8 digits. It is stored only as a salted PBKDF2 hash. */
export function checkPinFormat(pin: string): Result<string> {
  if (!/^\d+$/.test(pin)) return fail(t`A PIN is made of numbers only.`);
  if (pin.length < 4 || pin.length > 8) return fail(t`A PIN has 4 to 8 numbers.`);
  return ok(pin);
}

async function derive(pin: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations }, key, 256);
  return new Uint8Array(bits);
}

export async function setPin(db: CommonGroundDb, pin: string): Promise<Result<void>> {
  const format = checkPinFormat(pin);
  if (!format.ok) return format;
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const hash = await derive(pin, salt, ITERATIONS);
  const { writeSetting, facilitatorPin } = await loadSettings();
  await writeSetting(db, facilitatorPin, { salt: toBase64(salt), hash: toBase64(hash), iterations: ITERATIONS });
  return ok(undefined);
}

async function storedPin(db: CommonGroundDb) {
  const { readSetting, facilitatorPin } = await loadSettings();
  return readSetting(db, facilitatorPin);
}

export async function hasPin(db: CommonGroundDb): Promise<boolean> {
  return (await storedPin(db)) !== null;
}

export async function verifyPin(db: CommonGroundDb, pin: string): Promise<boolean> {
  const stored = await storedPin(db);
  if (!stored) return false;
  const hash = await derive(pin, fromBase64(stored.salt), stored.iterations);
  const expected = fromBase64(stored.hash);
  if (hash.length !== expected.length) return false;
  let diff = 0;
  for (let i = 0; i < hash.length; i++) diff |= hash[i]! ^ expected[i]!;
  return diff === 0;
}

export async function removePin(db: CommonGroundDb): Promise<void> {
  const { writeSetting, facilitatorPin } = await loadSettings();
  await writeSetting(db, facilitatorPin, null);
}

// Plain base64 with the browser's own functions: the lock screen is on the first screen, and
// lib0's helpers would bring a larger shared chunk with them. Salts and hashes are 16–32 bytes.
function toBase64(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes));
}

function fromBase64(text: string): Uint8Array {
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}
