import { createHash } from 'node:crypto';
import type { Socket } from 'node:net';
import { Redis } from '@hocuspocus/extension-redis';
import { Server, type Connection, type Document, type Extension, type Hocuspocus } from '@hocuspocus/server';
import RedisClient from 'ioredis';
import * as Y from 'yjs';
import {
  encodeNote,
  encodeStateVectorNote,
  inspectEnvelopeUpdate,
  isRoomName,
  isWellFormedToken,
  MAX_ENTRY_BYTES,
  narrowStateVector,
  parseClientNote,
  REFUSAL,
  stateCovers,
  SYNC_PATH,
} from '../src/core/sync/protocol';
import { DEFAULTS, type ServerConfig } from './config';
import { clientAddress, ConnectionRateLimit, originAllowed } from './guards';
import { RETIRED, SqliteStore } from './sqlite-store';
import { serveStatic } from './static-files';

export interface RunningServer {
  url: string;
  port: number;
  store: SqliteStore;
  hocuspocus: Hocuspocus;
  close(): Promise<void>;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** A refusal Hocuspocus passes on to the device as the permission-denied reason. */
class Refusal extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

function endUpgrade(socket: Socket, status: string) {
  socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  socket.destroy();
}

/**
 * Starts the app and its sync server on one port. The sync server relays and stores
 * envelopes: encrypted entries it cannot read (see src/core/sync/protocol.ts).
 */
export async function startServer(config: ServerConfig): Promise<RunningServer> {
  const settings = {
    maxMessageBytes: config.maxMessageBytes ?? DEFAULTS.maxMessageBytes,
    maxDocumentsPerConnection: config.maxDocumentsPerConnection ?? DEFAULTS.maxDocumentsPerConnection,
    connectionsPerMinute: config.connectionsPerMinute ?? DEFAULTS.connectionsPerMinute,
    trustProxy: config.trustProxy ?? DEFAULTS.trustProxy,
    storeDebounceMs: config.storeDebounceMs ?? DEFAULTS.storeDebounceMs,
    storeMaxDebounceMs: config.storeMaxDebounceMs ?? DEFAULTS.storeMaxDebounceMs,
  };
  const log = (...args: unknown[]) => {
    if (!config.quiet) console.log(new Date().toISOString(), ...args);
  };
  // A device's largest entry must fit in one message, with room for the protocol around it.
  const minimumMessage = MAX_ENTRY_BYTES + 1024 * 1024;
  if (settings.maxMessageBytes < minimumMessage) {
    log(`MAX_MESSAGE_BYTES is below ${minimumMessage}; using ${minimumMessage} so a device's largest change still fits.`);
    settings.maxMessageBytes = minimumMessage;
  }

  const store = new SqliteStore(config.dataDir);
  const rateLimit = new ConnectionRateLimit(settings.connectionsPerMinute);
  const openBySocket = new Map<string, Set<string>>();
  const startedAt = Date.now();

  /**
   * The envelope writers each connection cares about: those whose entries it sent, and
   * those it asked about. "Stored" notes name only these, so they stay small however many
   * sessions have written to a project over the years.
   */
  const interest = new WeakMap<Connection, Set<number>>();
  const interestOf = (connection: Connection) => {
    let set = interest.get(connection);
    if (!set) interest.set(connection, (set = new Set()));
    return set;
  };
  const note = (stored: Map<number, number>, connection: Connection) => encodeNote(encodeStateVectorNote(narrowStateVector(stored, interestOf(connection))));

  const extensions: Extension[] = [];
  if (config.redisUrl) {
    const redisUrl = config.redisUrl;
    extensions.push(new Redis({ createClient: () => new RedisClient(redisUrl, { maxRetriesPerRequest: null }), prefix: 'common-ground' }));
  }

  let hocuspocus!: Hocuspocus;

  const server = new Server({
    name: 'common-ground',
    port: config.port,
    address: config.host,
    quiet: true,
    stopOnSignals: false,
    debounce: settings.storeDebounceMs,
    maxDebounce: settings.storeMaxDebounceMs,
    websocketOptions: { maxPayload: settings.maxMessageBytes },
    extensions,

    async onRequest({ request, response }) {
      const url = new URL(request.url ?? '/', 'http://localhost');
      if (url.pathname === '/health') {
        const healthy = store.isHealthy();
        response.writeHead(healthy ? 200 : 503, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
        response.end(JSON.stringify({ ok: healthy, documents: hocuspocus.getDocumentsCount(), connections: hocuspocus.getConnectionsCount(), uptimeSeconds: Math.round((Date.now() - startedAt) / 1000) }));
        throw null;
      }
      if (config.staticDir) {
        serveStatic(config.staticDir, request, response);
        throw null;
      }
    },

    async onUpgrade({ request, socket }) {
      const address = clientAddress(request, settings.trustProxy);
      const path = new URL(request.url ?? '/', 'http://localhost').pathname;
      if (path !== SYNC_PATH) {
        log(`refused a sync connection from ${address}: wrong path ${JSON.stringify(path.slice(0, 80))}`);
        endUpgrade(socket, '404 Not Found');
        throw null;
      }
      if (!originAllowed(request, config.allowedOrigins, settings.trustProxy)) {
        log(`refused a sync connection from ${address}: origin ${JSON.stringify(String(request.headers.origin).slice(0, 200))} is not allowed`);
        endUpgrade(socket, '403 Forbidden');
        throw null;
      }
      if (!rateLimit.allow(address)) {
        log(`refused a sync connection from ${address}: more than ${settings.connectionsPerMinute} connections a minute`);
        endUpgrade(socket, '429 Too Many Requests');
        throw null;
      }
    },

    async onAuthenticate({ documentName, token, socketId }) {
      const address = `connection ${socketId.slice(0, 8)}`;
      if (!isRoomName(documentName)) {
        log(`refused ${address}: ${JSON.stringify(documentName.slice(0, 80))} is not a project name`);
        throw new Refusal(REFUSAL.badName);
      }
      if (!isWellFormedToken(token)) {
        log(`refused ${address} for ${documentName}: no token, or not a token`);
        throw new Refusal(REFUSAL.wrongToken);
      }
      const hash = hashToken(token);
      const inForce = store.claimToken(documentName, hash);
      if (inForce === RETIRED) {
        log(`refused ${address} for ${documentName}: sharing was reset`);
        throw new Refusal(REFUSAL.sharingReset);
      }
      if (inForce !== hash) {
        log(`refused ${address} for ${documentName}: wrong token`);
        throw new Refusal(REFUSAL.wrongToken);
      }
      const open = openBySocket.get(socketId);
      if (open && open.size >= settings.maxDocumentsPerConnection) {
        log(`refused ${address} for ${documentName}: already ${open.size} projects on one connection`);
        throw new Refusal(REFUSAL.tooManyDocuments);
      }
    },

    async connected({ socketId, documentName }) {
      let open = openBySocket.get(socketId);
      if (!open) openBySocket.set(socketId, (open = new Set()));
      open.add(documentName);
    },

    async onDisconnect({ socketId, documentName }) {
      const open = openBySocket.get(socketId);
      open?.delete(documentName);
      if (open?.size === 0) openBySocket.delete(socketId);
    },

    async beforeSync({ type, payload, documentName, connection }) {
      // 0 is a state vector; 1 and 2 carry updates, which must be nothing but encrypted entries.
      if (type !== 1 && type !== 2) return;
      const { problem, clients } = inspectEnvelopeUpdate(payload);
      if (problem) {
        log(`refused an update to ${documentName} and closed the connection: ${problem}`);
        throw new Refusal('bad-update');
      }
      const known = interestOf(connection);
      for (const client of clients) if (known.size < 64) known.add(client);
    },

    async onStateless({ payload, document, documentName, connection }) {
      const message = parseClientNote(payload);
      if (!message) {
        log(`ignored a message for ${documentName} that is not understood`);
        return;
      }
      if (message.type === 'stored?') {
        const known = interestOf(connection);
        for (const client of message.clients) if (known.size < 64) known.add(client);
        const stored = store.storedStateVector(documentName);
        connection.sendStateless(note(Y.decodeStateVector(stored), connection));
        scheduleStoreIfBehind(document, stored);
        return;
      }
      if (message.type === 'retire') {
        store.retire(documentName);
        log(`closed ${documentName} for good: its sharing was reset`);
        document.broadcastStateless(encodeNote({ type: 'retired' }));
        setTimeout(() => hocuspocus.closeConnections(documentName), 100);
      }
    },

    async onLoadDocument({ document, documentName }) {
      const state = store.loadDocument(documentName);
      if (state) Y.applyUpdate(document, state);
      return document;
    },

    async onStoreDocument({ document, documentName }) {
      if (store.tokenHash(documentName) === RETIRED) {
        store.deleteDocument(documentName);
        return;
      }
      const stored = Y.decodeStateVector(store.storeDocument(documentName, document).stateVector);
      // Devices show "up to date" only once this arrives: what the server has on disk.
      for (const connection of document.getConnections()) {
        // A device that has sent nothing has nothing waiting to be confirmed.
        if ((interest.get(connection)?.size ?? 0) > 0) connection.sendStateless(note(stored, connection));
      }
    },
  });
  hocuspocus = server.hocuspocus;

  /** A device asks what is stored while changes wait to be written: make sure a write comes. */
  function scheduleStoreIfBehind(document: Document, stored: Uint8Array) {
    const debounceId = `onStoreDocument-${document.name}`;
    if (hocuspocus.debouncer.isDebounced(debounceId) || hocuspocus.debouncer.isCurrentlyExecuting(debounceId)) return;
    if (stateCovers(Y.decodeStateVector(stored), Y.decodeStateVector(Y.encodeStateVector(document)))) return;
    void hocuspocus.storeDocumentHooks(document, {
      instance: hocuspocus,
      clientsCount: document.getConnectionsCount(),
      document,
      lastContext: {},
      lastTransactionOrigin: { source: 'local' },
      documentName: document.name,
    });
  }

  await server.listen();
  const port = server.address.port;
  const url = `http://${config.host}:${port}`;
  log(`Common Ground is running at ${url}`);
  return {
    url,
    port,
    store,
    hocuspocus,
    async close() {
      await server.destroy();
      store.close();
    },
  };
}
