import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Server, type Connection, type Document, type Hocuspocus } from '@hocuspocus/server';
import { encodeNote, encodeStateVectorNote, inspectEnvelopeUpdate, isRoomName, isWellFormedToken, narrowStateVector, parseClientNote, REFUSAL, SYNC_PATH } from '../src/core/sync/protocol';
import { settingsOf, storeUrlOf, type ServerConfig, type Settings } from './config';
import { addressKey, ByteBudget, clientAddress, originAllowed, RateLimit, throttleReading } from './guards';
import { RedisRelay, type Relay } from './relay';
import { Room, type StopReason } from './rooms';
import { serveStatic } from './static-files';
import { describeStore } from './store/open-backend';
import { WorkerStore } from './store/open-store';
import type { ClaimOutcome } from './store/store';

export interface RunningServer {
  url: string;
  port: number;
  store: WorkerStore;
  hocuspocus: Hocuspocus;
  close(): Promise<void>;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** A refusal Hocuspocus passes on to the device: the permission-denied or close reason. */
class Refusal extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.stack = `Refusal: ${reason}`; // Hocuspocus logs it; a stack says nothing more
  }
}

const CLAIM_REFUSALS: Record<Exclude<ClaimOutcome, 'ok'>, string> = {
  'wrong-token': REFUSAL.wrongToken,
  retired: REFUSAL.sharingReset,
  'too-many-new-projects': REFUSAL.tooManyNewProjects,
  'server-full': REFUSAL.serverFull,
};

/** Why a room let its devices go: for the log, and what the devices are told. */
const STOPPED: Record<StopReason, readonly [string, string]> = {
  retired: ['closed it for good: its sharing was reset', REFUSAL.sharingReset],
  full: ['the store holds the most it keeps for one project', REFUSAL.projectFull],
  'server-full': ['the store holds the most it keeps in all', REFUSAL.serverFull],
  'not-stored': ['the store did not take their changes', REFUSAL.notStored],
};

/** Set on each upgrade request by the server itself (whatever the client sent is replaced). */
const ADDRESS_HEADER = 'x-common-ground-address';
const SOCKET_HEADER = 'x-common-ground-socket';

function endUpgrade(socket: Socket, status: string) {
  socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  socket.destroy();
}

function sameSecret(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

/**
 * Starts the app and its sync server on one port. The sync server relays and stores
 * envelopes: encrypted entries it cannot read (see src/core/sync/protocol.ts).
 */
export async function startServer(config: ServerConfig): Promise<RunningServer> {
  const log = (...args: unknown[]) => {
    if (!config.quiet) console.log(new Date().toISOString(), ...args);
  };
  const settings: Settings = settingsOf(config, log);
  const storeUrl = storeUrlOf(config);
  const store = await WorkerStore.open(storeUrl);
  store.onFailure((error) => log(`the store failed: ${error.message}`));
  const relay: Relay | null = config.redisUrl ? new RedisRelay(config.redisUrl, 'common-ground', log) : null;
  const connectionLimit = new RateLimit(settings.connectionsPerMinute);
  const syncRequestLimit = new RateLimit(settings.syncRequestsPerMinute);
  // A burst of one whole message (and its framing), then the steady rate.
  const inbound = new ByteBudget(settings.inboundBytesPerSecond, settings.maxMessageBytes + 1024 * 1024);
  // What the store takes for one project, checked as each row is appended: the limit, plus
  // one message (a tidy-up may go over by that much; so may changes reaching several nodes at once).
  // The server's total is checked there too, at once with every other append (the check
  // below, on a total read now and then, only turns a message away early).
  const ceiling = { bytes: settings.maxRoomBytes + settings.maxMessageBytes, entries: settings.maxRoomEntries + settings.maxEntriesPerMessage, totalBytes: settings.maxTotalBytes };
  const startedAt = Date.now();
  const loopDelay = monitorEventLoopDelay({ resolution: 10 });
  loopDelay.enable();
  /** The rooms this process holds, by name and by Hocuspocus document. */
  const rooms = new Map<string, Room>();
  const roomOf = new WeakMap<Document, Room>();
  /** Rooms let go of, still finishing their writes and merges (waited for when stopping). */
  const closing = new Set<Promise<void>>();

  /** Projects each connection has open or is opening: reserved before anything else is done. */
  const openBySocket = new Map<string, Set<string>>();
  /** Sockets that have not signed in to a project yet, with their deadline. */
  const deadlines = new Map<string, ReturnType<typeof setTimeout>>();
  /** Our key of each socket → Hocuspocus's id for it, to forget its projects when it closes. */
  const socketIds = new Map<string, string>();
  let nextSocket = 1;

  /** The total bytes stored, read again from the store at most every totalBytesCheckMs. */
  let knownTotal = { bytes: 0, readAt: -Infinity };
  let readingTotal: Promise<number> | null = null;
  async function totalBytes(): Promise<number> {
    if (Date.now() - knownTotal.readAt < settings.totalBytesCheckMs) return knownTotal.bytes;
    readingTotal ??= store.totalBytes().finally(() => (readingTotal = null));
    const bytes = await readingTotal;
    knownTotal = { bytes, readAt: Date.now() };
    return bytes;
  }

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
  const storedNote = (room: Room, connection: Connection) => encodeNote(encodeStateVectorNote(narrowStateVector(room.committed, interestOf(connection))));

  function closeRoom(name: string, reason: string) {
    const document = hocuspocus.documents.get(name);
    if (!document) return;
    if (reason === REFUSAL.sharingReset) document.broadcastStateless(encodeNote({ type: 'retired' }));
    for (const connection of document.getConnections()) connection.close({ code: 4000, reason });
  }

  const roomEvents = {
    stored(room: Room, writers: Set<number>) {
      // Devices show "up to date" only once this arrives: what the store has committed.
      for (const connection of room.doc.getConnections()) {
        const known = interest.get(connection);
        if (known && [...writers].some((w) => known.has(w))) connection.sendStateless(storedNote(room, connection));
      }
    },
    close(room: Room, reason: StopReason) {
      log(`let the devices of ${room.name} go: ${STOPPED[reason][0]}`);
      closeRoom(room.name, STOPPED[reason][1]);
    },
    log,
  };

  function healthResponse(request: IncomingMessage, response: ServerResponse, healthy: boolean) {
    const authorization = request.headers.authorization ?? '';
    const admin = config.adminToken && authorization.startsWith('Bearer ') && sameSecret(authorization.slice(7), config.adminToken);
    const body = admin
      ? {
          ok: healthy,
          documents: hocuspocus.getDocumentsCount(),
          connections: hocuspocus.getConnectionsCount(),
          uptimeSeconds: Math.round((Date.now() - startedAt) / 1000),
          store: store.kind,
          relay: relay ? 'redis' : 'none',
          memoryBytes: process.memoryUsage().rss,
          eventLoopDelayP99Ms: Math.round(loopDelay.percentile(99) / 1e5) / 10,
          eventLoopDelayMaxMs: Math.round(loopDelay.max / 1e5) / 10,
        }
      : { ok: healthy };
    response.writeHead(healthy ? 200 : 503, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
    response.end(JSON.stringify(body));
  }

  let hocuspocus!: Hocuspocus;

  const server = new Server({
    name: 'common-ground',
    port: config.port,
    address: config.host,
    quiet: true,
    stopOnSignals: false,
    // Each change goes out to the other devices at once; the store then takes its bytes (rooms.ts).
    flushDelay: false,
    // Changes are stored as they arrive (rooms.ts), not by Hocuspocus's store hooks.
    debounce: 200,
    maxDebounce: 1000,
    // Past twice the limit, the connection is cut (up to it, each request gets a refusal it can show).
    maxPendingDocuments: settings.maxDocumentsPerConnection * 2,
    websocketOptions: { maxPayload: settings.maxMessageBytes },

    async onRequest({ request, response }) {
      const url = new URL(request.url ?? '/', 'http://localhost');
      if (url.pathname === '/health') {
        healthResponse(request, response, await store.healthy());
        throw null;
      }
      const host = (settings.trustProxy > 0 ? [request.headers['x-forwarded-host']].flat()[0] : undefined) ?? request.headers.host ?? null;
      if (config.staticDir) serveStatic(config.staticDir, request, response, host);
      else {
        response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
        response.end('This is a sync server only.');
      }
      throw null;
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
      if (!connectionLimit.allow(addressKey(address))) {
        log(`refused a sync connection from ${address}: more than ${settings.connectionsPerMinute} connections a minute`);
        endUpgrade(socket, '429 Too Many Requests');
        throw null;
      }
      throttleReading(socket as Socket, addressKey(address), inbound);
      const socketKey = String(nextSocket++);
      request.headers[ADDRESS_HEADER] = address;
      request.headers[SOCKET_HEADER] = socketKey;
      if (settings.authTimeoutMs > 0) {
        deadlines.set(
          socketKey,
          setTimeout(() => {
            deadlines.delete(socketKey);
            log(`closed a sync connection from ${address}: it signed in to no project within ${settings.authTimeoutMs} ms`);
            socket.destroy();
          }, settings.authTimeoutMs),
        );
      }
      socket.once('close', () => {
        clearTimeout(deadlines.get(socketKey));
        deadlines.delete(socketKey);
        const socketId = socketIds.get(socketKey);
        socketIds.delete(socketKey);
        if (socketId) openBySocket.delete(socketId);
      });
    },

    async onAuthenticate({ documentName, token, socketId, requestHeaders }) {
      const address = requestHeaders.get(ADDRESS_HEADER) ?? 'unknown';
      const socketKey = requestHeaders.get(SOCKET_HEADER);
      if (socketKey) socketIds.set(socketKey, socketId);
      const who = `${address} (connection ${socketId.slice(0, 8)})`;
      // The documents-per-connection limit is taken before anything else, and at once: a
      // burst of requests on one connection cannot all pass the check before any is counted.
      let open = openBySocket.get(socketId);
      if (!open) openBySocket.set(socketId, (open = new Set()));
      if (!open.has(documentName) && open.size >= settings.maxDocumentsPerConnection) {
        log(`refused ${who} for ${documentName.slice(0, 40)}: already ${open.size} projects on one connection`);
        throw new Refusal(REFUSAL.tooManyDocuments);
      }
      open.add(documentName);
      try {
        if (!isRoomName(documentName)) {
          log(`refused ${who}: ${JSON.stringify(documentName.slice(0, 80))} is not a project name`);
          throw new Refusal(REFUSAL.badName);
        }
        if (!isWellFormedToken(token)) {
          log(`refused ${who} for ${documentName}: no token, or not a token`);
          throw new Refusal(REFUSAL.wrongToken);
        }
        const outcome = await store.claim({
          room: documentName,
          tokenHash: hashToken(token),
          address: addressKey(address),
          roomsPerDay: settings.roomsPerAddressPerDay,
          maxTotalBytes: settings.maxTotalBytes,
        });
        if (outcome !== 'ok') {
          const reasons = { 'wrong-token': 'wrong token', retired: 'sharing was reset', 'too-many-new-projects': `more than ${settings.roomsPerAddressPerDay} new projects today`, 'server-full': 'the server is full' };
          log(`refused ${who} for ${documentName}: ${reasons[outcome]}`);
          throw new Refusal(CLAIM_REFUSALS[outcome]);
        }
      } catch (error) {
        open.delete(documentName);
        throw error instanceof Refusal ? error : new Refusal(REFUSAL.notStored);
      }
      if (socketKey) {
        clearTimeout(deadlines.get(socketKey));
        deadlines.delete(socketKey);
      }
    },

    async onDisconnect({ socketId, documentName }) {
      const open = openBySocket.get(socketId);
      open?.delete(documentName);
      if (open?.size === 0) openBySocket.delete(socketId);
    },

    async onLoadDocument({ document, documentName }) {
      const room = new Room(documentName, document, store, relay, roomEvents, ceiling);
      rooms.set(documentName, room);
      roomOf.set(document, room);
      // Hocuspocus destroys a document it unloads (after beforeUnloadDocument let it go).
      document.once('destroy', () => {
        if (rooms.get(documentName) === room) rooms.delete(documentName);
        const closed = room.close().finally(() => closing.delete(closed));
        closing.add(closed);
      });
      try {
        await room.load();
      } catch (error) {
        log(`could not read ${documentName} from the store: ${(error as Error).message}`);
        throw new Refusal(REFUSAL.notStored);
      }
      return document;
    },

    async beforeUnloadDocument({ document }) {
      await roomOf.get(document)?.drained();
    },

    async beforeSync({ type, payload, document, documentName, connection }) {
      const room = roomOf.get(document);
      if (!room) throw new Refusal(REFUSAL.notStored);
      // Until the doc is unloaded it may hold changes the store never took: nobody syncs with it.
      if (room.stopped) throw new Refusal(STOPPED[room.stopped][1]);
      if (type === 0) {
        // A request for everything the connection lacks: cheap to ask, costly to answer.
        if (!syncRequestLimit.allow(`${connection.socketId}:${documentName}`)) {
          log(`closed ${documentName} on connection ${connection.socketId.slice(0, 8)}: it asked for the whole project too often`);
          throw new Refusal(REFUSAL.tooManyRequests);
        }
        return;
      }
      // A project with more than one message's worth not yet stored waits here for the store
      // (its connections' next messages wait in turn), so a client sending large messages
      // fast is slowed down, not every other project's saves.
      if (room.pendingBytes > settings.maxMessageBytes) await room.drained();
      // 1 and 2 carry updates, which must be nothing but encrypted entries, within limits.
      const facts = inspectEnvelopeUpdate(payload, settings.maxEntriesPerMessage);
      if (facts.problem) {
        log(`refused an update to ${documentName} and closed the connection: ${facts.problem}`);
        throw new Refusal(facts.tooMany ? REFUSAL.tooManyEntries : REFUSAL.badUpdate);
      }
      // A change that removes entries (a compaction) may go over by one message: once its
      // rows are merged the project is smaller, so a full project can always be tidied.
      const deletes = facts.deletions > 0;
      const bytesRoom = settings.maxRoomBytes + (deletes ? settings.maxMessageBytes : 0);
      const entriesRoom = settings.maxRoomEntries + (deletes ? settings.maxEntriesPerMessage : 0);
      if (room.usage.bytes + room.pendingBytes + payload.byteLength > bytesRoom || room.usage.entries + room.pendingEntries + facts.items > entriesRoom) {
        log(`refused an update to ${documentName}: the project would hold more than the server keeps for one project`);
        throw new Refusal(REFUSAL.projectFull);
      }
      if (settings.maxTotalBytes > 0 && !deletes && (await totalBytes()) + payload.byteLength > settings.maxTotalBytes) {
        log(`refused an update to ${documentName}: the server holds ${settings.maxTotalBytes} bytes, its most`);
        throw new Refusal(REFUSAL.serverFull);
      }
      const known = interestOf(connection);
      for (const client of facts.clients) if (known.size < 64) known.add(client);
    },

    async onStateless({ payload, document, documentName, connection }) {
      const message = parseClientNote(payload);
      const room = roomOf.get(document);
      if (!message || !room) {
        log(`ignored a message for ${documentName} that is not understood`);
        return;
      }
      if (message.type === 'stored?') {
        const known = interestOf(connection);
        for (const client of message.clients) if (known.size < 64) known.add(client);
        connection.sendStateless(storedNote(room, connection));
        return;
      }
      if (message.type === 'retire') {
        await room.drained();
        await store.retire(documentName);
        relay?.retired(documentName);
        log(`closed ${documentName} for good: its sharing was reset`);
        room.doc.broadcastStateless(encodeNote({ type: 'retired' }));
        setTimeout(() => hocuspocus.closeConnections(documentName), 100);
      }
    },
  });
  hocuspocus = server.hocuspocus;

  relay?.onReconnect(() => {
    for (const room of rooms.values()) void room.catchUp(0);
  });

  await server.listen();
  const port = server.address.port;
  const url = `http://${config.host}:${port}`;
  log(`Common Ground is running at ${url} (store: ${describeStore(storeUrl)}${relay ? ', relay: Redis' : ''})`);
  return {
    url,
    port,
    store,
    hocuspocus,
    async close() {
      await server.destroy();
      await Promise.all([...rooms.values()].map((room) => room.close()));
      rooms.clear();
      await Promise.all(closing);
      for (const timer of deadlines.values()) clearTimeout(timer);
      await relay?.close();
      await store.close();
      loopDelay.disable();
    },
  };
}

