import { resolve } from 'node:path';

/** Server settings, all from environment variables (documented in the README). */
export interface ServerConfig {
  host: string;
  port: number;
  dataDir: string;
  /** Folder of the built app to serve, or null to run as a sync server only. */
  staticDir: string | null;
  /** Origins allowed to open a sync connection; empty means same host only. */
  allowedOrigins: string[];
  redisUrl: string | null;
  quiet: boolean;
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  return {
    host: env.HOST ?? '127.0.0.1',
    port: Number(env.PORT ?? 8080),
    dataDir: resolve(env.DATA_DIR ?? './data'),
    staticDir: env.STATIC_DIR === '' ? null : resolve(env.STATIC_DIR ?? './dist'),
    allowedOrigins: (env.ALLOWED_ORIGINS ?? '').split(',').map((o) => o.trim()).filter(Boolean),
    redisUrl: env.REDIS_URL || null,
    quiet: env.QUIET === '1',
  };
}
