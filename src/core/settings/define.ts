import type { z } from 'zod';

/**
 * One thing this device remembers (never synced, never in a pack): its name in the settings
 * table, what a valid value looks like, what to use when there is none (or it is damaged),
 * and whether it belongs to one project. A per-project setting is stored as `name:projectId`
 * and goes when the project is deleted from the device.
 */
export interface Setting<T> {
  readonly name: string;
  readonly schema: z.ZodType<T>;
  readonly fallback: T;
  readonly perProject: boolean;
}

export function deviceSetting<T>(name: string, schema: z.ZodType<T>, fallback: T): Setting<T> {
  return { name, schema, fallback, perProject: false };
}

export function projectSetting<T>(name: string, schema: z.ZodType<T>, fallback: T): Setting<T> {
  return { name, schema, fallback, perProject: true };
}

/** The key a setting's value is stored under. */
export function settingKey(setting: Setting<unknown>, projectId?: string): string {
  if (setting.perProject !== (projectId !== undefined)) {
    throw new Error(`${setting.name} is ${setting.perProject ? 'kept per project' : 'kept for the whole device'}`);
  }
  return projectId === undefined ? setting.name : `${setting.name}:${projectId}`;
}
