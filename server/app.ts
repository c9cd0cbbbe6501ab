import { createHash } from 'node:crypto';
import { Server } from '@hocuspocus/server';
import * as Y from 'yjs';
import type { ServerConfig } from './config';
import { SqliteStore } from './sqlite-store';
import { serveStatic } from './static-files';

export interface RunningServer {
  url: string;
  port: number;
  store: SqliteStore;
  close(): Promise<void>;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Starts the app and its sync server on one port. */
export async function startServer(config: ServerConfig): Promise<RunningServer> {
  const store = new SqliteStore(config.dataDir);
  const log = (...args: unknown[]) => {
    if (!config.quiet) console.log(new Date().toISOString(), ...args);
  };

  const server = new Server({
    name: 'common-ground',
    port: config.port,
    address: config.host,
    quiet: true,
    stopOnSignals: false,
    debounce: 500,
    maxDebounce: 4000,
    async onRequest({ request, response }) {
      const url = new URL(request.url ?? '/', 'http://localhost');
      if (url.pathname === '/health') {
        response.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
        response.end(JSON.stringify({ ok: true }));
        throw null;
      }
      if (config.staticDir) {
        serveStatic(config.staticDir, request, response);
        throw null;
      }
    },
    async onAuthenticate({ documentName, token }) {
      if (!token || token.length < 16 || token.length > 256) throw new Error('Not allowed');
      const hash = hashToken(token);
      const inForce = store.claimToken(documentName, hash);
      if (inForce !== hash) {
        log('refused a connection with the wrong token for', documentName);
        throw new Error('Not allowed');
      }
    },
    async onLoadDocument({ document, documentName }) {
      const state = store.loadDocument(documentName);
      if (state) Y.applyUpdate(document, state);
      return document;
    },
    async onStoreDocument({ document, documentName }) {
      store.storeDocument(documentName, Y.encodeStateAsUpdate(document));
    },
  });

  await server.listen();
  const port = server.address.port;
  const url = `http://${config.host}:${port}`;
  log(`Common Ground is running at ${url}`);
  return {
    url,
    port,
    store,
    async close() {
      await server.destroy();
      store.close();
    },
  };
}
