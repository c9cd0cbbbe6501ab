import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertRecord, readRecord, updateRecord } from '../../../src/core/commands/records';
import { canonicalJson } from '../../../src/core/doc/project-doc';
import { personType } from '../../../src/core/domain/person';
import { newSecret } from '../../../src/core/sync/crypto';
import { eventually, freePort, nodeDevice, startServerProcess, type NodeDevice, type ServerProcess } from './server-harness';

/** Debian's redis-server on a free loopback port, with nothing written to disk. */
async function startRedis(): Promise<{ url: string; stop(): Promise<void> }> {
  const port = await freePort();
  const child: ChildProcess = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`redis-server did not start:\n${output}`)), 10_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (/Ready to accept connections/.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('error', reject);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    url: `redis://127.0.0.1:${port}`,
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

describe('two sync servers sharing documents through Redis', { timeout: 60_000 }, () => {
  let redis: Awaited<ReturnType<typeof startRedis>>;
  const servers: ServerProcess[] = [];
  const devices: NodeDevice[] = [];
  const dirs: string[] = [];

  beforeAll(async () => {
    redis = await startRedis();
    // Each instance has its own disk here, so only Redis can carry edits between them.
    for (let i = 0; i < 2; i++) {
      const dir = mkdtempSync(join(tmpdir(), `cg-redis-${i}-`));
      dirs.push(dir);
      servers.push(await startServerProcess({ DATA_DIR: dir, REDIS_URL: redis.url, STORE_DEBOUNCE_MS: '200', STORE_MAX_DEBOUNCE_MS: '1000' }));
    }
  }, 60_000);

  afterAll(async () => {
    for (const d of devices) d.destroy();
    for (const s of servers) await s.stop();
    await redis?.stop();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('relays edits between facilitators connected to different instances', async () => {
    const secret = newSecret();
    const a = await nodeDevice(servers[0]!.wsUrl, 'p-redis', secret);
    const b = await nodeDevice(servers[1]!.wsUrl, 'p-redis', secret);
    devices.push(a, b);
    expect(await a.sync.whenLive()).toBe(true);
    expect(await b.sync.whenLive()).toBe(true);

    insertRecord(a.doc, personType, { id: 'x1', name: 'Amira Khan', role: 'carer', status: 'active' });
    await eventually(() => readRecord(b.doc, personType, 'x1')?.name === 'Amira Khan', 15_000, 'b (instance 2) to receive a’s member');
    updateRecord(b.doc, personType, 'x1', { pronouns: 'she/her' });
    insertRecord(b.doc, personType, { id: 'x2', name: 'Ben Ojo', role: 'professional', status: 'active' });
    await eventually(() => readRecord(a.doc, personType, 'x2') !== undefined && readRecord(a.doc, personType, 'x1')?.pronouns === 'she/her', 15_000, 'a (instance 1) to receive b’s edits');

    expect(await a.sync.whenConfirmed()).toBe(true);
    expect(await b.sync.whenConfirmed()).toBe(true);
    expect(canonicalJson(a.doc)).toBe(canonicalJson(b.doc));
  });
});
