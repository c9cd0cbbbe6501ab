import { describe, expect, it } from 'vitest';
import { whenItHappened } from '../../../src/features/sync/when';

describe('when something happened, to follow a verb', () => {
  const now = new Date('2026-03-12T15:00:00');

  it('says today, yesterday, or the day, with the time on the device’s clock', () => {
    expect(whenItHappened(new Date('2026-03-12T09:05:00').toISOString(), now)).toBe('today at 09:05');
    expect(whenItHappened(new Date('2026-03-11T23:59:00').toISOString(), now)).toBe('yesterday at 23:59');
    expect(whenItHappened(new Date('2026-03-03T09:05:00').toISOString(), now)).toBe('on 3 Mar 2026 at 09:05');
  });

  it('counts days by the calendar, not by 24-hour spans', () => {
    const justAfterMidnight = new Date('2026-03-12T00:10:00');
    expect(whenItHappened(new Date('2026-03-11T23:50:00').toISOString(), justAfterMidnight)).toBe('yesterday at 23:50');
  });
});
