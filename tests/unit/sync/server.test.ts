import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { initialiseProject } from '../../../src/core/commands/project';
import { insertRecord, readRecord, removeRecord } from '../../../src/core/commands/records';
import { canonicalJson } from '../../../src/core/doc/project-doc';
import { personType } from '../../../src/core/domain/person';
import { deriveProjectKeys, newSecret, openEntry } from '../../../src/core/sync/crypto';
import { readEntryText } from '../../../src/core/sync/entry-format';
import { connectSocket, refusalMessage } from '../../../src/core/sync/project-sync';
import { containsBytes, eventually, freePort, nodeDevice, startServerProcess, type NodeDevice, type ServerProcess } from './server-harness';
import { STORES, type StoreUnderTest } from './server-stores';

const person = (id: string, name: string) => ({ id, name, role: 'carer' as const, status: 'active' as const });
const utf8 = (s: string) => new TextEncoder().encode(s);
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
const nextTick = () => new Promise((r) => setImmediate(r));

const SERVER_START = 120_000;

/**
 * Every byte the server keeps: with SQLite, every file in its folder (so old copies in the
 * write-ahead log count too); with PostgreSQL, every row of the database.
 */
async function serverBytes(store: StoreUnderTest, env: Record<string, string>): Promise<Uint8Array> {
  if (store.name === 'SQLite') return new Uint8Array(Buffer.concat(readdirSync(env.DATA_DIR!).map((f) => readFileSync(join(env.DATA_DIR!, f)))));
  const rows = await store.query<{ data: Buffer }>(env, 'SELECT data FROM entries');
  const names = await store.query<{ name: string; token_hash: string }>(env, 'SELECT name, token_hash FROM rooms');
  return new Uint8Array(Buffer.concat([...rows.map((r) => r.data), ...names.map((r) => Buffer.from(r.name + r.token_hash))]));
}

/** Rooms the server holds any entries of. */
async function storedRooms(store: StoreUnderTest, env: Record<string, string>): Promise<string[]> {
  return (await store.query<{ room: string }>(env, 'SELECT DISTINCT room FROM entries')).map((r) => r.room);
}

/** A provider speaking the protocol with whatever token it is given (for intruders). */
function rawProvider(wsUrl: string, room: string, token: string | null) {
  const envelope = new Y.Doc();
  const websocket = new HocuspocusProviderWebsocket({ url: wsUrl, WebSocketPolyfill: WebSocket, delay: 200, minDelay: 100, maxDelay: 500 });
  const provider = new HocuspocusProvider({ websocketProvider: websocket, name: room, document: envelope, token, awareness: null });
  const refused = new Promise<string>((resolve) => provider.on('authenticationFailed', ({ reason }: { reason: string }) => resolve(reason)));
  const closed = new Promise<{ code: number; reason: string }>((resolve) => provider.on('close', ({ event }: { event: { code: number; reason: string } }) => resolve(event)));
  provider.attach();
  return {
    envelope,
    provider,
    refused,
    closed,
    destroy() {
      provider.destroy();
      websocket.destroy();
    },
  };
}

function openRawSocket(url: string, headers: Record<string, string> = {}): Promise<{ ws: WebSocket; status: number }> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { headers });
    ws.once('open', () => resolve({ ws, status: 101 }));
    ws.once('unexpected-response', (_req, res) => resolve({ ws, status: res.statusCode ?? 0 }));
    ws.once('error', (e) => (e.message.includes('Unexpected server response') ? undefined : reject(e)));
  });
}

const devices: NodeDevice[] = [];
async function device(server: ServerProcess, projectId: string, secret: string): Promise<NodeDevice> {
  const d = await nodeDevice(server.wsUrl, projectId, secret);
  devices.push(d);
  return d;
}

afterAll(() => {
  for (const d of devices) d.destroy();
});

describe.each(STORES)('the sync server with $name, run as a real process on 127.0.0.1', { timeout: 180_000 }, (store) => {
  let server: ServerProcess;
  let env: Record<string, string>;

  beforeAll(async () => {
    env = await store.env();
    server = await startServerProcess(env);
  }, SERVER_START);
  afterAll(async () => {
    await server?.stop();
  });

  it('answers the health check', async () => {
    const response = await fetch(`${server.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ ok: true });
  });

  it('lets no one without the project’s token read or write it', async () => {
    const secret = newSecret();
    const a = await device(server, 'p-auth', secret);
    initialiseProject(a.doc, { name: 'Riverside Carers' });
    insertRecord(a.doc, personType, person('x1', 'Amira Khan'));
    expect(await a.sync.whenConfirmed()).toBe(true);
    const entries = a.sync.envelope.getArray('entries').length;

    const wrong = (await deriveProjectKeys('p-auth', newSecret())).token;
    for (const token of [wrong, '', null]) {
      const intruder = rawProvider(server.wsUrl, a.keys.room, token);
      intruder.envelope.getArray('entries').push([new Uint8Array(64).fill(7)]);
      expect(await intruder.refused).toBe('not-allowed');
      await pause(300);
      expect(intruder.envelope.getArray('entries').length).toBe(1); // its own, nothing from the server
      intruder.destroy();
    }

    const b = await device(server, 'p-auth', secret);
    await eventually(() => readRecord(b.doc, personType, 'x1')?.name === 'Amira Khan', 15_000, 'b to receive the member');
    await b.sync.envelopeSync.whenIdle();
    expect(b.sync.envelope.getArray('entries').length).toBe(entries);
    expect(b.sync.envelopeSync.unreadable).toBe(0);
    expect(server.output()).toMatch(/wrong token/);
    expect(server.output()).toMatch(/no token, or not a token/);
    expect(refusalMessage('not-allowed')).toMatch(/did not accept this device/);
  });

  it('refuses an update that is not encrypted entries, and keeps the project as it was', async () => {
    const secret = newSecret();
    const a = await device(server, 'p-plain', secret);
    insertRecord(a.doc, personType, person('x1', 'Amira Khan'));
    expect(await a.sync.whenConfirmed()).toBe(true);

    const sneaky = rawProvider(server.wsUrl, a.keys.room, a.keys.token);
    await new Promise((resolve) => sneaky.provider.on('synced', resolve));
    sneaky.envelope.getMap('notes').set('name', 'Zebedee Quartermaine');
    const closed = await sneaky.closed;
    expect(closed.reason).toBe('bad-update');
    sneaky.destroy();
    await server.waitForOutput(/refused an update to .* the update writes/);

    const b = await device(server, 'p-plain', secret);
    await eventually(() => readRecord(b.doc, personType, 'x1') !== undefined, 15_000, 'b to catch up');
    expect(b.sync.envelope.share.has('notes')).toBe(false);
    expect(canonicalJson(b.doc)).toBe(canonicalJson(a.doc));
  });

  it('closes a connection that sends a malformed or oversized message, and keeps serving others', async () => {
    const secret = newSecret();
    const a = await device(server, 'p-bad', secret);
    insertRecord(a.doc, personType, person('x1', 'Amira Khan'));
    expect(await a.sync.whenConfirmed()).toBe(true);

    const malformed = await openRawSocket(server.wsUrl);
    const malformedClosed = new Promise<number>((resolve) => malformed.ws.once('close', (code) => resolve(code)));
    malformed.ws.send(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff, 0x0f, 1, 2, 3]));
    expect(await malformedClosed).toBeGreaterThanOrEqual(1000);

    const oversized = await openRawSocket(server.wsUrl);
    const oversizedClosed = new Promise<number>((resolve) => oversized.ws.once('close', (code) => resolve(code)));
    oversized.ws.send(new Uint8Array(17 * 1024 * 1024));
    expect(await oversizedClosed).toBe(1009);
    await server.waitForOutput(/Max payload size exceeded/);

    insertRecord(a.doc, personType, person('x2', 'Ben Ojo'));
    expect(await a.sync.whenConfirmed()).toBe(true);
    const b = await device(server, 'p-bad', secret);
    await eventually(() => readRecord(b.doc, personType, 'x2') !== undefined, 15_000, 'b to catch up');
    expect(canonicalJson(b.doc)).toBe(canonicalJson(a.doc));
  });

  it('takes a replayed old message as a no-op', async () => {
    const secret = newSecret();
    const a = await device(server, 'p-replay', secret);
    insertRecord(a.doc, personType, person('x1', 'Amira Khan'));
    expect(await a.sync.whenConfirmed()).toBe(true);
    const before = server.output().length;
    const replay = await openRawSocket(server.wsUrl);
    for (const frame of a.frames.filter((f) => f.sent)) replay.ws.send(frame.data);
    await pause(800);
    replay.ws.close();
    insertRecord(a.doc, personType, person('x2', 'Ben Ojo'));
    expect(await a.sync.whenConfirmed()).toBe(true);
    const b = await device(server, 'p-replay', secret);
    await eventually(() => readRecord(b.doc, personType, 'x2') !== undefined, 15_000, 'b to catch up');
    expect(canonicalJson(b.doc)).toBe(canonicalJson(a.doc));
    expect(b.sync.envelope.getArray('entries').length).toBe(a.sync.envelope.getArray('entries').length);
    expect(server.output().slice(before)).not.toMatch(/Error/);
  });

  it('reconnects when the network comes back before the old connection has closed', async () => {
    const a = await device(server, 'p-flap', newSecret());
    expect(await a.sync.whenLive()).toBe(true);
    a.websocket.disconnect();
    connectSocket(a.websocket); // 'offline' then 'online' in the same moment
    await eventually(() => a.sync.state.phase === 'offline', 5000, 'the old connection to close');
    insertRecord(a.doc, personType, person('x1', 'Amira Khan'));
    expect(await a.sync.whenConfirmed(15_000)).toBe(true);
  });

  it('turns away a web page from another site, but not the app’s own', async () => {
    const evil = await openRawSocket(server.wsUrl, { Origin: 'https://evil.example' });
    expect(evil.status).toBe(403);
    const own = await openRawSocket(server.wsUrl, { Origin: server.url });
    expect(own.status).toBe(101);
    own.ws.close();
    expect(server.output()).toMatch(/origin "https:\/\/evil.example" is not allowed/);
  });

  it('closes the old sharing for good when a facilitator resets it', async () => {
    const oldSecret = newSecret();
    const a = await device(server, 'p-reset', oldSecret);
    const b = await device(server, 'p-reset', oldSecret);
    insertRecord(a.doc, personType, person('x1', 'Amira Khan'));
    expect(await a.sync.whenConfirmed()).toBe(true);
    await eventually(() => readRecord(b.doc, personType, 'x1') !== undefined, 15_000, 'b to receive');
    const oldRoom = a.keys.room;
    const oldFrames = a.frames.filter((f) => f.sent).map((f) => f.data);

    expect((await a.sync.retire()).ok).toBe(true);
    await eventually(() => b.sync.state.phase === 'refused', 10_000, 'b to be turned away');
    expect(b.sync.state.refusal).toBe('sharing-reset');
    expect(refusalMessage(b.sync.state.refusal)).toMatch(/reset on another device/);
    await eventually(async () => !(await storedRooms(store, env)).includes(oldRoom), 5000, 'the old envelope to be removed');

    // Someone still holding the old link, or replaying old traffic, is refused too.
    const late = rawProvider(server.wsUrl, oldRoom, a.keys.token);
    expect(await late.refused).toBe('sharing-reset');
    late.destroy();
    const replay = await openRawSocket(server.wsUrl);
    for (const frame of oldFrames) replay.ws.send(frame);
    await pause(500);
    replay.ws.close();
    expect(await storedRooms(store, env)).not.toContain(oldRoom);
    expect(server.output()).toMatch(/sharing was reset/);

    // The facilitator carries on under a new secret; a re-invited device gets everything.
    a.destroy();
    const newSecretValue = newSecret();
    const a2 = await nodeDevice(server.wsUrl, 'p-reset', newSecretValue, a.doc);
    devices.push(a2);
    expect(await a2.sync.whenConfirmed()).toBe(true);
    const c = await device(server, 'p-reset', newSecretValue);
    await eventually(() => readRecord(c.doc, personType, 'x1') !== undefined, 15_000, 'c to receive');
  });
});

describe.each(STORES)('limits on one server with $name', { timeout: 180_000 }, (store) => {
  let server: ServerProcess;
  beforeAll(async () => {
    server = await startServerProcess({ ...(await store.env()), CONNECTIONS_PER_MINUTE: '4', MAX_DOCUMENTS_PER_CONNECTION: '2' });
  }, SERVER_START);
  afterAll(async () => {
    await server?.stop();
  });

  it('limits how many projects one connection may open', async () => {
    const websocket = new HocuspocusProviderWebsocket({ url: server.wsUrl, WebSocketPolyfill: WebSocket });
    const reasons: string[] = [];
    const providers = [];
    for (let i = 0; i < 3; i++) {
      const keys = await deriveProjectKeys(`p-limit-${i}`, newSecret());
      const provider = new HocuspocusProvider({ websocketProvider: websocket, name: keys.room, document: new Y.Doc(), token: keys.token, awareness: null });
      provider.on('authenticationFailed', ({ reason }: { reason: string }) => reasons.push(reason));
      provider.attach();
      providers.push(provider);
      await new Promise((resolve) => {
        provider.on('synced', resolve);
        provider.on('authenticationFailed', resolve);
      });
    }
    expect(reasons).toEqual(['too-many-documents']);
    for (const p of providers) p.destroy();
    websocket.destroy();
  });

  it('limits how often one address may connect', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const { ws, status } = await openRawSocket(server.wsUrl);
      statuses.push(status);
      ws.close();
    }
    expect(statuses).toContain(429);
    expect(server.output()).toMatch(/more than 4 connections a minute/);
  });
});

describe.each(STORES)('stopping the server with $name in the middle of syncing', { timeout: 180_000 }, (store) => {
  it('loses nothing it confirmed when it is killed outright mid-burst, and takes the rest again', async () => {
    const env = { ...(await store.env()), PORT: String(await freePort()) };
    const first = await startServerProcess(env);
    const secret = newSecret();
    const a = await device(first, 'p-kill', secret);
    expect(await a.sync.whenLive()).toBe(true);
    for (let i = 0; i < 50; i++) {
      insertRecord(a.doc, personType, person(`k${i}`, `Member ${i}`));
      await nextTick();
    }
    expect(await a.sync.whenConfirmed()).toBe(true);
    for (let i = 50; i < 100; i++) {
      insertRecord(a.doc, personType, person(`k${i}`, `Member ${i}`));
      if (i === 75) await first.stop('SIGKILL'); // in the middle of the second burst
      await nextTick();
    }
    a.websocket.disconnect(); // a stays away until the server has been checked without it
    expect(a.sync.state.pendingCount).toBeGreaterThan(0);

    const second = await startServerProcess(env);
    const c = await device(second, 'p-kill', secret);
    await eventually(() => readRecord(c.doc, personType, 'k49') !== undefined, 15_000, 'c to receive what was confirmed');
    for (let i = 0; i < 50; i++) expect(readRecord(c.doc, personType, `k${i}`)?.name).toBe(`Member ${i}`);

    connectSocket(a.websocket);
    expect(await a.sync.whenConfirmed(20_000)).toBe(true); // a sends what the server never confirmed
    await eventually(() => readRecord(c.doc, personType, 'k99') !== undefined, 15_000, 'c to receive the rest');
    for (let i = 0; i < 100; i++) expect(readRecord(c.doc, personType, `k${i}`)?.name).toBe(`Member ${i}`);
    await second.stop();
  });

  it('says "stored" only once the store has committed the change', async () => {
    const env = await store.env();
    const server = await startServerProcess(env);
    const a = await device(server, 'p-commit', newSecret());
    insertRecord(a.doc, personType, person('x1', 'Amira Khan'));
    expect(await a.sync.whenConfirmed()).toBe(true);
    const release = await holdWrites(store, env);
    insertRecord(a.doc, personType, person('x2', 'Ben Ojo'));
    await eventually(() => a.sync.provider.unsyncedChanges === 0, 10_000, 'the server to take the change');
    await pause(1500);
    expect(a.sync.state.pendingCount).toBeGreaterThan(0); // the server has it in memory, not yet stored
    await release();
    expect(await a.sync.whenConfirmed()).toBe(true);
    await server.stop();
  });

  it('finishes storing when it is stopped, and keeps no readable data', async () => {
    const env = { ...(await store.env()), PORT: String(await freePort()) };
    const first = await startServerProcess(env);
    const secret = newSecret();
    const a = await device(first, 'p-term', secret);
    const b = await device(first, 'p-term', secret);
    initialiseProject(a.doc, { name: 'Quince Lane Carers' });
    insertRecord(a.doc, personType, person('z1', 'Zebedee Quartermaine'));
    await eventually(() => readRecord(b.doc, personType, 'z1')?.name === 'Zebedee Quartermaine', 15_000, 'b to receive the member');
    await eventually(() => a.sync.provider.unsyncedChanges === 0, 10_000, 'the server to take every change');
    await first.stop('SIGTERM');
    a.destroy();
    b.destroy();

    const kept = await serverBytes(store, env);
    for (const secretText of ['Zebedee', 'Quartermaine', 'Quince Lane']) {
      for (const frame of [...a.frames, ...b.frames]) expect(containsBytes(frame.data, utf8(secretText))).toBe(false);
      expect(containsBytes(kept, utf8(secretText))).toBe(false);
    }
    expect(containsBytes(kept, utf8(a.keys.room))).toBe(true); // it is the right store

    const second = await startServerProcess(env);
    const c = await device(second, 'p-term', secret);
    await eventually(() => readRecord(c.doc, personType, 'z1') !== undefined, 15_000, 'c to receive');
    expect(canonicalJson(c.doc)).toBe(canonicalJson(a.doc));
    await second.stop();
  });
});

describe.each(STORES)('erasing a member, with $name', { timeout: 180_000 }, (store) => {
  it('leaves no copy of the old entries on the server once the envelope is compacted', async () => {
    const env = { ...(await store.env()), PORT: String(await freePort()) };
    const first = await startServerProcess(env);
    const secret = newSecret();
    const a = await device(first, 'p-erase', secret);
    initialiseProject(a.doc, { name: 'Erasure test' });
    insertRecord(a.doc, personType, person('z1', 'Zebedee Quartermaine'));
    insertRecord(a.doc, personType, person('x1', 'Amira Khan'));
    expect(await a.sync.whenConfirmed()).toBe(true);

    const name = utf8('Zebedee');
    const withName: Uint8Array[] = [];
    for (const entry of a.sync.envelope.getArray<Uint8Array>('entries').toArray()) {
      const opened = await openEntry(a.keys, entry);
      const text = opened.ok ? readEntryText(entry[0]!, opened.value) : null;
      if (text?.kind === 'update' && containsBytes(text.update, name)) withName.push(entry.slice());
    }
    expect(withName.length).toBeGreaterThan(0);

    removeRecord(a.doc, personType, 'z1'); // what erasure does to the doc
    expect(await a.sync.compact()).toBe(true);
    expect(await a.sync.whenConfirmed()).toBe(true);
    await first.stop('SIGTERM');
    a.destroy();

    const kept = await serverBytes(store, env);
    for (const entry of withName) expect(containsBytes(kept, entry.subarray(13, 45))).toBe(false);

    const second = await startServerProcess(env);
    const c = await device(second, 'p-erase', secret);
    await eventually(() => readRecord(c.doc, personType, 'x1') !== undefined, 15_000, 'c to receive');
    expect(readRecord(c.doc, personType, 'z1')).toBeUndefined();
    for (const entry of c.sync.envelope.getArray<Uint8Array>('entries').toArray()) {
      const opened = await openEntry(c.keys, entry);
      const text = opened.ok ? readEntryText(entry[0]!, opened.value) : null;
      expect(text?.kind).toBe('update');
      expect(text?.kind === 'update' && containsBytes(text.update, name)).toBe(false);
    }
    await second.stop();
  });
});

/** Holds the store's write lock from outside (as a slow disk or a busy database would); returns the release. */
async function holdWrites(store: StoreUnderTest, env: Record<string, string>): Promise<() => Promise<void>> {
  if (store.name === 'SQLite') {
    const { DatabaseSync } = await import('node:sqlite');
    const db = new DatabaseSync(join(env.DATA_DIR!, 'common-ground.sqlite'));
    db.exec('BEGIN IMMEDIATE');
    return async () => {
      db.exec('COMMIT');
      db.close();
    };
  }
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: env.DATABASE_URL });
  await client.connect();
  await client.query('BEGIN');
  await client.query('LOCK TABLE entries IN EXCLUSIVE MODE');
  return async () => {
    await client.query('COMMIT');
    await client.end();
  };
}
