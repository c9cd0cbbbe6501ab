import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import pg from 'pg';
import { afterAll } from 'vitest';
import { SQLITE_FILE } from '../../../server/store/sqlite';
import { startPostgres, type Postgres } from './server-services';

/**
 * The server's two stores, for tests that run once against each (`describe.each(STORES)`):
 * SQLite in a fresh folder, or PostgreSQL with a fresh database in a cluster this test file
 * starts (once, when first asked for) and stops when it ends.
 */

export interface StoreUnderTest {
  name: 'SQLite' | 'PostgreSQL';
  /** Environment for a server process with a new, empty store. */
  env(): Promise<Record<string, string>>;
  /** Reads the store a server with `env` uses, as a test looking at the server's disk would. */
  query<T>(env: Record<string, string>, sql: string, params?: unknown[]): Promise<T[]>;
}

const folders: string[] = [];
let postgres: Promise<Postgres> | null = null;

afterAll(async () => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
  const started = postgres;
  postgres = null;
  if (started) await (await started).stop();
}, 60_000);

export function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cg-sync-server-'));
  folders.push(dir);
  return dir;
}

export const SQLITE: StoreUnderTest = {
  name: 'SQLite',
  async env() {
    return { DATA_DIR: dataDir() };
  },
  async query<T>(env: Record<string, string>, sql: string, params: unknown[] = []) {
    const db = new DatabaseSync(join(env.DATA_DIR!, SQLITE_FILE), { readOnly: true });
    try {
      return db.prepare(sql.replace(/\$\d+/g, '?')).all(...(params as never[])) as T[];
    } finally {
      db.close();
    }
  },
};

export const POSTGRES: StoreUnderTest = {
  name: 'PostgreSQL',
  async env() {
    postgres ??= startPostgres();
    return { DATA_DIR: dataDir(), DATABASE_URL: await (await postgres).newDatabase() };
  },
  async query<T>(env: Record<string, string>, sql: string, params: unknown[] = []) {
    const client = new pg.Client({ connectionString: env.DATABASE_URL });
    await client.connect();
    try {
      return (await client.query(sql, params)).rows as T[];
    } finally {
      await client.end();
    }
  },
};

export const STORES: StoreUnderTest[] = [SQLITE, POSTGRES];

/** Rooms the store holds a token for. */
export async function claimedRooms(store: StoreUnderTest, env: Record<string, string>): Promise<number> {
  return Number((await store.query<{ n: number | string }>(env, 'SELECT count(*) AS n FROM rooms'))[0]!.n);
}

/** Bytes of a room's rows. */
export async function storedBytes(store: StoreUnderTest, env: Record<string, string>, room: string): Promise<number> {
  return Number((await store.query<{ n: number | string | null }>(env, 'SELECT COALESCE(SUM(size), 0) AS n FROM entries WHERE room = $1', [room]))[0]!.n);
}
