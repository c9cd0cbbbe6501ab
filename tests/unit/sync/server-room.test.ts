import { Document } from '@hocuspocus/server';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Room, type RoomEvents, type StopReason } from '../../../server/rooms';
import { openBackend } from '../../../server/store/open-backend';
import type { SyncStore } from '../../../server/store/store';
import { STORES } from './server-stores';

/**
 * One room as a server process holds it, over a real store: once the store refuses a change
 * (the project is at its ceiling, filled through another node), the doc in memory holds bytes
 * the store never took. Nothing after that may be stored or confirmed from that doc.
 */

const opened: SyncStore[] = [];
afterEach(async () => {
  for (const store of opened.splice(0)) await store.close();
});

function change(client: number, bytes: number): Uint8Array {
  const doc = new Y.Doc();
  doc.clientID = client;
  doc.getArray<Uint8Array>('entries').push([new Uint8Array(bytes).fill(client)]);
  return Y.encodeStateAsUpdate(doc);
}

describe.each(STORES)('a room over the store in $name', { timeout: 120_000 }, (under) => {
  it('confirms nothing the store refused, not even alongside a later change that fits', async () => {
    const env = await under.env();
    const store = await openBackend(env.DATABASE_URL ?? `sqlite:${env.DATA_DIR}`);
    opened.push(store);
    expect(await store.claim({ room: 'room', tokenHash: 'h', address: '192.0.2.1', roomsPerDay: 0, maxTotalBytes: 0 })).toBe('ok');

    const confirmed = new Map<number, number>();
    const stops: StopReason[] = [];
    const events: RoomEvents = {
      stored(room, writers) {
        for (const w of writers) confirmed.set(w, room.committed.get(w)!);
      },
      close(_room, reason) {
        stops.push(reason);
      },
      log() {},
    };
    const doc = new Document('room');
    const room = new Room('room', doc, store, null, events, { bytes: 4096, entries: 100 });
    await room.load();

    Y.applyUpdate(doc, change(1, 100));
    await room.drained();
    expect(confirmed.get(1)).toBe(1);

    // Past the ceiling: refused, and the room lets its devices go.
    Y.applyUpdate(doc, change(2, 8000));
    await room.drained();
    expect(stops).toEqual(['full']);
    expect(room.stopped).toBe('full');

    // A small change from a third device reaches the doc before Hocuspocus unloads it.
    Y.applyUpdate(doc, change(3, 10));
    await room.drained();
    expect(confirmed.has(2)).toBe(false);
    expect(confirmed.has(3)).toBe(false);
    expect(room.committed.has(2)).toBe(false);

    // The store holds exactly what was confirmed.
    const loaded = await store.load('room');
    const fresh = new Y.Doc();
    Y.applyUpdate(fresh, loaded.state!);
    expect(fresh.getArray<Uint8Array>('entries').toArray().map((e) => e[0])).toEqual([1]);
    await room.close();
    doc.destroy();
  });
});
