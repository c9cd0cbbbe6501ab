import type { CommonGroundDb } from '../db/database';
import { settingKey, type Setting } from './define';
import { ALL_SETTINGS } from './settings';

/** A setting's value; its fallback when none is stored or the stored one is not valid. */
export async function readSetting<T>(db: CommonGroundDb, setting: Setting<T>, projectId?: string): Promise<T> {
  const row = await db.settings.get(settingKey(setting, projectId));
  if (row === undefined) return setting.fallback;
  const parsed = setting.schema.safeParse(row.value);
  return parsed.success ? parsed.data : setting.fallback;
}

/** Stores a value, checked first; writing the fallback removes the row. */
export async function writeSetting<T>(db: CommonGroundDb, setting: Setting<T>, value: T, projectId?: string): Promise<void> {
  const key = settingKey(setting, projectId);
  const checked = setting.schema.parse(value);
  if (checked === setting.fallback) await db.settings.delete(key);
  else await db.settings.put({ key, value: checked });
}

/** Removes every setting this device keeps for a project. Call inside a transaction that includes `db.settings`, or alone. */
export async function forgetProjectSettings(db: CommonGroundDb, projectId: string): Promise<void> {
  await db.settings.bulkDelete(ALL_SETTINGS.filter((s) => s.perProject).map((s) => settingKey(s, projectId)));
}
