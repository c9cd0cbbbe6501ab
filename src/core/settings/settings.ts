import { z } from 'zod';
import { KIOSK_SESSION_SETTING, readKioskSession } from '../feedback/kiosk-session';
import { deviceSetting, projectSetting } from './define';

/**
 * Every setting this device keeps, in one place: a key not declared here is not read or
 * written (src/core/settings/store.ts takes only these). The names are those the app has
 * always used, so settings already on devices carry on.
 */

/** The language of the app, and separately of the kiosk (people answering may speak another). */
export const appLanguage = deviceSetting('appLanguage', z.enum(['en', 'cy']), 'en');
/** The kiosk's own language on this device; none chosen means the app's. */
export const kioskLanguage = deviceSetting('kioskLanguage', z.enum(['en', 'cy']).nullable(), null);

/**
 * Kiosk mode running on this device (src/features/lock/kiosk-lock.ts writes it before the first
 * question and mirrors it in localStorage). Checked by the same reader every tab uses as it
 * loads, which keeps zod out of the first screen; anything else reads as "not running".
 */
export const kioskSession = deviceSetting(KIOSK_SESSION_SETTING, z.unknown().transform(readKioskSession), null);

/** The newcomer's tour was taken or put aside on this device (Help has it at any time). */
export const tourSeen = deviceSetting('tourSeen', z.boolean(), false);

/** Asked the browser once to keep the app's data when space runs low. */
export const persistAsked = deviceSetting('persistAsked', z.boolean(), false);

/** The facilitator PIN, as a salted PBKDF2 hash (src/core/security/pin.ts). */
export const facilitatorPin = deviceSetting(
  'facilitatorPin',
  z.object({ salt: z.string(), hash: z.string(), iterations: z.number().int().positive() }).nullable(),
  null,
);
/** Minutes of no use before the app locks itself; 0 for never. */
export const lockAfterMinutes = deviceSetting('lockAfterMinutes', z.union([z.literal(2), z.literal(5), z.literal(15), z.literal(0)]), 5);
/** Wrong PINs in a row, and until when (epoch ms) no PIN is checked. */
export const lockFailures = deviceSetting('lockFailures', z.object({ count: z.number().int().min(0), until: z.number() }).nullable(), null);

/** When this device last made a backup of the project (ISO time), or null for never. */
export const lastBackup = projectSetting('lastBackup', z.iso.datetime().nullable(), null);

// Sharing keeps these per project (src/core/sync/device-state.ts and conflict-store.ts check
// their shape as they read them).
export const syncMemory = projectSetting('sync-memory', z.unknown(), null);
export const syncRetire = projectSetting('sync-retire', z.unknown(), null);
export const syncCompact = projectSetting('sync-compact', z.boolean(), false);
export const syncConflicts = projectSetting('sync-conflicts', z.array(z.unknown()), []);

export const ALL_SETTINGS = [
  appLanguage,
  kioskLanguage,
  kioskSession,
  tourSeen,
  persistAsked,
  facilitatorPin,
  lockAfterMinutes,
  lockFailures,
  lastBackup,
  syncMemory,
  syncRetire,
  syncCompact,
  syncConflicts,
] as const;
