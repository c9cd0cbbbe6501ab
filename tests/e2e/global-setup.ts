import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startServer } from '../../server/app';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Starts the real app and sync server on a free loopback port for the browser tests. */
export default async function setup(project: TestProject) {
  const dataDir = mkdtempSync(join(tmpdir(), 'cg-e2e-'));
  const server = await startServer({
    host: '127.0.0.1',
    port: 0,
    dataDir,
    staticDir: resolve('dist'),
    allowedOrigins: [],
    redisUrl: null,
    quiet: true,
    // Every browser in these tests shares one address (127.0.0.1): no daily limit on new projects.
    roomsPerAddressPerDay: 0,
  });
  project.provide('baseUrl', server.url);
  return async () => {
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
