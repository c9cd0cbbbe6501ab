import { resolve } from 'node:path';
import { PostgresStore } from './postgres';
import { SqliteStore } from './sqlite';
import type { SyncStore } from './store';

/**
 * Where the store is, as one string: `sqlite:<folder>` (the folder holds common-ground.sqlite)
 * or a PostgreSQL URL, `postgres://user:password@host:5432/database`.
 */
export type StoreUrl = string;

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

/** Opens the store itself, in this thread (the server uses open-store.ts, which runs it in a worker). */
export async function openBackend(url: StoreUrl): Promise<SyncStore> {
  if (isPostgresUrl(url)) return PostgresStore.open(url);
  if (url.startsWith('sqlite:')) return new SqliteStore(resolve(url.slice('sqlite:'.length)));
  throw new Error(`Not a store: "${url}". Give sqlite:<folder> or postgres://…`);
}

/** The store URL without a password, for logs. */
export function describeStore(url: StoreUrl): string {
  if (!isPostgresUrl(url)) return `SQLite in ${resolve(url.slice('sqlite:'.length))}`;
  const parsed = new URL(url);
  return `PostgreSQL at ${parsed.hostname}${parsed.port ? `:${parsed.port}` : ''}${parsed.pathname}`;
}
