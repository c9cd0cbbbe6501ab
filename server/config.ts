import { resolve } from 'node:path';
import { DEFAULT_MAX_MESSAGE_BYTES } from '../src/core/sync/protocol';

/** Server settings, all from environment variables (documented in the README, "Sync server"). */
export interface ServerConfig {
  host: string;
  port: number;
  dataDir: string;
  /** Folder of the built app to serve, or null to run as a sync server only. */
  staticDir: string | null;
  /** Origins allowed to open a sync connection, besides the server's own host. */
  allowedOrigins: string[];
  redisUrl: string | null;
  quiet: boolean;
  /** Largest WebSocket message accepted, in bytes. */
  maxMessageBytes?: number;
  /** Most projects one connection may have open at once. */
  maxDocumentsPerConnection?: number;
  /** New sync connections allowed per client IP address per minute. */
  connectionsPerMinute?: number;
  /** Read the client's address from X-Forwarded-For (only behind your own proxy). */
  trustProxy?: boolean;
  /** Wait this long after the last change before writing a project to disk (ms). */
  storeDebounceMs?: number;
  /** ...but never longer than this (ms). */
  storeMaxDebounceMs?: number;
}

export const DEFAULTS = {
  maxMessageBytes: DEFAULT_MAX_MESSAGE_BYTES,
  maxDocumentsPerConnection: 50,
  connectionsPerMinute: 60,
  trustProxy: false,
  storeDebounceMs: 500,
  storeMaxDebounceMs: 4000,
} as const;

function numberFrom(value: string | undefined, fallback: number): number {
  if (value === undefined || value.trim() === '') return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new Error(`Not a number: "${value}"`);
  return n;
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  return {
    host: env.HOST ?? '127.0.0.1',
    port: numberFrom(env.PORT, 8080),
    dataDir: resolve(env.DATA_DIR ?? './data'),
    staticDir: env.STATIC_DIR === '' ? null : resolve(env.STATIC_DIR ?? './dist'),
    allowedOrigins: (env.ALLOWED_ORIGINS ?? '').split(',').map((o) => o.trim()).filter(Boolean),
    redisUrl: env.REDIS_URL || null,
    quiet: env.QUIET === '1',
    maxMessageBytes: numberFrom(env.MAX_MESSAGE_BYTES, DEFAULTS.maxMessageBytes),
    maxDocumentsPerConnection: numberFrom(env.MAX_DOCUMENTS_PER_CONNECTION, DEFAULTS.maxDocumentsPerConnection),
    connectionsPerMinute: numberFrom(env.CONNECTIONS_PER_MINUTE, DEFAULTS.connectionsPerMinute),
    trustProxy: env.TRUST_PROXY === '1',
    storeDebounceMs: numberFrom(env.STORE_DEBOUNCE_MS, DEFAULTS.storeDebounceMs),
    storeMaxDebounceMs: numberFrom(env.STORE_MAX_DEBOUNCE_MS, DEFAULTS.storeMaxDebounceMs),
  };
}
