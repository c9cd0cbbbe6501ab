import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import * as Y from 'yjs';
import type { ProjectKeys } from '../../../src/core/sync/crypto';

/**
 * A hostile collaborator: a real client of the sync server holding the project's key and
 * token (an invited member's device, or a stolen one), writing whatever it likes into the
 * envelope with the plain Hocuspocus protocol.
 */
export interface HostileClient {
  entries: Y.Array<Uint8Array>;
  destroy(): void;
}

export async function hostileClient(wsUrl: string, keys: ProjectKeys): Promise<HostileClient> {
  const envelope = new Y.Doc();
  const websocket = new HocuspocusProviderWebsocket({ url: wsUrl, WebSocketPolyfill: WebSocket, delay: 200, minDelay: 100, maxDelay: 500 });
  const provider = new HocuspocusProvider({ websocketProvider: websocket, name: keys.room, document: envelope, token: keys.token, awareness: null });
  const synced = new Promise((resolve) => provider.on('synced', resolve));
  provider.attach();
  await synced;
  return {
    entries: envelope.getArray<Uint8Array>('entries'),
    destroy() {
      provider.destroy();
      websocket.destroy();
    },
  };
}

/**
 * An entry in the first format (1): the sealing every app version reads, around a list of
 * the changes the entry claims to carry, then a Yjs update. Written here byte for byte, so
 * the attack is the same against any version of the app.
 */
export async function claimingEntry(keys: ProjectKeys, claims: Array<[client: number, from: number, to: number]>, update: Uint8Array = Y.encodeStateAsUpdate(new Y.Doc())): Promise<Uint8Array> {
  const plain = encoding.createEncoder();
  encoding.writeVarUint(plain, claims.length + 1);
  for (const [client, from, to] of claims) {
    encoding.writeVarUint(plain, client);
    encoding.writeVarUint(plain, from);
    encoding.writeVarUint(plain, to - from);
  }
  encoding.writeUint8Array(plain, update);
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const additionalData = new TextEncoder().encode(`common-ground/entry/v1:${keys.projectId}:${keys.room}`);
  const sealed = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData }, keys.key, encoding.toUint8Array(plain)));
  const entry = new Uint8Array(1 + iv.length + sealed.length);
  entry[0] = 1;
  entry.set(iv, 1);
  entry.set(sealed, 1 + iv.length);
  return entry;
}

/**
 * A Yjs update that skips over a writer's clocks up to `to` and then carries one change
 * there: what it holds of that writer is one clock, whatever a reader that looks only at
 * first and last clocks (Y.parseUpdateMeta) would think.
 */
export function skippingUpdate(client: number, to: number): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 1); // one writer
  encoding.writeVarUint(encoder, 2); // two structs
  encoding.writeVarUint(encoder, client);
  encoding.writeVarUint(encoder, 0);
  encoding.writeUint8(encoder, 10); // skip
  encoding.writeVarUint(encoder, to - 1);
  encoding.writeUint8(encoder, 8 | 0b00100000); // a value, under a map key
  encoding.writeVarUint(encoder, 1); // parent by name
  encoding.writeVarString(encoder, 'meta');
  encoding.writeVarString(encoder, 'claimed');
  encoding.writeVarUint(encoder, 1);
  encoding.writeUint8(encoder, 120); // true
  encoding.writeVarUint(encoder, 0); // no deletions
  return encoding.toUint8Array(encoder);
}

/** A Yjs update from `writers` made-up writers, one map value each, listed in descending order. */
export function manyWritersUpdate(writers: number): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, writers);
  for (let client = writers; client >= 1; client--) {
    encoding.writeVarUint(encoder, 1);
    encoding.writeVarUint(encoder, client);
    encoding.writeVarUint(encoder, 0);
    encoding.writeUint8(encoder, 8 | 0b00100000);
    encoding.writeVarUint(encoder, 1);
    encoding.writeVarString(encoder, 'meta');
    encoding.writeVarString(encoder, `w${client}`);
    encoding.writeVarUint(encoder, 1);
    encoding.writeUint8(encoder, 126); // null
  }
  encoding.writeVarUint(encoder, 0);
  return encoding.toUint8Array(encoder);
}

/**
 * A Yjs update with `runs` separate changes of one writer, from clock `from`, each one clock
 * long with a gap of one before the next: earliest first, the order that made counting what
 * an envelope holds quadratic.
 */
export function gappedUpdate(client: number, from: number, runs: number): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 1); // one writer
  encoding.writeVarUint(encoder, 2 * runs - 1);
  encoding.writeVarUint(encoder, client);
  encoding.writeVarUint(encoder, from);
  for (let run = 0; run < runs; run++) {
    if (run > 0) {
      encoding.writeUint8(encoder, 10); // skip
      encoding.writeVarUint(encoder, 1);
    }
    encoding.writeUint8(encoder, 8 | 0b00100000); // a value, under a map key
    encoding.writeVarUint(encoder, 1); // parent by name
    encoding.writeVarString(encoder, 'meta');
    encoding.writeVarString(encoder, 'r');
    encoding.writeVarUint(encoder, 1);
    encoding.writeUint8(encoder, 126); // null
  }
  encoding.writeVarUint(encoder, 0); // no deletions
  return encoding.toUint8Array(encoder);
}

/** A Yjs update that only deletes: `ranges` separate clocks of one writer from `from`, one apart. */
export function farDeletionsUpdate(client: number, from: number, ranges: number): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0); // no changes
  encoding.writeVarUint(encoder, 1); // deletions of one writer
  encoding.writeVarUint(encoder, client);
  encoding.writeVarUint(encoder, ranges);
  for (let range = 0; range < ranges; range++) {
    encoding.writeVarUint(encoder, from + 2 * range);
    encoding.writeVarUint(encoder, 1);
  }
  return encoding.toUint8Array(encoder);
}
