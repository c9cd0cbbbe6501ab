import { describe, expect, it } from 'vitest';
import { newDeviceKey } from './backup-files';
import { expectEveryCommandExercised, runSeeds } from './backup-property';
import { commandModules, generators } from './command-generators';

describe('the list of command generators', () => {
  it('covers every file in src/core/commands', () => {
    const files = Object.keys(import.meta.glob('../../../src/core/commands/*.ts')).map((path) => path.replace(/^.*\/(.+)\.ts$/, '$1'));
    expect(files.sort()).toEqual(Object.keys(commandModules).sort());
  });

  it('has a generator for every exported function of every command file, and none for functions that are gone', () => {
    const exported: string[] = [];
    for (const [file, module] of Object.entries(commandModules)) {
      for (const [name, value] of Object.entries(module)) if (typeof value === 'function') exported.push(`${file}.${name}`);
    }
    expect(exported.filter((name) => !generators[name])).toEqual([]);
    expect(Object.keys(generators).filter((name) => !exported.includes(name))).toEqual([]);
  });
});

describe('a backup holds everything the app writes (seeds 1 to 100)', () => {
  it('restores and merges random sequences of every command exactly', { timeout: 120_000 }, async () => {
    const summary = await runSeeds(Array.from({ length: 100 }, (_, i) => i + 1), await newDeviceKey());
    expectEveryCommandExercised(summary);
    // A merge a facilitator must be asked about (it removes records) happens in the run; refused merges are rare.
    expect(summary.removingMerges).toBeGreaterThan(0);
    expect(summary.refusedMerges).toBeLessThan(25);
  });
});
