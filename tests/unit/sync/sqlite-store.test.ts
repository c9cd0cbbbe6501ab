import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { seededRandom } from '../../../src/core/reference/random';
import { openBackend } from '../../../server/store/open-backend';
import { SQLITE_FILE } from '../../../server/store/sqlite';
import { RETIRED, type SyncStore } from '../../../server/store/store';
import { STORES, type StoreUnderTest } from './server-stores';

/**
 * The store on its own, with SQLite and with PostgreSQL, as two server processes use it at
 * once (two connections to one file or one database).
 */

const opened: SyncStore[] = [];
afterEach(async () => {
  for (const store of opened.splice(0)) await store.close();
});

async function twoProcesses(store: StoreUnderTest): Promise<[SyncStore, SyncStore, Record<string, string>]> {
  const env = await store.env();
  const url = env.DATABASE_URL ?? `sqlite:${env.DATA_DIR}`;
  const pair = [await openBackend(url), await openBackend(url)] as [SyncStore, SyncStore];
  opened.push(...pair);
  return [...pair, env];
}

/** No ceiling to speak of, for tests not about it. */
const ROOMY = { bytes: 2 ** 40, entries: 2 ** 40 };

const claim = (store: SyncStore, room: string, tokenHash = 'hash-a', address = '192.0.2.1', roomsPerDay = 0) => store.claim({ room, tokenHash, address, roomsPerDay, maxTotalBytes: 0 });

function entriesOf(state: Uint8Array | null): number[] {
  const doc = new Y.Doc();
  if (state) Y.applyUpdate(doc, state);
  return doc.getArray<Uint8Array>('entries').toArray().map((e) => e[0]!);
}

/** A device's envelope: each change it makes is one update, as the server receives it. */
function writer(client: number) {
  const doc = new Y.Doc();
  doc.clientID = client;
  const updates: Uint8Array[] = [];
  doc.on('update', (u: Uint8Array) => updates.push(u));
  return {
    doc,
    entries: doc.getArray<Uint8Array>('entries'),
    take: () => updates.splice(0),
  };
}

describe.each(STORES)('the store in $name, shared by two server processes', { timeout: 120_000 }, (store) => {
  it('keeps both processes’ entries, appended as they come', async () => {
    const [one, two] = await twoProcesses(store);
    await claim(one, 'room');
    const a = writer(1);
    const b = writer(2);
    a.entries.push([new Uint8Array([1])]);
    b.entries.push([new Uint8Array([2])]);
    await one.append('room', a.take().map((update) => ({ update, entries: 1 })), ROOMY);
    const appended = await two.append('room', b.take().map((update) => ({ update, entries: 1 })), ROOMY);
    expect(appended).toMatchObject({ status: 'stored', entries: 2 });
    const loaded = await one.load('room');
    expect(entriesOf(loaded.state).sort()).toEqual([1, 2]);
    expect(loaded.rows).toBe(2);
  });

  it('claims a room once; a retired room stays closed and its rows are gone', async () => {
    const [one, two] = await twoProcesses(store);
    expect(await claim(one, 'room', 'hash-a')).toBe('ok');
    expect(await claim(two, 'room', 'hash-b')).toBe('wrong-token');
    expect(await claim(two, 'room', 'hash-a')).toBe('ok');
    const a = writer(1);
    a.entries.push([new Uint8Array([7, 7, 7])]);
    await one.append('room', a.take().map((update) => ({ update, entries: 1 })), ROOMY);
    await two.retire('room');
    expect(await claim(one, 'room', 'hash-a')).toBe('retired');
    a.entries.push([new Uint8Array([8])]);
    expect(await one.append('room', a.take().map((update) => ({ update, entries: 1 })), ROOMY)).toEqual({ status: 'retired' });
    expect((await one.load('room')).state).toBeNull();
    expect(RETIRED).toBe('retired');
  });

  it('holds a room to its ceiling, whichever process appends and however many at once', async () => {
    const [one, two] = await twoProcesses(store);
    await claim(one, 'room');
    const updates = Array.from({ length: 12 }, (_, i) => {
      const w = writer(100 + i);
      w.entries.push([new Uint8Array(200).fill(i)]);
      return w.take()[0]!;
    });
    const size = updates[0]!.byteLength;
    const ceiling = { bytes: size * 5, entries: 1000 };
    const results = await Promise.all(updates.map((update, i) => (i % 2 ? one : two).append('room', [{ update, entries: 1 }], ceiling)));
    expect(results.filter((r) => r.status === 'stored')).toHaveLength(5);
    expect(results.filter((r) => r.status === 'full')).toHaveLength(7);
    const loaded = await one.load('room');
    expect(loaded).toMatchObject({ bytes: size * 5, entries: 5, rows: 5 });
    expect(entriesOf(loaded.state)).toHaveLength(5);
    // The entry count is held the same way.
    const more = writer(99);
    more.entries.push([new Uint8Array(1), new Uint8Array(1)]);
    expect(await two.append('room', [{ update: more.take()[0]!, entries: 2 }], { bytes: 2 ** 40, entries: 6 })).toEqual({ status: 'full' });
  });

  it('holds the whole server to its total across rooms, whichever process appends and however many at once', async () => {
    const [one, two] = await twoProcesses(store);
    const rooms = Array.from({ length: 4 }, (_, i) => `room-${i}`);
    for (const room of rooms) await claim(one, room);
    const updates = Array.from({ length: 16 }, (_, i) => {
      const w = writer(200 + i);
      w.entries.push([new Uint8Array(300).fill(i)]);
      return w.take()[0]!;
    });
    const size = updates[0]!.byteLength;
    const limits = { ...ROOMY, totalBytes: size * 6 };
    const results = await Promise.all(updates.map((update, i) => (i % 2 ? one : two).append(rooms[i % rooms.length]!, [{ update, entries: 1 }], limits)));
    expect(results.filter((r) => r.status === 'stored')).toHaveLength(6);
    expect(results.filter((r) => r.status === 'server-full')).toHaveLength(10);
    expect(await one.totalBytes()).toBe(size * 6);
  });

  it('stores a small save while a large one is still being written, and reads, merges and removes the large one whole', async () => {
    const [one, two, env] = await twoProcesses(store);
    await claim(one, 'large');
    await claim(one, 'small');
    const big = writer(300);
    const bytes = new Uint8Array(12 * 1024 * 1024);
    for (let i = 0; i < bytes.length; i += 65536) crypto.getRandomValues(bytes.subarray(i, i + 65536));
    big.entries.push([bytes]);
    const finished: string[] = [];
    const large = one.append('large', [{ update: big.take()[0]!, entries: 1 }], ROOMY).then((r) => (finished.push('large'), r));
    const small = writer(301);
    small.entries.push([new Uint8Array([7])]);
    const quick = one.append('small', [{ update: small.take()[0]!, entries: 1 }], ROOMY).then((r) => (finished.push('small'), r));
    expect((await Promise.all([large, quick])).map((r) => r.status)).toEqual(['stored', 'stored']);
    expect(finished).toEqual(['small', 'large']);

    const firstEntry = (state: Uint8Array | null) => {
      const doc = new Y.Doc();
      if (state) Y.applyUpdate(doc, state);
      return Buffer.from(doc.getArray<Uint8Array>('entries').get(0));
    };
    expect(firstEntry((await two.load('large')).state).equals(bytes)).toBe(true);
    const later = writer(302);
    later.entries.push([new Uint8Array([9])]);
    await two.append('large', [{ update: later.take()[0]!, entries: 1 }], ROOMY);
    expect(await two.compact('large')).toMatchObject({ merged: 2, entries: 2 });
    expect(firstEntry((await one.load('large')).state).equals(bytes)).toBe(true);
    await one.retire('large');
    expect(await one.load('large')).toMatchObject({ state: null, rows: 0 });
    expect(await one.totalBytes()).toBeLessThan(1024);
    if (store.name === 'SQLite') expect(await store.query(env, 'SELECT upload FROM slices')).toEqual([]);
  });

  it('lets one address claim only so many rooms a day, across processes, however fast it asks', async () => {
    const [one, two] = await twoProcesses(store);
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => claim(i % 2 ? one : two, `room-${i}`, 'h', '198.51.100.7', 3)));
    expect(results.filter((r) => r === 'ok')).toHaveLength(3);
    expect(results.filter((r) => r === 'too-many-new-projects')).toHaveLength(9);
    expect(await claim(one, 'room-x', 'h', '198.51.100.8', 3)).toBe('ok'); // another address
    expect(await one.claim({ room: 'room-y', tokenHash: 'h', address: '198.51.100.9', roomsPerDay: 0, maxTotalBytes: 1 })).toBe('ok'); // nothing stored yet
  });

  it('keeps every change and drops deleted ciphertext, whatever order appends and compactions come in', async () => {
    const [one, two] = await twoProcesses(store);
    for (let seed = 1; seed <= 8; seed++) {
      const room = `room-${seed}`;
      await claim(one, room);
      const random = seededRandom(seed);
      const model = new Y.Doc();
      const devices = [writer(10 + seed * 3), writer(11 + seed * 3), writer(12 + seed * 3)];
      const removed: Uint8Array[] = [];
      let counter = 0;
      for (let step = 0; step < 25; step++) {
        const device = devices[random.int(0, devices.length - 1)]!;
        // The device first catches up with everything (as it would from the server).
        Y.applyUpdate(device.doc, Y.encodeStateAsUpdate(model));
        device.take();
        if (device.entries.length > 0 && random.chance(0.3)) {
          const at = random.int(0, device.entries.length - 1);
          removed.push(device.entries.get(at));
          device.entries.delete(at, 1);
        } else {
          const entry = new Uint8Array(24);
          entry.fill(++counter % 251);
          entry[0] = 0xee;
          device.entries.push([entry]);
        }
        const updates = device.take();
        for (const update of updates) Y.applyUpdate(model, update);
        const target = random.chance(0.5) ? one : two;
        const work: Array<Promise<unknown>> = [target.append(room, updates.map((update) => ({ update, entries: 1 })), ROOMY)];
        if (random.chance(0.3)) work.push((random.chance(0.5) ? one : two).compact(room));
        await Promise.all(work);
      }
      await one.compact(room);
      const loaded = await two.load(room);
      const expected = model.getArray<Uint8Array>('entries').toArray().map((e) => Buffer.from(e).toString('hex'));
      const stored = new Y.Doc();
      Y.applyUpdate(stored, loaded.state!);
      expect(stored.getArray<Uint8Array>('entries').toArray().map((e) => Buffer.from(e).toString('hex')), `seed ${seed}`).toEqual(expected);
      expect(loaded.rows, `seed ${seed}`).toBe(1);
      expect(loaded.entries, `seed ${seed}`).toBe(expected.length);
      const bytes = Buffer.from(loaded.state!);
      for (const gone of removed) if (!expected.includes(Buffer.from(gone).toString('hex'))) expect(bytes.includes(Buffer.from(gone)), `seed ${seed}`).toBe(false);
    }
  });
});

describe('a SQLite file written before the store kept rows', () => {
  it('is moved into rows when the server opens it, tokens and entries alike', async () => {
    const env = await STORES[0]!.env();
    const doc = new Y.Doc();
    doc.getArray<Uint8Array>('entries').push([new Uint8Array([5, 5, 5]), new Uint8Array([6])]);
    doc.getArray<Uint8Array>('entries').delete(0, 1);
    const old = new DatabaseSync(join(env.DATA_DIR!, SQLITE_FILE));
    old.exec(`
      CREATE TABLE documents (name TEXT PRIMARY KEY, state BLOB NOT NULL, updated_at TEXT NOT NULL, state_vector BLOB, writer TEXT);
      CREATE TABLE tokens (name TEXT PRIMARY KEY, hash TEXT NOT NULL, created_at TEXT NOT NULL);
    `);
    old.prepare('INSERT INTO documents (name, state, updated_at) VALUES (?, ?, ?)').run('room', Y.encodeStateAsUpdate(doc), '2025-01-01');
    old.prepare('INSERT INTO tokens VALUES (?, ?, ?)').run('room', 'hash-a', '2025-01-01');
    old.prepare('INSERT INTO tokens VALUES (?, ?, ?)').run('gone', RETIRED, '2025-01-01');
    old.close();

    const store = await openBackend(`sqlite:${env.DATA_DIR}`);
    opened.push(store);
    expect(await claim(store, 'room', 'hash-a')).toBe('ok');
    expect(await claim(store, 'room', 'hash-b')).toBe('wrong-token');
    expect(await claim(store, 'gone', 'hash-a')).toBe('retired');
    const loaded = await store.load('room');
    expect(entriesOf(loaded.state)).toEqual([6]);
    expect(loaded.entries).toBe(1);
    const tables = await STORES[0]!.query<{ name: string }>(env, "SELECT name FROM sqlite_master WHERE type = 'table'");
    expect(tables.map((t) => t.name)).not.toContain('documents');
  });
});
