import { t } from '@lingui/core/macro';
import { batch, computed, signal } from '@preact/signals';
import { readKioskSession, type KioskSession } from '../../core/feedback/kiosk-session';
import { fail, ok, type Result } from '../../core/result';
import { forgetKioskSession, readStoredKioskSession, storeKioskSession } from '../../state/device-lock';
import { parseHash, route } from '../../state/router';
import { kioskHash, routeShowsKiosk } from '../feedback/kiosk-route';

/*
 * Kiosk mode is a state of the device, not of one tab. It is written to IndexedDB (which a
 * killed browser keeps) before the first question, and mirrored in localStorage, which every
 * tab reads synchronously as it loads and hears about (the `storage` event) when it changes.
 * While it is set, every screen except that kiosk is locked, in every tab and window.
 * Its row is read without zod (see src/state/device-lock.ts); `readKioskSession` checks it.
 */
const HINT_KEY = 'cg-kiosk-session';
/** The Web Lock held by the one tab that shows the kiosk. */
const PLACE_LOCK = 'common-ground-kiosk';

function rawHint(): string | null {
  try {
    return localStorage.getItem(HINT_KEY);
  } catch {
    return null;
  }
}

function readHint(): KioskSession | null {
  try {
    const text = rawHint();
    return text ? readKioskSession(JSON.parse(text)) : null;
  } catch {
    return null;
  }
}

function writeHint(session: KioskSession | null) {
  try {
    if (session) localStorage.setItem(HINT_KEY, JSON.stringify(session));
    else localStorage.removeItem(HINT_KEY);
  } catch {
    // IndexedDB holds the truth; other tabs then find out when they are next shown.
  }
}

const sameSession = (a: KioskSession | null, b: KioskSession | null) => JSON.stringify(a) === JSON.stringify(b);

function setSession(session: KioskSession | null) {
  if (!sameSession(kioskSession.value, session)) kioskSession.value = session;
}

/** The kiosk session on this device, if one is running. */
export const kioskSession = signal<KioskSession | null>(readHint());
/** Set once IndexedDB has answered on this load: until then the app is not shown. */
export const kioskChecked = signal(false);
/** This tab is at the kiosk's address, but another tab or window already shows the kiosk. */
export const kioskElsewhere = signal(false);

/** Whether this tab is the kiosk (its address, and no other tab showing it). */
export function tabShowsKiosk(): boolean {
  const session = kioskSession.value;
  return session !== null && routeShowsKiosk(route.value, session) && !kioskElsewhere.value;
}

/** Whether this tab must show the kiosk lock screen instead of the app. */
export const kioskLocksThisTab = computed(() => kioskSession.value !== null && !tabShowsKiosk());

/**
 * Reads the kiosk session from IndexedDB, the source of truth, and repairs the hint (lost when
 * the browser was killed just after a start or an end). If another tab changes the hint while
 * this read is under way, the read is made again, so an old answer never overwrites a new one.
 */
export async function checkKioskSession(): Promise<void> {
  try {
    for (;;) {
      const before = rawHint();
      const stored = await readStoredKioskSession();
      if (rawHint() !== before) continue;
      const session = readKioskSession(stored);
      if (!sameSession(readHint(), session)) writeHint(session);
      setSession(session);
      return;
    }
  } catch {
    // IndexedDB could not be read: the hint stands.
  } finally {
    kioskChecked.value = true;
  }
}

/**
 * Starts kiosk mode on this device and takes this tab to it. Everything else is locked from
 * here on, so this is called only once the facilitator's PIN is set and confirmed.
 */
export async function startKioskSession(session: KioskSession): Promise<Result<void>> {
  try {
    await storeKioskSession(session);
  } catch {
    return fail(t`Kiosk mode could not start, because this device could not note that it is on. Check that the device has free space, then try again.`);
  }
  writeHint(session);
  const hash = kioskHash(session);
  // Tab and route change together, so this tab never shows the lock meant for the others.
  batch(() => {
    kioskSession.value = session;
    route.value = parseHash(hash);
  });
  location.hash = hash;
  return ok(undefined);
}

/** Ends kiosk mode on this device: every tab is unlocked (or back behind its own device lock). */
export async function endKioskSession(): Promise<void> {
  await forgetKioskSession();
  writeHint(null);
  setSession(null);
}

/** Listens for kiosk mode starting or ending in other tabs. Returns a stop function. */
export function watchKioskSession(): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key !== HINT_KEY && event.key !== null) return;
    setSession(readHint());
    void checkKioskSession();
  };
  // A tab brought back from the background, or from the back-forward cache, checks again.
  const onShow = () => {
    if (document.visibilityState === 'visible') void checkKioskSession();
  };
  window.addEventListener('storage', onStorage);
  window.addEventListener('pageshow', onShow);
  document.addEventListener('visibilitychange', onShow);
  return () => {
    window.removeEventListener('storage', onStorage);
    window.removeEventListener('pageshow', onShow);
    document.removeEventListener('visibilitychange', onShow);
  };
}

/**
 * Takes the device's one kiosk place for this tab (a Web Lock, let go by the browser when
 * the tab closes or crashes) and calls `onTaken` once it is ours. While another tab holds
 * it, this tab is locked and waits. Returns a function that lets the place go.
 */
export function takeKioskPlace(onTaken: () => void): () => void {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (!locks) {
    onTaken();
    return () => undefined;
  }
  let stopped = false;
  let letGo!: () => void;
  const held = new Promise<void>((resolve) => (letGo = resolve));
  const waiting = new AbortController();
  const hold = () => {
    if (stopped) return undefined;
    kioskElsewhere.value = false;
    onTaken();
    return held;
  };
  void locks.request(PLACE_LOCK, { ifAvailable: true }, (lock) => {
    if (lock) return hold();
    if (!stopped) {
      kioskElsewhere.value = true;
      locks.request(PLACE_LOCK, { signal: waiting.signal }, hold).catch(() => undefined);
    }
    return undefined;
  });
  return () => {
    stopped = true;
    waiting.abort();
    letGo();
    kioskElsewhere.value = false;
  };
}

/** Whether some tab on this device is showing the kiosk right now. */
export async function kioskShownSomewhere(): Promise<boolean> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (!locks) return false;
  const state = await locks.query();
  return (state.held ?? []).some((lock) => lock.name === PLACE_LOCK);
}
