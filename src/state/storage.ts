import { db } from './app-db';

export interface StorageReport {
  usedBytes: number | null;
  quotaBytes: number | null;
  persistent: boolean | null;
}

/** Asks the browser to keep this app's data even when space runs low. Asked once. */
export async function requestPersistentStorage(): Promise<boolean> {
  if (!navigator.storage?.persist) return false;
  if (await navigator.storage.persisted()) return true;
  const asked = await db.settings.get('persistAsked');
  if (asked) return false;
  await db.settings.put({ key: 'persistAsked', value: true });
  return navigator.storage.persist();
}

export async function storageReport(): Promise<StorageReport> {
  const estimate = navigator.storage?.estimate ? await navigator.storage.estimate() : undefined;
  const persistent = navigator.storage?.persisted ? await navigator.storage.persisted() : null;
  return { usedBytes: estimate?.usage ?? null, quotaBytes: estimate?.quota ?? null, persistent };
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${(bytes / 1024 ** 3).toFixed(1)} GB`;
}
