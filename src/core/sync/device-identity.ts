import type { CommonGroundDb } from '../db/database';
import { cleanText } from '../domain/fields';
import { fail, ok, type Result } from '../result';
import { newDeviceKeyPairs, publicKeyText } from './device-keys';
import { toBase64Url } from './encoding';

/**
 * This device's own identity for sharing: an id, a name the facilitators recognise, and two
 * key pairs whose private halves cannot be read out of the browser. Kept in this device's
 * settings table only: never synced, never in a backup or a pack. Each shared project holds
 * the public half (see domain/sharing/device.ts), so the team knows its devices.
 */
export interface DeviceIdentity {
  /** 16 random bytes, base64url (22 characters). */
  id: string;
  name: string;
  createdAt: string;
  signing: CryptoKeyPair;
  exchange: CryptoKeyPair;
  /** The public halves, as stored in projects. */
  signingKey: string;
  exchangeKey: string;
}

const SETTING = 'device-identity';
const DEVICE_NAME_MAX = 60;

function cleanDeviceName(name: string): Result<string> {
  const clean = cleanText(name, false);
  if (!clean) return fail('Give this device a name, so the other facilitators know which one it is.');
  if (clean.length > DEVICE_NAME_MAX) return fail(`Keep the device’s name to ${DEVICE_NAME_MAX} characters or fewer.`);
  return ok(clean);
}

function isIdentity(value: unknown): value is DeviceIdentity {
  const v = value as Partial<DeviceIdentity> | undefined;
  return (
    !!v &&
    typeof v.id === 'string' &&
    typeof v.name === 'string' &&
    typeof v.signingKey === 'string' &&
    typeof v.exchangeKey === 'string' &&
    v.signing?.privateKey instanceof CryptoKey &&
    v.exchange?.privateKey instanceof CryptoKey
  );
}

/** This device's identity, or null before it first shares or joins a project. */
export async function thisDevice(db: CommonGroundDb): Promise<DeviceIdentity | null> {
  const row = await db.settings.get(SETTING);
  return isIdentity(row?.value) ? row.value : null;
}

/**
 * This device's identity, made the first time with the name given. Two tabs making one at
 * once end up with the same one: the first to be stored wins.
 */
export async function ensureThisDevice(db: CommonGroundDb, name: string): Promise<Result<DeviceIdentity>> {
  const existing = await thisDevice(db);
  if (existing) return ok(existing);
  const clean = cleanDeviceName(name);
  if (!clean.ok) return clean;
  const { signing, exchange } = await newDeviceKeyPairs();
  const made: DeviceIdentity = {
    id: toBase64Url(crypto.getRandomValues(new Uint8Array(16))),
    name: clean.value,
    createdAt: new Date().toISOString(),
    signing,
    exchange,
    signingKey: await publicKeyText(signing.publicKey),
    exchangeKey: await publicKeyText(exchange.publicKey),
  };
  const stored = await db.transaction('rw', db.settings, async () => {
    const row = await db.settings.get(SETTING);
    if (isIdentity(row?.value)) return row.value;
    await db.settings.put({ key: SETTING, value: made });
    return made;
  });
  return ok(stored);
}

export async function renameThisDevice(db: CommonGroundDb, name: string): Promise<Result<DeviceIdentity>> {
  const clean = cleanDeviceName(name);
  if (!clean.ok) return clean;
  const current = await thisDevice(db);
  if (!current) return fail('This device has not shared a project yet.');
  const renamed = { ...current, name: clean.value };
  await db.settings.put({ key: SETTING, value: renamed });
  return ok(renamed);
}
