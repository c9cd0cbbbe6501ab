import { resolve } from 'node:path';
import { DEFAULT_MAX_ENTRIES_PER_MESSAGE, DEFAULT_MAX_MESSAGE_BYTES, MAX_ENTRY_BYTES } from '../src/core/sync/protocol';

const MiB = 1024 * 1024;

/** Server settings, all from environment variables (documented in the README, "Sync server"). */
export interface ServerConfig {
  host: string;
  port: number;
  dataDir: string;
  /** PostgreSQL instead of the SQLite file in dataDir (needed for several machines). */
  databaseUrl?: string | null;
  /** Folder of the built app to serve, or null to run as a sync server only. */
  staticDir: string | null;
  /** Origins allowed to open a sync connection, besides the server's own host. */
  allowedOrigins: string[];
  redisUrl: string | null;
  quiet: boolean;
  /** Gives /health its details when sent as `Authorization: Bearer <token>`. */
  adminToken?: string | null;
  /** Largest WebSocket message accepted, in bytes. */
  maxMessageBytes?: number;
  /** Most entries and deletions in one message. */
  maxEntriesPerMessage?: number;
  /** Most projects one connection may have open at once. */
  maxDocumentsPerConnection?: number;
  /** New sync connections allowed per client address per minute. */
  connectionsPerMinute?: number;
  /** New projects one address may put on the server per day. */
  roomsPerAddressPerDay?: number;
  /** Most bytes the server keeps for one project. */
  maxRoomBytes?: number;
  /** Most entries the server keeps for one project. */
  maxRoomEntries?: number;
  /** Most bytes the server keeps in all (0 = no limit). */
  maxTotalBytes?: number;
  /** How often each server process reads the total again. */
  totalBytesCheckMs?: number;
  /** A new connection must sign in to a project within this time. */
  authTimeoutMs?: number;
  /** Requests for a whole project (sync step 1) one connection may make per minute, per project. */
  syncRequestsPerMinute?: number;
  /** Reverse proxies of your own in front (usually 1): the client's address comes from X-Forwarded-For. */
  trustProxy?: number;
  /** Bytes per second one address may send, after a burst of one whole message (0 = no limit). */
  inboundBytesPerSecond?: number;
}

export const DEFAULTS = {
  maxMessageBytes: DEFAULT_MAX_MESSAGE_BYTES,
  maxEntriesPerMessage: DEFAULT_MAX_ENTRIES_PER_MESSAGE,
  maxDocumentsPerConnection: 50,
  connectionsPerMinute: 60,
  roomsPerAddressPerDay: 20,
  maxRoomBytes: 256 * MiB,
  maxRoomEntries: 100_000,
  maxTotalBytes: 10 * 1024 * MiB,
  totalBytesCheckMs: 10_000,
  authTimeoutMs: 10_000,
  syncRequestsPerMinute: 10,
  trustProxy: 0,
  inboundBytesPerSecond: 8 * MiB,
} as const;

export type Settings = { -readonly [K in keyof typeof DEFAULTS]: number };

function numberFrom(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value.trim() === '') return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new Error(`${name} must be a number (0 or more), not "${value}"`);
  return n;
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const number = (name: keyof typeof ENV_NAMES) => numberFrom(ENV_NAMES[name], env[ENV_NAMES[name]], DEFAULTS[name]);
  return {
    host: env.HOST ?? '127.0.0.1',
    port: numberFrom('PORT', env.PORT, 8080),
    dataDir: resolve(env.DATA_DIR ?? './data'),
    databaseUrl: env.DATABASE_URL || null,
    staticDir: env.STATIC_DIR === '' ? null : resolve(env.STATIC_DIR ?? './dist'),
    allowedOrigins: (env.ALLOWED_ORIGINS ?? '').split(',').map((o) => o.trim()).filter(Boolean),
    redisUrl: env.REDIS_URL || null,
    quiet: env.QUIET === '1',
    adminToken: env.ADMIN_TOKEN || null,
    maxMessageBytes: number('maxMessageBytes'),
    maxEntriesPerMessage: number('maxEntriesPerMessage'),
    maxDocumentsPerConnection: number('maxDocumentsPerConnection'),
    connectionsPerMinute: number('connectionsPerMinute'),
    roomsPerAddressPerDay: number('roomsPerAddressPerDay'),
    maxRoomBytes: number('maxRoomBytes'),
    maxRoomEntries: number('maxRoomEntries'),
    maxTotalBytes: number('maxTotalBytes'),
    totalBytesCheckMs: number('totalBytesCheckMs'),
    authTimeoutMs: number('authTimeoutMs'),
    syncRequestsPerMinute: number('syncRequestsPerMinute'),
    trustProxy: number('trustProxy'),
    inboundBytesPerSecond: number('inboundBytesPerSecond'),
  };
}

const ENV_NAMES = {
  maxMessageBytes: 'MAX_MESSAGE_BYTES',
  maxEntriesPerMessage: 'MAX_ENTRIES_PER_MESSAGE',
  maxDocumentsPerConnection: 'MAX_DOCUMENTS_PER_CONNECTION',
  connectionsPerMinute: 'CONNECTIONS_PER_MINUTE',
  roomsPerAddressPerDay: 'ROOMS_PER_ADDRESS_PER_DAY',
  maxRoomBytes: 'MAX_ROOM_BYTES',
  maxRoomEntries: 'MAX_ROOM_ENTRIES',
  maxTotalBytes: 'MAX_TOTAL_BYTES',
  totalBytesCheckMs: 'TOTAL_BYTES_CHECK_MS',
  authTimeoutMs: 'AUTH_TIMEOUT_MS',
  syncRequestsPerMinute: 'SYNC_REQUESTS_PER_MINUTE',
  trustProxy: 'TRUST_PROXY',
  inboundBytesPerSecond: 'INBOUND_BYTES_PER_SECOND',
} as const satisfies Record<keyof typeof DEFAULTS, string>;

/** The store's URL: PostgreSQL when DATABASE_URL is set, else the SQLite file in DATA_DIR. */
export function storeUrlOf(config: ServerConfig): string {
  return config.databaseUrl || `sqlite:${config.dataDir}`;
}

/**
 * The settings in force, with floors where going lower would turn away what devices send:
 * a device's largest entry must fit in one message, and a device may put up to
 * DEFAULT_MAX_ENTRIES_PER_MESSAGE entries in one.
 */
export function settingsOf(config: ServerConfig, log: (message: string) => void): Settings {
  const settings = {} as Settings;
  for (const key of Object.keys(DEFAULTS) as Array<keyof typeof DEFAULTS>) settings[key] = config[key] ?? DEFAULTS[key];
  const floors: Partial<Settings> = { maxMessageBytes: MAX_ENTRY_BYTES + MiB, maxEntriesPerMessage: DEFAULT_MAX_ENTRIES_PER_MESSAGE };
  for (const [key, floor] of Object.entries(floors) as Array<[keyof Settings, number]>) {
    if (settings[key] < floor) {
      log(`${ENV_NAMES[key]} is below ${floor}, which devices may send; using ${floor}.`);
      settings[key] = floor;
    }
  }
  return settings;
}
