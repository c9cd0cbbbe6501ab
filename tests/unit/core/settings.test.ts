import { describe, expect, it } from 'vitest';
import { createProject, deleteProjectData } from '../../../src/core/projects/project-list';
import { appLanguage, lastBackup, lockAfterMinutes, syncConflicts } from '../../../src/core/settings/settings';
import { forgetProjectSettings, readSetting, writeSetting } from '../../../src/core/settings/store';
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
