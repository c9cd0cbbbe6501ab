import { signal } from '@preact/signals';
import type { LockAfter } from '../../core/security/lockout';
import { readLockConfig, tryDevicePin } from '../../state/device-lock';
import { tabShowsKiosk } from './kiosk-lock';

// A synchronous hint, so a reload starts locked before IndexedDB has answered and nothing
// shows for a moment. Dexie stays the source of truth.
const HINT_KEY = 'cg-device-lock';
const storage = typeof localStorage === 'undefined' ? null : localStorage;

// Kiosk mode has its own way out (the facilitator PIN) and must stay usable between people,
// including after a reload, so the device lock never covers the tab that shows the kiosk.
// (Every other tab is covered by the kiosk's own lock while it runs: see kiosk-lock.ts.)
export const locked = signal(storage?.getItem(HINT_KEY) === 'on' && !tabShowsKiosk());
export const lockConfig = signal<{ on: boolean; minutes: LockAfter; pinSet: boolean } | null>(null);

let lastActivity = Date.now();

/** Reads the lock settings; locks at once when the app opens with a lock set. */
export async function refreshLockConfig(opts: { lockIfOn?: boolean } = {}): Promise<void> {
  const config = await readLockConfig();
  lockConfig.value = config;
  storage?.setItem(HINT_KEY, config.on ? 'on' : 'off');
  // With a PIN set, reading the settings never unlocks: only the PIN does.
  if (!config.pinSet) locked.value = false;
  else if (opts.lockIfOn && config.on) locked.value = !tabShowsKiosk();
}

// "Lock now" in one tab locks every tab of the app on this device: the tablet is about to be
// handed over, and another tab left open must not show what this one hides.
const LOCK_NOW_KEY = 'cg-lock-now';

/** Locks this tab, unless this device is known to have no PIN (which could never unlock it). */
export function lockHere() {
  if (lockConfig.value?.pinSet !== false) locked.value = true;
}

/** "Lock now": locks this tab and every other tab of the app on this device. */
export function lockNow() {
  if (lockConfig.value?.pinSet === false) return;
  locked.value = true;
  try {
    storage?.setItem(LOCK_NOW_KEY, String(Date.now()));
  } catch {
    // Storage is off: this tab is locked; the others lock when they are next idle.
  }
}

export function unlocked() {
  lastActivity = Date.now();
  locked.value = false;
}

async function checkIdle() {
  const config = lockConfig.value;
  if (!config?.on || locked.value) return;
  if (Date.now() - lastActivity < config.minutes * 60_000) return;
  if (tabShowsKiosk()) {
    lastActivity = Date.now();
    return;
  }
  locked.value = true;
}

/** Starts watching for use of the app. Returns a stop function. */
export function watchIdle(): () => void {
  const active = () => {
    if (!locked.value) lastActivity = Date.now();
  };
  const events = ['pointerdown', 'keydown', 'wheel', 'touchstart', 'input'] as const;
  for (const e of events) window.addEventListener(e, active, { capture: true, passive: true });
  const lockedElsewhere = (event: StorageEvent) => {
    if (event.key === LOCK_NOW_KEY && event.newValue && lockConfig.value?.pinSet !== false && !tabShowsKiosk()) locked.value = true;
  };
  window.addEventListener('storage', lockedElsewhere);
  const onVisible = () => {
    if (document.visibilityState === 'visible') void checkIdle();
  };
  document.addEventListener('visibilitychange', onVisible);
  // Timers stall while a tablet sleeps, so compare clock times rather than count ticks.
  const timer = setInterval(() => void checkIdle(), 5_000);
  return () => {
    for (const e of events) window.removeEventListener(e, active, { capture: true });
    window.removeEventListener('storage', lockedElsewhere);
    document.removeEventListener('visibilitychange', onVisible);
    clearInterval(timer);
  };
}

/** Checks a PIN typed on a lock screen: wrong tries are counted on the device and slow down the next. */
export function tryUnlock(pin: string): ReturnType<typeof tryDevicePin> {
  return tryDevicePin(pin);
}
