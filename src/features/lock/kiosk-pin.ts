import { t } from '@lingui/core/macro';
import { ok, fail, type Result } from '../../core/result';
import { checkNewPin } from '../../core/security/lockout';
import { clearPinFailures, pinIsSet, storePin, tryDevicePin } from '../../state/device-lock';
import { refreshLockConfig } from './lock-state';

/*
 * The facilitator PIN as kiosk mode (src/features/feedback) uses it: kiosk mode starts only with
 * a PIN, and the PIN is the only way out. The PIN and its count of wrong tries belong to the
 * device lock (src/state/device-lock.ts keeps them); this file is the kiosk's one door to them.
 */

export { pinIsSet };

/** Sets the device's first PIN, which kiosk mode needs before it can start. */
export async function chooseFirstPin(pin: string, again: string): Promise<Result<void>> {
  if (!pin) return fail(t`Choose a PIN first: 4 to 8 numbers. You will need it to leave kiosk mode.`);
  const checked = checkNewPin(pin, again);
  if (!checked.ok) return checked;
  const set = await storePin(checked.value);
  if (!set.ok) return set;
  await clearPinFailures();
  await refreshLockConfig();
  return ok(undefined);
}

/** Checks the PIN typed, counting a wrong one on the device as the lock screen does. */
export function checkPin(pin: string): Promise<Result<void>> {
  return tryDevicePin(pin);
}

/** Checks the PIN typed to start kiosk mode, so the facilitator knows it before handing the tablet over. */
export function confirmPin(pin: string): Promise<Result<void>> {
  if (!pin) return Promise.resolve(fail(t`Type your facilitator PIN first.`));
  return checkPin(pin);
}
