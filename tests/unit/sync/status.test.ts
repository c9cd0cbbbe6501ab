import { describe, expect, it } from 'vitest';
import type { SyncState } from '../../../src/core/sync/project-sync';
import { describeSync, describeTime } from '../../../src/core/sync/status';

const now = new Date('2026-03-12T15:00:00');
const base: SyncState = { phase: 'live', pendingCount: 0, pendingSince: null, confirmedAt: '2026-03-12T14:32:00', refusal: null, problem: null };
const say = (patch: Partial<SyncState>, online = true) => describeSync({ ...base, ...patch }, { online, now });

describe('the sync status a facilitator sees', () => {
  it('says “up to date” with the time only once the server confirmed', () => {
    expect(say({})).toMatchObject({ tone: 'ok', headline: 'Up to date · 14:32' });
    expect(say({ confirmedAt: null })).toMatchObject({ tone: 'busy', headline: 'Syncing…' });
  });

  it('counts changes not yet on the server, and since when', () => {
    expect(say({ pendingCount: 3, pendingSince: '2026-03-12T10:02:00' })).toMatchObject({ tone: 'busy', headline: '3 changes not yet on the server', detail: 'Made since 10:02. Sending now.' });
    expect(say({ phase: 'offline', pendingCount: 1, pendingSince: '2026-03-11T09:00:00' }, false)).toMatchObject({ tone: 'waiting', headline: 'Offline · 1 change not yet on the server' });
    expect(say({ phase: 'offline', pendingCount: 1, pendingSince: '2026-03-11T09:00:00' }, false).detail).toMatch(/^The oldest is from yesterday at 09:00\./);
  });

  it('tells apart no network and a server that does not answer', () => {
    expect(say({ phase: 'offline' }, false).headline).toBe('Offline');
    expect(say({ phase: 'offline' }, true).headline).toBe('Can’t reach the sync server');
  });

  it('warns when changes have waited more than three days', () => {
    const summary = say({ phase: 'offline', pendingCount: 12, pendingSince: '2026-03-08T09:00:00' }, false);
    expect(summary.tone).toBe('warning');
    expect(summary.headline).toBe('12 changes not on the server for 4 days');
    expect(say({ phase: 'offline', pendingCount: 2, pendingSince: '2026-03-10T09:00:00' }, false).tone).toBe('waiting');
  });

  it('explains a device that was turned away', () => {
    expect(say({ phase: 'refused', refusal: 'sharing-reset' })).toMatchObject({ tone: 'problem', headline: 'Not syncing' });
    expect(say({ phase: 'refused', refusal: 'sharing-reset' }).detail).toMatch(/Ask a facilitator for a new invite/);
  });

  it('writes times the way people say them', () => {
    expect(describeTime('2026-03-12T09:05:00', now)).toBe('09:05');
    expect(describeTime('2026-03-11T09:05:00', now)).toBe('yesterday at 09:05');
    expect(describeTime('2026-03-03T09:05:00', now)).toBe('Tue 3 Mar at 09:05');
    expect(describeTime('2025-12-30T09:05:00', now)).toBe('Tue 30 Dec 2025 at 09:05');
  });
});
