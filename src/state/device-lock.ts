import type { KioskSession } from '../core/feedback/kiosk-session';
import { KIOSK_SESSION_SETTING } from '../core/feedback/kiosk-session';
import { clearFailures, lockIsOn, tryPin, writeLockAfter, type LockAfter } from '../core/security/lockout';
import { hasPin, removePin, setPin, verifyPin } from '../core/security/pin';
import { db } from './app-db';

/*
 * The device lock's and kiosk mode's door to this device's storage: the facilitator PIN, its
 * count of wrong tries, the idle time, and the running kiosk session. The screens in
 * src/features/lock and the kiosk call these and never the database.
 */

export const pinIsSet = (): Promise<boolean> => hasPin(db);
export const pinIsRight = (pin: string): Promise<boolean> => verifyPin(db, pin);
export const storePin = (pin: string): ReturnType<typeof setPin> => setPin(db, pin);
export const forgetPin = (): Promise<void> => removePin(db);
/** Checks a PIN typed: wrong tries are counted on the device and slow down the next. */
export const tryDevicePin = (pin: string): ReturnType<typeof tryPin> => tryPin(db, pin);
export const clearPinFailures = (): Promise<void> => clearFailures(db);
export const storeLockAfter = (minutes: LockAfter): Promise<void> => writeLockAfter(db, minutes);
export const readLockConfig = (): ReturnType<typeof lockIsOn> => lockIsOn(db);

/*
 * The kiosk session's row is read here by its name rather than through core/settings: every
 * load checks it before showing anything, and the settings' schemas bring zod, which the first
 * screen does without. The caller checks what is read (`readKioskSession`).
 */

/** The kiosk session row as stored, unchecked. */
export async function readStoredKioskSession(): Promise<unknown> {
  return (await db.settings.get(KIOSK_SESSION_SETTING))?.value;
}

export async function storeKioskSession(session: KioskSession): Promise<void> {
  await db.settings.put({ key: KIOSK_SESSION_SETTING, value: session });
}

export async function forgetKioskSession(): Promise<void> {
  await db.settings.delete(KIOSK_SESSION_SETTING);
}
