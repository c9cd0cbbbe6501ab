import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { freePort } from './server-harness';

/**
 * The real services the multi-node tests and the bench start for themselves: Debian's
 * PostgreSQL (a throwaway cluster in a temporary folder, on a loopback port) and
 * redis-server (on a loopback port, nothing written to disk). `npm test` installs both
 * when they are missing (see .ci/need-services.sh).
 */

/** Debian puts PostgreSQL's programs in /usr/lib/postgresql/<version>/bin, off the PATH. */
export function postgresBin(program: string): string {
  const versions = existsSync('/usr/lib/postgresql') ? readdirSync('/usr/lib/postgresql').filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a)) : [];
  for (const version of versions) {
    const path = `/usr/lib/postgresql/${version}/bin/${program}`;
    if (existsSync(path)) return path;
  }
  return program;
}

export interface Postgres {
  /** A new, empty database in the cluster, as a URL. */
  newDatabase(): Promise<string>;
  url(database: string): string;
  stop(): Promise<void>;
}

/** initdb refuses to run as root, so the cluster belongs to the `postgres` user when we are root. */
function asClusterOwner(program: string, args: string[]): [string, string[]] {
  if (process.getuid?.() !== 0) return [program, args];
  const user = existsUser('postgres') ? 'postgres' : 'nobody';
  return ['runuser', ['-u', user, '--', program, ...args]];
}

function existsUser(name: string): boolean {
  try {
    execFileSync('id', ['-u', name], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export async function startPostgres(): Promise<Postgres> {
  const dir = mkdtempSync(join(tmpdir(), 'cg-postgres-'));
  if (process.getuid?.() === 0) chownSync(dir, Number(execFileSync('id', ['-u', existsUser('postgres') ? 'postgres' : 'nobody']).toString()), -1);
  const data = join(dir, 'data');
  const port = await freePort();
  const run = (program: string, args: string[]) => {
    const [command, argv] = asClusterOwner(postgresBin(program), args);
    execFileSync(command, argv, { stdio: ['ignore', 'pipe', 'pipe'] });
  };
  run('initdb', ['-D', data, '-A', 'trust', '-U', 'cg', '--no-sync', '-E', 'UTF8', '--locale=C']);
  // A test cluster: nothing needs to survive a power cut, so skip the disk flushes.
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`;
  run('pg_ctl', ['-D', data, '-o', options, '-l', join(dir, 'log'), '-w', '-t', '60', 'start']);
  const url = (database: string) => `postgres://cg@127.0.0.1:${port}/${database}`;
  let made = 0;
  return {
    url,
    async newDatabase() {
      const name = `cg_${process.pid}_${++made}`;
      const admin = new pg.Client({ connectionString: url('postgres') });
      await admin.connect();
      try {
        await admin.query(`CREATE DATABASE ${name}`);
      } finally {
        await admin.end();
      }
      return url(name);
    },
    async stop() {
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/** Debian's redis-server on a free loopback port, with nothing written to disk. */
export async function startRedis(): Promise<{ url: string; stop(): Promise<void> }> {
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
