import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../src/core/reference/random';
import { hasPin, setPin, verifyPin } from '../../../src/core/security/pin';
import { facilitatorPin, lockAfterMinutes, lockFailures } from '../../../src/core/settings/settings';
import { readSetting } from '../../../src/core/settings/store';
import { LOCK_AFTER_CHOICES, lockIsOn, lockoutDelayMs, readFailures, tryPin, writeLockAfter } from '../../../src/core/security/lockout';
import { freshDb } from '../helpers';

describe('the device lock’s settings', () => {
  it('keeps the PIN, the idle time and the wrong tries as declared settings', async () => {
    const db = freshDb();
    await setPin(db, '2468');
    await writeLockAfter(db, 15);
    await tryPin(db, '1111', 1_000);
    expect(await readSetting(db, facilitatorPin)).toMatchObject({ iterations: 150_000 });
    expect(await readSetting(db, lockAfterMinutes)).toBe(15);
    expect(await readSetting(db, lockFailures)).toEqual({ count: 1, until: 1_000 });
    for (const minutes of LOCK_AFTER_CHOICES) expect(lockAfterMinutes.schema.safeParse(minutes).success).toBe(true);
  });

  it('never leaves a device locked for good when what is stored for the PIN is damaged', async () => {
    const db = freshDb();
    await db.settings.put({ key: 'facilitatorPin', value: { salt: 42, hash: null } });
    // A damaged PIN counts as none, so the lock lets the facilitator in to set a new one
    // rather than refusing every PIN (or failing) for ever.
    expect(await hasPin(db)).toBe(false);
    expect(await verifyPin(db, '2468')).toBe(false);
    expect(await lockIsOn(db)).toEqual({ on: false, minutes: 5, pinSet: false });
    await db.settings.put({ key: 'lockFailures', value: { count: 'many' } });
    expect(await readFailures(db)).toEqual({ count: 0, until: 0 });
  });

  it('counts wrong PINs across reloads and makes each wait as long as the rule says (random tries, several seeds)', { timeout: 60_000 }, async () => {
    const PIN = '2468';
    for (const seed of [1, 2, 3]) {
      const random = seededRandom(seed);
      const db = freshDb();
      await setPin(db, PIN);
      // The model: how many wrong in a row, and until when nothing is checked.
      let count = 0;
      let until = 0;
      let now = 1_000_000;
      for (let step = 0; step < 14; step++) {
        now += random.chance(0.25) ? 310_000 : random.int(0, 40_000);
        const right = random.chance(0.25);
        const result = await tryPin(db, right ? PIN : '1357', now);
        if (now < until) {
          expect(result, `seed ${seed} step ${step}`).toMatchObject({ ok: false, waitMs: until - now });
          expect(result.ok ? '' : result.message).toMatch(/^Too many wrong tries\. Wait /);
        } else if (right) {
          expect(result, `seed ${seed} step ${step}`).toEqual({ ok: true, value: undefined });
          count = 0;
          until = 0;
        } else {
          count++;
          const wait = lockoutDelayMs(count);
          until = now + wait;
          expect(result, `seed ${seed} step ${step}`).toMatchObject(
            wait ? { ok: false, waitMs: wait } : { ok: false, message: 'That PIN is not right. Try again.' },
          );
        }
        expect(await readFailures(db)).toEqual(count === 0 && until === 0 ? { count: 0, until: 0 } : { count, until });
      }
    }
  });
});
