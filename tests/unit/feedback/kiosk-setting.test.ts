import { describe, expect, it } from 'vitest';
import { ALL_SETTINGS, kioskSession } from '../../../src/core/settings/settings';
import { readSetting, writeSetting } from '../../../src/core/settings/store';
import { freshDb } from '../helpers';

const running = { projectId: 'p-1', questionnaireId: 'q-1', meetingId: 'm-1', startedDay: '2026-03-03' };

describe('the kiosk session as a declared device setting', () => {
  it('is kept for the whole device, under the row every tab reads, until kiosk mode ends', async () => {
    const db = freshDb();
    expect(ALL_SETTINGS).toContain(kioskSession);
    expect(kioskSession.perProject).toBe(false);
    expect(await readSetting(db, kioskSession)).toBeNull();
    await writeSetting(db, kioskSession, running);
    expect((await db.settings.get('kioskSession'))?.value).toEqual(running);
    expect(await readSetting(db, kioskSession)).toEqual(running);
    await writeSetting(db, kioskSession, null);
    expect(await db.settings.get('kioskSession')).toBeUndefined();
  });

  it('reads anything damaged or planted in the row as "not running", and keeps only the fields of a session', async () => {
    const db = freshDb();
    for (const bad of ['on', 1, [], {}, { ...running, projectId: '' }, { ...running, startedDay: '3 March' }, { ...running, meetingId: 7 }]) {
      await db.settings.put({ key: 'kioskSession', value: bad });
      expect(await readSetting(db, kioskSession)).toBeNull();
    }
    await db.settings.put({ key: 'kioskSession', value: { ...running, pin: '2468', extra: { nested: true } } });
    expect(await readSetting(db, kioskSession)).toEqual(running);
  });
});
