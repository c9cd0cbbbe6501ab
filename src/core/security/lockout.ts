import { plural, t } from '@lingui/core/macro';
import type { CommonGroundDb } from '../db/database';
import { checkPinFormat, hasPin, verifyPin } from './pin';
import { fail, ok, type Result } from '../result';
import { loadSettings } from '../settings/load';

/** Idle times a facilitator can choose, in the order offered (the `lockAfterMinutes` setting); 0 means never lock by itself. */
export const LOCK_AFTER_CHOICES = [2, 5, 15, 0] as const;
export type LockAfter = (typeof LOCK_AFTER_CHOICES)[number];

/** Free tries before the lock slows down. */
export const FREE_TRIES = 3;

/**
 * How long to wait after `failures` wrong PINs in a row: nothing for the first few, then
 * 30 seconds, doubling up to 5 minutes. Slow enough to stop someone trying every PIN, short
 * enough that a facilitator who mistypes is not stuck.
 */
export function lockoutDelayMs(failures: number): number {
  if (failures < FREE_TRIES) return 0;
  return Math.min(30_000 * 2 ** (failures - FREE_TRIES), 300_000);
}

interface Failures {
  count: number;
  /** Epoch ms before which no PIN is checked. */
  until: number;
}

export async function readFailures(db: CommonGroundDb): Promise<Failures> {
  const { readSetting, lockFailures } = await loadSettings();
  return (await readSetting(db, lockFailures)) ?? { count: 0, until: 0 };
}

async function writeFailures(db: CommonGroundDb, failures: Failures | null): Promise<void> {
  const { writeSetting, lockFailures } = await loadSettings();
  await writeSetting(db, lockFailures, failures);
}

async function readLockAfter(db: CommonGroundDb): Promise<LockAfter> {
  const { readSetting, lockAfterMinutes } = await loadSettings();
  return readSetting(db, lockAfterMinutes);
}

export async function writeLockAfter(db: CommonGroundDb, minutes: LockAfter): Promise<void> {
  const { writeSetting, lockAfterMinutes } = await loadSettings();
  await writeSetting(db, lockAfterMinutes, minutes);
}

/** Whether the app should lock itself: a PIN is set and an idle time is chosen. */
export async function lockIsOn(db: CommonGroundDb): Promise<{ on: boolean; minutes: LockAfter; pinSet: boolean }> {
  const [pinSet, minutes] = await Promise.all([hasPin(db), readLockAfter(db)]);
  return { on: pinSet && minutes > 0, minutes, pinSet };
}

/**
 * "30 seconds", "5 minutes": a wait in words, in whole minutes once it is one. Messages, not
 * Intl's unit style, which has no Welsh in Chrome.
 */
function waitWords(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  const minutes = seconds / 60;
  if (Number.isInteger(minutes) && minutes > 0) return plural(minutes, { one: '# minute', other: '# minutes' });
  return plural(seconds, { one: '# second', other: '# seconds' });
}

/**
 * Checks a PIN typed on the lock screen. Wrong tries are counted on the device (so reloading
 * does not reset them) and slow down further tries.
 */
export async function tryPin(db: CommonGroundDb, pin: string, now = Date.now()): Promise<Result<void> & { waitMs?: number }> {
  const format = checkPinFormat(pin);
  if (!format.ok) return format;
  const failures = await readFailures(db);
  if (now < failures.until) {
    const wait = waitWords(failures.until - now);
    return { ...fail(t`Too many wrong tries. Wait ${wait}, then try again.`), waitMs: failures.until - now };
  }
  if (await verifyPin(db, pin)) {
    await writeFailures(db, null);
    return ok(undefined);
  }
  const count = failures.count + 1;
  const waitMs = lockoutDelayMs(count);
  await writeFailures(db, { count, until: now + waitMs });
  if (waitMs === 0) return fail(t`That PIN is not right. Try again.`);
  const wait = waitWords(waitMs);
  return { ...fail(t`That PIN is not right. Too many wrong tries: wait ${wait}, then try again.`), waitMs };
}

/** Checks a new PIN typed twice. */
export function checkNewPin(pin: string, again: string): Result<string> {
  const format = checkPinFormat(pin);
  if (!format.ok) return format;
  if (pin !== again) return fail(t`The two PINs are not the same. Type them again.`);
  return ok(pin);
}

export async function clearFailures(db: CommonGroundDb): Promise<void> {
  await writeFailures(db, null);
}
