import { t } from '@lingui/core/macro';
import { fail, ok, type Result } from '../../core/result';
import { hasPin, removePin, setPin, verifyPin } from '../../core/security/pin';
import { db } from '../../state/app-db';
import { refreshLockConfig } from './lock-state';
import { checkNewPin, clearFailures, writeLockAfter, type LockAfter } from './lockout';

/*
 * What the "Device lock" card in Settings does with this device's PIN. Kept apart from
 * lock-state.ts, which the first screen needs at once: these load with the Settings screen.
 */

/**
 * Sets the facilitator PIN, typed twice, and when the app locks itself. If a PIN is already
 * set on the device (here or in another tab), it changes only with the current one.
 */
export async function saveFacilitatorPin(typed: { current: string; pin: string; again: string; after: LockAfter }): Promise<Result<'set' | 'changed'>> {
  const checked = checkNewPin(typed.pin, typed.again);
  if (!checked.ok) return checked;
  const changing = await hasPin(db);
  if (changing && !(await verifyPin(db, typed.current))) {
    // Perhaps set meanwhile in another tab: show what the device has now.
    await refreshLockConfig();
    return fail(t`The current PIN is not right, so the PIN was not changed.`);
  }
  const saved = await setPin(db, checked.value);
  if (!saved.ok) return saved;
  await writeLockAfter(db, typed.after);
  await clearFailures(db);
  await refreshLockConfig();
  return ok(changing ? 'changed' : 'set');
}

/** Removes the facilitator PIN, given the current one: the app then never locks itself. */
export async function removeFacilitatorPin(current: string): Promise<Result<void>> {
  if (!(await verifyPin(db, current))) return fail(t`That PIN is not right, so it was not removed.`);
  await removePin(db);
  await clearFailures(db);
  await refreshLockConfig();
  return ok(undefined);
}

/** How long the app waits without use before it locks itself (kept only while a PIN is set). */
export async function chooseLockAfter(minutes: LockAfter): Promise<void> {
  await writeLockAfter(db, minutes);
  await refreshLockConfig();
}
