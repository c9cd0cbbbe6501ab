import { t } from '@lingui/core/macro';
import { fail, ok, type Result } from '../../core/result';
import { checkNewPin, type LockAfter } from '../../core/security/lockout';
import { clearPinFailures, forgetPin, pinIsRight, pinIsSet, storeLockAfter, storePin } from '../../state/device-lock';
import { refreshLockConfig } from './lock-state';

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
  const changing = await pinIsSet();
  if (changing && !(await pinIsRight(typed.current))) {
    // Perhaps set meanwhile in another tab: show what the device has now.
    await refreshLockConfig();
    return fail(t`The current PIN is not right, so the PIN was not changed.`);
  }
  const saved = await storePin(checked.value);
  if (!saved.ok) return saved;
  await storeLockAfter(typed.after);
  await clearPinFailures();
  await refreshLockConfig();
  return ok(changing ? 'changed' : 'set');
}

/** Removes the facilitator PIN, given the current one: the app then never locks itself. */
export async function removeFacilitatorPin(current: string): Promise<Result<void>> {
  if (!(await pinIsRight(current))) return fail(t`That PIN is not right, so it was not removed.`);
  await forgetPin();
  await clearPinFailures();
  await refreshLockConfig();
  return ok(undefined);
}

/** How long the app waits without use before it locks itself (kept only while a PIN is set). */
export async function chooseLockAfter(minutes: LockAfter): Promise<void> {
  await storeLockAfter(minutes);
  await refreshLockConfig();
}
