import type { CommonGroundDb } from '../../core/db/database';
import { checkPinFormat, hasPin, verifyPin } from '../../core/security/pin';
import { fail, ok, type Result } from '../../core/result';

/** Idle times a facilitator can choose; 0 means never lock by itself. */
export const LOCK_AFTER_CHOICES = [2, 5, 15, 0] as const;
export type LockAfter = (typeof LOCK_AFTER_CHOICES)[number];
export const DEFAULT_LOCK_AFTER: LockAfter = 5;

const LOCK_AFTER_KEY = 'lockAfterMinutes';
const FAILURES_KEY = 'lockFailures';

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
  const row = await db.settings.get(FAILURES_KEY);
  const v = row?.value as Failures | undefined;
  return v && typeof v.count === 'number' && typeof v.until === 'number' ? v : { count: 0, until: 0 };
}

export async function readLockAfter(db: CommonGroundDb): Promise<LockAfter> {
  const row = await db.settings.get(LOCK_AFTER_KEY);
  return LOCK_AFTER_CHOICES.includes(row?.value as LockAfter) ? (row!.value as LockAfter) : DEFAULT_LOCK_AFTER;
}

export async function writeLockAfter(db: CommonGroundDb, minutes: LockAfter): Promise<void> {
  await db.settings.put({ key: LOCK_AFTER_KEY, value: minutes });
}

/** Whether the app should lock itself: a PIN is set and an idle time is chosen. */
export async function lockIsOn(db: CommonGroundDb): Promise<{ on: boolean; minutes: LockAfter; pinSet: boolean }> {
  const [pinSet, minutes] = await Promise.all([hasPin(db), readLockAfter(db)]);
  return { on: pinSet && minutes > 0, minutes, pinSet };
}

const seconds = (ms: number) => {
  const s = Math.ceil(ms / 1000);
  return s >= 60 && s % 60 === 0 ? `${s / 60} minute${s === 60 ? '' : 's'}` : `${s} seconds`;
};

/**
 * Checks a PIN typed on the lock screen. Wrong tries are counted on the device (so reloading
 * does not reset them) and slow down further tries.
 */
export async function tryPin(db: CommonGroundDb, pin: string, now = Date.now()): Promise<Result<void> & { waitMs?: number }> {
  const format = checkPinFormat(pin);
  if (!format.ok) return format;
  const failures = await readFailures(db);
  if (now < failures.until) return { ...fail(`Too many wrong tries. Wait ${seconds(failures.until - now)}, then try again.`), waitMs: failures.until - now };
  if (await verifyPin(db, pin)) {
    await db.settings.delete(FAILURES_KEY);
    return ok(undefined);
  }
  const count = failures.count + 1;
  const wait = lockoutDelayMs(count);
  await db.settings.put({ key: FAILURES_KEY, value: { count, until: now + wait } satisfies Failures });
  if (wait === 0) return fail('That PIN is not right. Try again.');
  return { ...fail(`That PIN is not right. Too many wrong tries: wait ${seconds(wait)}, then try again.`), waitMs: wait };
}

/** Checks a new PIN typed twice. */
export function checkNewPin(pin: string, again: string): Result<string> {
  const format = checkPinFormat(pin);
  if (!format.ok) return format;
  if (pin !== again) return fail('The two PINs are not the same. Type them again.');
  return ok(pin);
}

export async function clearFailures(db: CommonGroundDb): Promise<void> {
  await db.settings.delete(FAILURES_KEY);
}
