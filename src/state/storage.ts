import { persistAsked } from '../core/settings/settings';
import { readSetting, writeSetting } from '../core/settings/store';
import { db } from './app-db';

export interface StorageReport {
  usedBytes: number | null;
  quotaBytes: number | null;
  persistent: boolean | null;
}

/**
 * Asks the browser to keep this app's data even when space runs low: once by itself, when the
 * first project is made (the moment there is something to lose), and again whenever the
 * facilitator asks from Settings (`again`).
 */
export async function requestPersistentStorage({ again = false } = {}): Promise<boolean> {
  if (!navigator.storage?.persist) return false;
  if (await navigator.storage.persisted()) return true;
  if (!again && (await readSetting(db, persistAsked))) return false;
  await writeSetting(db, persistAsked, true);
  return navigator.storage.persist();
}

export async function storageReport(): Promise<StorageReport> {
  const estimate = navigator.storage?.estimate ? await navigator.storage.estimate() : undefined;
  const persistent = navigator.storage?.persisted ? await navigator.storage.persisted() : null;
  return { usedBytes: estimate?.usage ?? null, quotaBytes: estimate?.quota ?? null, persistent };
}
