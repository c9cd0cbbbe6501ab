import type { CommonGroundDb } from '../db/database';
import { fail, ok, type Result } from '../result';

const PIN_KEY = 'facilitatorPin';
const ITERATIONS = 150_000;

interface StoredPin {
  salt: string;
  hash: string;
  iterations: number;
}

/** A facilitator PIN is 4 to 8 digits. It is stored only as a salted PBKDF2 hash. */
export function checkPinFormat(pin: string): Result<string> {
  if (!/^\d+$/.test(pin)) return fail('A PIN is made of numbers only.');
  if (pin.length < 4 || pin.length > 8) return fail('A PIN has 4 to 8 numbers.');
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
  const stored: StoredPin = { salt: toBase64(salt), hash: toBase64(hash), iterations: ITERATIONS };
  await db.settings.put({ key: PIN_KEY, value: stored });
  return ok(undefined);
}

export async function hasPin(db: CommonGroundDb): Promise<boolean> {
  return (await db.settings.get(PIN_KEY)) !== undefined;
}

export async function verifyPin(db: CommonGroundDb, pin: string): Promise<boolean> {
  const row = await db.settings.get(PIN_KEY);
  if (!row) return false;
  const stored = row.value as StoredPin;
  const hash = await derive(pin, fromBase64(stored.salt), stored.iterations);
  const expected = fromBase64(stored.hash);
  if (hash.length !== expected.length) return false;
  let diff = 0;
  for (let i = 0; i < hash.length; i++) diff |= hash[i]! ^ expected[i]!;
  return diff === 0;
}

export async function removePin(db: CommonGroundDb): Promise<void> {
  await db.settings.delete(PIN_KEY);
}

// Plain base64 with the browser's own functions: the lock screen is on the first screen, and
// lib0's helpers would bring a larger shared chunk with them. Salts and hashes are 16–32 bytes.
function toBase64(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes));
}

function fromBase64(text: string): Uint8Array {
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}
