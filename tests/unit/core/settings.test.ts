import { describe, expect, it } from 'vitest';
import { createProject, deleteProjectData } from '../../../src/core/projects/project-list';
import { ALL_SETTINGS, appLanguage, lastBackup, lockAfterMinutes, syncConflicts } from '../../../src/core/settings/settings';
import { forgetProjectSettings, readSetting, writeSetting } from '../../../src/core/settings/store';
import { rememberConflicts } from '../../../src/core/sync/conflict-store';
import { markCompactionWanted, noteResetsHeard, replaceProjectKey, syncMemoryStore } from '../../../src/core/sync/device-state';
import { noteBackupMade } from '../../../src/features/review/backup-age';
import { db as appDb } from '../../../src/state/app-db';
import { freshDb } from '../helpers';

describe('device settings', () => {
  it('forgets every setting of a project deleted from the device, and keeps the others', async () => {
    const db = freshDb();
    const made = await createProject(db, { name: 'Carers group', purpose: '' });
    if (!made.ok) throw new Error(made.message);
    const projectId = made.value.projectId;
    await made.value.close();
    // Written the way the backup screen and sync have always written them.
    await db.settings.put({ key: `lastBackup:${projectId}`, value: '2026-03-10T10:00:00.000Z' });
    await db.settings.put({ key: `sync-conflicts:${projectId}`, value: [] });
    await db.settings.put({ key: 'lastBackup:other', value: '2026-03-10T10:00:00.000Z' });
    await db.settings.put({ key: 'lockAfterMinutes', value: 15 });

    await deleteProjectData(db, projectId);

    expect(await db.settings.get(`lastBackup:${projectId}`)).toBeUndefined();
    expect(await db.settings.get(`sync-conflicts:${projectId}`)).toBeUndefined();
    expect(await readSetting(db, lastBackup, 'other')).toBe('2026-03-10T10:00:00.000Z');
    expect(await readSetting(db, lockAfterMinutes)).toBe(15);
  });

  it("leaves nothing with a forgotten project's id on the device, whatever the screens and sync wrote for it", async () => {
    const db = appDb;
    const made = await createProject(db, { name: 'Carers group', purpose: '' });
    if (!made.ok) throw new Error(made.message);
    const projectId = made.value.projectId;
    await made.value.close();
    // Every per-project setting, written through the calls the app itself makes.
    await noteBackupMade(projectId);
    // A sharing reset first: it clears the sync memory written next.
    await replaceProjectKey(db, { projectId, secret: 'new' }, { projectId, secret: 'old' });
    await syncMemoryStore(db, projectId).save({ pendingCount: 2, pendingSince: '2026-03-10T10:00:00.000Z', confirmedAt: null });
    await rememberConflicts(db, projectId, [{ id: 'c1', collection: 'people', recordId: 'r1', field: 'name', at: '2026-03-10T10:00:00.000Z' } as never]);
    await markCompactionWanted(db, projectId);
    await noteResetsHeard(db, projectId, ['reset-1']);
    const written = (await db.settings.toCollection().primaryKeys()).map(String).filter((key) => key.includes(projectId));
    expect(written.length).toBeGreaterThanOrEqual(6);
    const declared = new Set(ALL_SETTINGS.filter((setting) => setting.perProject).map((setting) => setting.name));
    expect(written.filter((key) => !declared.has(key.slice(0, key.lastIndexOf(':'))))).toEqual([]);

    await deleteProjectData(db, projectId);

    const left = await Promise.all(
      db.tables.map(async (table) => ({ table: table.name, rows: (await table.toArray()).filter((row) => JSON.stringify(row).includes(projectId)) })),
    );
    expect(left.filter((t) => t.rows.length > 0)).toEqual([]);
    const keys = (await db.settings.toCollection().primaryKeys()).map(String);
    expect(keys.filter((key) => key.includes(projectId))).toEqual([]);
  });

  it('reads the fallback when nothing or something damaged is stored, and refuses to store a bad value', async () => {
    const db = freshDb();
    expect(await readSetting(db, appLanguage)).toBe('en');
    await db.settings.put({ key: 'appLanguage', value: 'klingon' });
    expect(await readSetting(db, appLanguage)).toBe('en');
    await writeSetting(db, appLanguage, 'cy');
    expect(await readSetting(db, appLanguage)).toBe('cy');
    await expect(writeSetting(db, appLanguage, 'xx' as 'en')).rejects.toThrow();
    expect(await readSetting(db, appLanguage)).toBe('cy');
  });

  it('keeps a per-project setting apart for each project, and will not mix the two kinds', async () => {
    const db = freshDb();
    await writeSetting(db, lastBackup, '2026-01-01T00:00:00.000Z', 'a');
    expect(await readSetting(db, lastBackup, 'b')).toBeNull();
    await expect(readSetting(db, lastBackup)).rejects.toThrow(/per project/);
    await expect(readSetting(db, appLanguage, 'a')).rejects.toThrow(/whole device/);
    await writeSetting(db, syncConflicts, [{ id: 'x' }], 'a');
    await forgetProjectSettings(db, 'a');
    expect(await db.settings.count()).toBe(0);
  });
});
