import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { insertRecord, readRecord } from '../../../src/core/commands/records';
import { personType } from '../../../src/core/domain/person';
import { newSecret } from '../../../src/core/sync/crypto';
import { decodeStateVectorNote, parseServerNote } from '../../../src/core/sync/protocol';
import { attack, authMessage, madeUpRoom, manyTinyEntries, syncStep1Message, updateMessage, type Attacker, type Reply } from './server-attacker';
import { eventually, nodeDevice, startServerProcess, type NodeDevice, type ServerProcess } from './server-harness';
import { claimedRooms, SQLITE, STORES, storedBytes } from './server-stores';

/**
 * The outsider of THREATS.md: knows the app's address, has no invite, and tries to starve
 * the sync server (issue 12, item 4). Every attack runs against a real server process with
 * each store, through a raw WebSocket client.
 */

const MiB = 1024 * 1024;
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** One random (so incompressible, like ciphertext) entry of `bytes`, as an envelope update from `client`. */
function entryUpdate(bytes: number, client: number): Uint8Array {
  const doc = new Y.Doc();
  doc.clientID = client;
  const entry = new Uint8Array(bytes);
  for (let i = 0; i < bytes; i += 65536) crypto.getRandomValues(entry.subarray(i, Math.min(bytes, i + 65536)));
  doc.getArray<Uint8Array>('entries').push([entry]);
  return Y.encodeStateAsUpdate(doc);
}

function peakMemoryBytes(pid: number): number {
  return Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;
}

/** A note from the server that it has stored everything it has from these writers. */
function storedUpTo(reply: Reply, writers: number[]): boolean {
  if (reply.kind !== 'stateless') return false;
  const note = parseServerNote(reply.payload);
  const stored = note?.type === 'stored' ? decodeStateVectorNote(note) : null;
  return stored !== null && writers.every((w) => (stored.get(w) ?? 0) > 0);
}

async function claim(attacker: Attacker, room = madeUpRoom()) {
  attacker.send(authMessage(room.room, room.token));
  const reply = await attacker.reply((r) => r.document === room.room && (r.kind === 'authenticated' || r.kind === 'denied'));
  return { ...room, reply };
}

describe.each(STORES)('the sync server with $name, against an outsider', { timeout: 180_000 }, (store) => {
  const servers: ServerProcess[] = [];
  const attackers: Attacker[] = [];
  const devices: NodeDevice[] = [];
  const envOf = new Map<ServerProcess, Record<string, string>>();
  async function server(settings: Record<string, string> = {}) {
    const env = await store.env();
    const s = await startServerProcess({ ...env, ...settings });
    servers.push(s);
    envOf.set(s, env);
    return s;
  }
  const roomCount = (s: ServerProcess) => claimedRooms(store, envOf.get(s)!);
  const bytesOf = (s: ServerProcess, room: string) => storedBytes(store, envOf.get(s)!, room);
  async function attacker(s: ServerProcess, headers?: Record<string, string>) {
    const a = await attack(s.wsUrl, headers);
    attackers.push(a);
    return a;
  }
  afterAll(async () => {
    for (const a of attackers) a.close();
    for (const d of devices) d.destroy();
    for (const s of servers) await s.stop();
  });

  it('lets a burst of 99 project requests on one connection open no more than 50', async () => {
    const s = await server({ ROOMS_PER_ADDRESS_PER_DAY: '1000' });
    const a = await attacker(s);
    const rooms = Array.from({ length: 99 }, madeUpRoom);
    for (const r of rooms) a.send(authMessage(r.room, r.token));
    await eventually(() => a.replies.filter((r) => r.kind === 'authenticated' || r.kind === 'denied').length === 99, 30_000, 'an answer for every request');
    const opened = a.replies.filter((r) => r.kind === 'authenticated');
    const refused = a.replies.filter((r) => r.kind === 'denied');
    expect(opened.length).toBe(50);
    expect(new Set(refused.map((r) => r.kind === 'denied' && r.reason))).toEqual(new Set(['too-many-documents']));
    // Refused requests claimed nothing: the rooms are still free for anyone.
    expect(await roomCount(s)).toBe(50);
  });

  it('lets one address claim only so many new projects a day, however it asks', async () => {
    const s = await server({ ROOMS_PER_ADDRESS_PER_DAY: '5' });
    const a = await attacker(s);
    const results = [];
    for (let i = 0; i < 30; i++) results.push(await claim(a));
    expect(results.filter((r) => r.reply.kind === 'authenticated')).toHaveLength(5);
    expect(results.filter((r) => r.reply.kind === 'denied' && r.reply.reason === 'too-many-new-projects')).toHaveLength(25);
    expect(await roomCount(s)).toBe(5);

    // A new connection from the same address is no way round it...
    const b = await attacker(s);
    expect((await claim(b)).reply).toMatchObject({ kind: 'denied', reason: 'too-many-new-projects' });
    // ...but a project already on the server still opens: joining claims nothing.
    const first = results[0]!;
    expect((await claim(b, { room: first.room, token: first.token })).reply.kind).toBe('authenticated');
  });

  it('stops a project growing past its room, and keeps no more than one message over', async () => {
    const s = await server({ MAX_ROOM_BYTES: String(3 * MiB) });
    const a = await attacker(s);
    const { room, reply } = await claim(a);
    expect(reply.kind).toBe('authenticated');
    for (let i = 0; i < 8; i++) a.send(updateMessage(room, entryUpdate(MiB, 1000 + i)));
    const closed = await a.reply((r) => r.document === room && r.kind === 'closed');
    expect(closed).toMatchObject({ reason: 'project-full' });
    await pause(300);
    const stored = await bytesOf(s, room);
    expect(stored).toBeGreaterThan(2 * MiB);
    expect(stored).toBeLessThanOrEqual(3 * MiB + 1.1 * MiB);
  });

  it('stops taking new data when the server holds its total, and says so', async () => {
    const updates = [1, 2, 3, 4].map((i) => entryUpdate(MiB, 100 + i));
    const total = updates.slice(0, 3).reduce((n, u) => n + u.byteLength, 0);
    const s = await server({ MAX_TOTAL_BYTES: String(total), TOTAL_BYTES_CHECK_MS: '0' });
    const a = await attacker(s);
    const one = await claim(a);
    // One at a time, each once the server says it is stored: three rows of exactly these bytes
    // (two taken in one batch would be merged into one row a few bytes smaller).
    for (const [i, update] of updates.slice(0, 3).entries()) {
      a.send(updateMessage(one.room, update));
      await a.reply((r) => r.document === one.room && storedUpTo(r, [101 + i]), 60_000);
    }
    const stored = await bytesOf(s, one.room);
    expect(stored).toBe(total);
    a.send(updateMessage(one.room, updates[3]!));
    expect(await a.reply((r) => r.document === one.room && r.kind === 'closed')).toMatchObject({ reason: 'server-full' });
    const b = await attacker(s);
    expect((await claim(b)).reply).toMatchObject({ kind: 'denied', reason: 'server-full' });
    expect(await bytesOf(s, one.room)).toBe(stored);
  });

  it('keeps to its total when several projects send at the same moment', async () => {
    const updates = [1, 2, 3, 4, 5, 6].map((i) => entryUpdate(MiB, 400 + i));
    const total = updates.slice(0, 3).reduce((n, u) => n + u.byteLength, 0);
    // Every sender passes the early check on the total (none is stored yet); the store is the last word.
    const s = await server({ MAX_TOTAL_BYTES: String(total), TOTAL_BYTES_CHECK_MS: '60000' });
    const senders = await Promise.all(updates.map(async () => {
      const a = await attacker(s);
      return { a, ...(await claim(a)) };
    }));
    for (const [i, { a, room }] of senders.entries()) a.send(updateMessage(room, updates[i]!));
    const outcomes = await Promise.all(senders.map(({ a, room }, i) => a.reply((r) => r.document === room && (r.kind === 'closed' || storedUpTo(r, [401 + i])), 60_000)));
    expect(outcomes.filter((r) => r.kind === 'closed')).toEqual(Array(3).fill(expect.objectContaining({ reason: 'server-full' })));
    const stored = await Promise.all(senders.map(({ room }) => bytesOf(s, room)));
    expect(stored.reduce((n, b) => n + b, 0)).toBe(total);
  });

  it('refuses a message of a million one-byte entries before decoding it, and keeps serving others', async () => {
    const s = await server();
    const secret = newSecret();
    const facilitator = await nodeDevice(s.wsUrl, 'p-bystander', secret);
    devices.push(facilitator);
    expect(await facilitator.sync.whenLive()).toBe(true);
    const a = await attacker(s);
    const { room } = await claim(a);
    const before = peakMemoryBytes(s.pid);
    a.send(updateMessage(room, manyTinyEntries(1_000_000)));
    expect(await a.reply((r) => r.document === room && r.kind === 'closed', 30_000)).toMatchObject({ reason: 'too-many-entries' });
    insertRecord(facilitator.doc, personType, { id: 'x1', name: 'Amira Khan', role: 'carer', status: 'active' });
    expect(await facilitator.sync.whenConfirmed()).toBe(true);
    // Decoding a million items costs the server hundreds of megabytes; a refusal costs the message.
    expect(peakMemoryBytes(s.pid) - before).toBeLessThan(150 * MiB);
    expect(await bytesOf(s, room)).toBe(0);
  });

  it('closes a socket that does not sign in to any project by the deadline, and keeps those that do', async () => {
    const s = await server({ AUTH_TIMEOUT_MS: '1000' });
    const idle = await attacker(s);
    const secret = newSecret();
    const facilitator = await nodeDevice(s.wsUrl, 'p-deadline', secret);
    devices.push(facilitator);
    expect(await facilitator.sync.whenLive()).toBe(true);
    const closed = await Promise.race([idle.closed, pause(10_000).then(() => null)]);
    expect(closed).not.toBeNull();
    insertRecord(facilitator.doc, personType, { id: 'x1', name: 'Amira Khan', role: 'carer', status: 'active' });
    expect(await facilitator.sync.whenConfirmed()).toBe(true);
    const reader = await nodeDevice(s.wsUrl, 'p-deadline', secret);
    devices.push(reader);
    await eventually(() => readRecord(reader.doc, personType, 'x1') !== undefined, 15_000, 'a second device to receive');
  });

  it('behind the README’s proxy, takes the address the proxy saw, not one the client wrote', async () => {
    const s = await server({ TRUST_PROXY: '1', CONNECTIONS_PER_MINUTE: '4', ROOMS_PER_ADDRESS_PER_DAY: '2' });
    // nginx's $proxy_add_x_forwarded_for appends the address it saw to whatever the client sent.
    const forged = (i: number) => ({ 'X-Forwarded-For': `203.0.113.${i}, 198.51.100.7` });
    const statuses: number[] = [];
    const opened: Attacker[] = [];
    for (let i = 0; i < 6; i++) {
      try {
        opened.push(await attacker(s, forged(i)));
        statuses.push(101);
      } catch (error) {
        statuses.push(Number(/answered (\d+)/.exec(String(error))?.[1] ?? 0));
      }
    }
    expect(statuses.slice(0, 4)).toEqual([101, 101, 101, 101]);
    expect(statuses.slice(4)).toEqual([429, 429]);
    const claims = [];
    for (const a of opened) claims.push((await claim(a)).reply);
    expect(claims.filter((r) => r.kind === 'authenticated')).toHaveLength(2);
    expect(s.output()).toMatch(/198\.51\.100\.7/);
  });

  it('reads no faster from one address than its byte budget, while another address’s edit passes', async () => {
    // A budget of one 9 MiB message plus 1 MiB, then 1 MiB a second.
    const s = await server({ INBOUND_BYTES_PER_SECOND: String(MiB), MAX_MESSAGE_BYTES: String(9 * MiB) });
    const a = await attacker(s);
    const { room } = await claim(a);
    const started = Date.now();
    for (let i = 0; i < 6; i++) a.send(updateMessage(room, entryUpdate(4 * MiB, 300 + i)));
    const other = await attack(s.wsUrl, {}, '127.0.0.2');
    attackers.push(other);
    const mine = await claim(other);
    other.send(updateMessage(mine.room, entryUpdate(200, 7)));
    await other.reply((r) => r.document === mine.room && r.kind === 'stateless' && r.payload.includes('stored'));
    expect(await bytesOf(s, room)).toBeLessThan(24 * MiB); // the other address did not wait for all of it
    await eventually(async () => (await bytesOf(s, room)) >= 24 * MiB, 90_000, 'all six messages to be stored');
    // 24 MiB sent, 10 MiB of budget: the last 14 MiB take at least 14 s at 1 MiB a second.
    expect(Date.now() - started).toBeGreaterThanOrEqual(13_900);
    expect(s.output()).not.toMatch(/could not store/);
  });

  it('cuts off a connection that floods it with requests for the whole project', async () => {
    const s = await server();
    const a = await attacker(s);
    const { room } = await claim(a);
    a.send(updateMessage(room, entryUpdate(2 * MiB, 5)));
    await eventually(async () => (await bytesOf(s, room)) > 2 * MiB, 15_000, 'the entry to be stored');
    for (let i = 0; i < 200; i++) a.send(syncStep1Message(room));
    expect(await a.reply((r) => r.document === room && r.kind === 'closed')).toMatchObject({ reason: 'too-many-requests' });
    await pause(500);
    expect(a.replies.filter((r) => r.kind === 'sync' && r.bytes > MiB).length).toBeLessThan(20);
  });
});

describe('the health check', { timeout: 180_000 }, () => {
  const servers: ServerProcess[] = [];
  afterAll(async () => {
    for (const s of servers) await s.stop();
  });

  it('says only whether the server is well, unless asked with the admin token', async () => {
    const open = await startServerProcess(await SQLITE.env());
    servers.push(open);
    const plain = await fetch(`${open.url}/health`);
    expect(plain.status).toBe(200);
    expect(await plain.json()).toEqual({ ok: true });

    const guarded = await startServerProcess({ ...(await SQLITE.env()), ADMIN_TOKEN: 'a-long-admin-token-for-tests' });
    servers.push(guarded);
    expect(await (await fetch(`${guarded.url}/health`, { headers: { Authorization: 'Bearer wrong' } })).json()).toEqual({ ok: true });
    const detailed = await (await fetch(`${guarded.url}/health`, { headers: { Authorization: 'Bearer a-long-admin-token-for-tests' } })).json();
    expect(detailed).toMatchObject({ ok: true, documents: 0, connections: 0 });
  });
});
