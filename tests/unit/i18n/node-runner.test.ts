import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');

/** Core code with messages, run by Node the way the server and the benches run it (tsx, no Vite). */
function runCore(withMessages: boolean): string {
  const script = `
    const { z } = await import('zod');
    const { explain } = await import('./src/core/domain/fields.ts');
    const parsed = z.object({ age: z.number() }).safeParse({ age: 'ten' });
    console.log(explain(parsed.error));`;
  const imports = ['--import', 'tsx', ...(withMessages ? ['--import', './build/register-messages.ts'] : [])];
  return execFileSync(process.execPath, ['--no-warnings', ...imports, '--input-type=module', '-e', script], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

// Each run starts Node with tsx and Babel: seconds on a busy machine.
describe('messages outside Vite', { timeout: 60_000 }, () => {
  it('are translated in core code that Node runs with the messages hook', () => {
    expect(runCore(true).trim()).toBe('Something in that was not right (age): Invalid input: expected number, received string.');
  });

  it('fail loudly without the hook, rather than show nothing', () => {
    expect(() => runCore(false)).toThrow(/lingui\/core\/macro/);
  });
});
