import { describe, expect, it } from 'vitest';
import { hasPin, setPin } from '../../../src/core/security/pin';
import { checkNewPin, FREE_TRIES, lockIsOn, lockoutDelayMs, readFailures, tryPin, writeLockAfter } from '../../../src/core/security/lockout';
import { freshDb } from '../helpers';

describe('the facilitator PIN and device lock', () => {
  it('never stores the PIN itself, only a salted hash', async () => {
    const db = freshDb();
    expect((await setPin(db, '73915468')).ok).toBe(true);
    const stored = JSON.stringify(await db.settings.toArray());
    expect(stored).not.toContain('73915468');
    expect(stored).toMatch(/"salt":"[^"]+","hash":"[^"]+","iterations":150000/);
    // The same PIN on another device gets a different hash (a new salt).
    const other = freshDb();
    await setPin(other, '73915468');
    expect(JSON.stringify(await other.settings.toArray())).not.toBe(stored);
  });

  it('asks for a PIN of 4 to 8 numbers, typed the same twice', () => {
    expect(checkNewPin('123', '123')).toEqual({ ok: false, message: 'A PIN has 4 to 8 numbers.' });
    expect(checkNewPin('123456789', '123456789')).toEqual({ ok: false, message: 'A PIN has 4 to 8 numbers.' });
    expect(checkNewPin('12a4', '12a4')).toEqual({ ok: false, message: 'A PIN is made of numbers only.' });
    expect(checkNewPin('2468', '2469')).toEqual({ ok: false, message: 'The two PINs are not the same. Type them again.' });
    expect(checkNewPin('2468', '2468')).toEqual({ ok: true, value: '2468' });
  });

  it('slows down after three wrong tries, doubling the wait up to five minutes', () => {
    expect([0, 1, 2].map(lockoutDelayMs)).toEqual([0, 0, 0]);
    expect(FREE_TRIES).toBe(3);
    expect([3, 4, 5, 6, 7, 20].map(lockoutDelayMs)).toEqual([30_000, 60_000, 120_000, 240_000, 300_000, 300_000]);
  });

  it('unlocks with the right PIN, counts wrong ones across reloads, and makes you wait', async () => {
    const db = freshDb();
    await setPin(db, '2468');
    const t = 1_000_000;
    expect(await tryPin(db, '12', t)).toEqual({ ok: false, message: 'A PIN has 4 to 8 numbers.' });
    expect((await readFailures(db)).count).toBe(0);
    expect(await tryPin(db, '1111', t)).toEqual({ ok: false, message: 'That PIN is not right. Try again.' });
    expect(await tryPin(db, '1112', t)).toEqual({ ok: false, message: 'That PIN is not right. Try again.' });
    const third = await tryPin(db, '1113', t);
    expect(third).toMatchObject({ ok: false, message: 'That PIN is not right. Too many wrong tries: wait 30 seconds, then try again.', waitMs: 30_000 });
    // Even the right PIN waits.
    const early = await tryPin(db, '2468', t + 10_000);
    expect(early).toMatchObject({ ok: false, message: 'Too many wrong tries. Wait 20 seconds, then try again.' });
    expect(await tryPin(db, '2468', t + 31_000)).toEqual({ ok: true, value: undefined });
    expect(await readFailures(db)).toEqual({ count: 0, until: 0 });
  });

  it('locks by itself only when a PIN is set and an idle time is chosen', async () => {
    const db = freshDb();
    expect(await lockIsOn(db)).toEqual({ on: false, minutes: 5, pinSet: false });
    await setPin(db, '2468');
    expect(await hasPin(db)).toBe(true);
    expect(await lockIsOn(db)).toEqual({ on: true, minutes: 5, pinSet: true });
    await writeLockAfter(db, 0);
    expect(await lockIsOn(db)).toEqual({ on: false, minutes: 0, pinSet: true });
  });
});
