import { describe, expect, it } from 'vitest';
import { runSeeds } from './property';

// 1,000 random histories in two files, so two cores can share them.
const SEEDS = Number(process.env.SYNC_SEEDS ?? 1000);

describe('sync between three facilitators’ devices (property, part 2)', () => {
  it('converges with nothing lost, whatever the network does', async () => {
    expect(await runSeeds(501, SEEDS)).toEqual([]);
  }, 900_000);
});
