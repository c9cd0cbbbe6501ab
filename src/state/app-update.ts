import { signal } from '@preact/signals';

/** Set when a new version of the app is waiting; applied only when a facilitator taps it. */
export const updateWaiting = signal(false);
export const offlineReady = signal(false);
let applyUpdate: (() => Promise<void>) | null = null;

/** Screens that must not be interrupted (kiosk mode, a half-filled form) hold this. */
export const updateBlockers = signal(0);

export async function registerServiceWorker() {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  const { registerSW } = await import('virtual:pwa-register');
  const update = registerSW({
    immediate: true,
    onNeedRefresh: () => (updateWaiting.value = true),
    onOfflineReady: () => (offlineReady.value = true),
  });
  applyUpdate = () => update(true);
}

export async function installUpdate() {
  if (updateBlockers.value > 0 || !applyUpdate) return;
  await applyUpdate();
}
