import type { Setting } from '../core/settings/define';
import { readSetting, writeSetting } from '../core/settings/store';
import { db } from './app-db';
import { useLiveQuery } from './use-live-query';

/**
 * A setting this device keeps (declared in core/settings/settings.ts), live: its value, or its
 * fallback when none is stored; undefined while loading. Per-project settings take the project.
 */
export function useSetting<T>(setting: Setting<T>, projectId?: string): T | undefined {
  return useLiveQuery(() => readSetting(db, setting, projectId), [setting, projectId]);
}

/** Stores a setting on this device; the screens reading it with `useSetting` follow. */
export function saveSetting<T>(setting: Setting<T>, value: T, projectId?: string): Promise<void> {
  return writeSetting(db, setting, value, projectId);
}
