import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'cg-systemd-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** systemd-analyze's verdict on a unit file (it also checks that ExecStart's program exists). */
async function verify(unit: string): Promise<{ code: number; output: string }> {
  const path = join(dir, 'common-ground.service');
  writeFileSync(path, unit);
  try {
    const { stdout, stderr } = await run('systemd-analyze', ['verify', path]);
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const e = error as { code: number | string; stdout?: string; stderr?: string };
    if (e.code === 'ENOENT') throw new Error('systemd-analyze is missing: install Debian’s systemd package (bash .ci/run does).');
    return { code: Number(e.code), output: (e.stdout ?? '') + (e.stderr ?? '') };
  }
}

describe('the systemd unit in server/', () => {
  // The unit names /usr/bin/node; here it is checked with the Node running this test.
  const unit = readFileSync('server/common-ground.service', 'utf8').replace('/usr/bin/node', process.execPath);

  it('passes systemd-analyze verify without a word', async () => {
    expect(await verify(unit)).toEqual({ code: 0, output: '' });
    expect(unit).toMatch(/^ExecStart=\S+ --no-warnings=ExperimentalWarning --import tsx --import \.\/build\/register-messages\.ts server\/main\.ts$/m);
    expect(unit).toMatch(/^KillSignal=SIGTERM$/m);
  });

  it('is checked for real: a misspelt setting is reported', async () => {
    const result = await verify(unit.replace('NoNewPrivileges=yes', 'NoNewPrivilege=yes'));
    expect(result.output).toMatch(/Unknown key 'NoNewPrivilege'/);
  });
});
