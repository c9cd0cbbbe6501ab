import { describe, expect, it } from 'vitest';
import { newDeviceKey } from './backup-files';
import { expectEveryCommandExercised, runSeeds } from './backup-property';

describe('a backup holds everything the app writes (seeds 101 to 200)', () => {
  it('restores and merges random sequences of every command exactly', { timeout: 120_000 }, async () => {
    const summary = await runSeeds(Array.from({ length: 100 }, (_, i) => i + 101), await newDeviceKey());
    expectEveryCommandExercised(summary);
    // A merge a facilitator must be asked about (it removes records) happens in the run; refused merges are rare.
    expect(summary.removingMerges).toBeGreaterThan(0);
    expect(summary.refusedMerges).toBeLessThan(25);
  });
});
