import { randomBytes } from 'node:crypto';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';

/**
 * An outsider's client for the sync server, written from the wire protocol up (no
 * Hocuspocus provider, no app code): it sends exactly the bytes it is told to, as fast as
 * it is told to, and records what comes back.
 */

const MESSAGE = { sync: 0, auth: 2, stateless: 5, close: 7, syncStatus: 8 } as const;
const AUTH = { token: 0, denied: 1, authenticated: 2 } as const;
const SYNC = { step1: 0, step2: 1, update: 2 } as const;

export type Reply =
  | { document: string; kind: 'authenticated' }
  | { document: string; kind: 'denied'; reason: string }
  | { document: string; kind: 'closed'; reason: string }
  | { document: string; kind: 'stateless'; payload: string }
  | { document: string; kind: 'sync'; step: number; bytes: number }
  | { document: string; kind: 'other'; type: number };

function parse(data: Uint8Array): Reply | null {
  try {
    const decoder = decoding.createDecoder(data);
    const document = decoding.readVarString(decoder);
    const type = decoding.readVarUint(decoder);
    if (type === MESSAGE.auth) {
      const sub = decoding.readVarUint(decoder);
      if (sub === AUTH.authenticated) return { document, kind: 'authenticated' };
      if (sub === AUTH.denied) return { document, kind: 'denied', reason: decoding.readVarString(decoder) };
    }
    if (type === MESSAGE.close) return { document, kind: 'closed', reason: decoding.readVarString(decoder) };
    if (type === MESSAGE.stateless) return { document, kind: 'stateless', payload: decoding.readVarString(decoder) };
    if (type === MESSAGE.sync || type === 4) {
      const step = decoding.readVarUint(decoder);
      return { document, kind: 'sync', step, bytes: data.byteLength };
    }
    return { document, kind: 'other', type };
  } catch {
    return null;
  }
}

function message(document: string, write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, document);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

export const authMessage = (document: string, token: string) =>
  message(document, (e) => {
    encoding.writeVarUint(e, MESSAGE.auth);
    encoding.writeVarUint(e, AUTH.token);
    encoding.writeVarString(e, token);
  });

export const updateMessage = (document: string, update: Uint8Array) =>
  message(document, (e) => {
    encoding.writeVarUint(e, MESSAGE.sync);
    encoding.writeVarUint(e, SYNC.update);
    encoding.writeVarUint8Array(e, update);
  });

export const syncStep1Message = (document: string, stateVector: Uint8Array = new Uint8Array([0])) =>
  message(document, (e) => {
    encoding.writeVarUint(e, MESSAGE.sync);
    encoding.writeVarUint(e, SYNC.step1);
    encoding.writeVarUint8Array(e, stateVector);
  });

export interface Attacker {
  ws: WebSocket;
  replies: Reply[];
  send(bytes: Uint8Array): void;
  /** Resolves with the first reply (already received or still to come) that passes the test. */
  reply(test: (r: Reply) => boolean, timeoutMs?: number): Promise<Reply>;
  closed: Promise<{ code: number; at: number }>;
  close(): void;
}

/** Connects as a client; `localAddress` (another loopback address, 127.0.0.x) makes it a different client address. */
export function attack(wsUrl: string, headers: Record<string, string> = {}, localAddress?: string): Promise<Attacker> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(wsUrl, { headers, maxPayload: 512 * 1024 * 1024, localAddress });
    const replies: Reply[] = [];
    const waiters = new Set<() => void>();
    const closed = new Promise<{ code: number; at: number }>((done) => ws.once('close', (code) => done({ code, at: Date.now() })));
    ws.on('message', (data: Buffer) => {
      const parsed = parse(new Uint8Array(data));
      if (parsed) replies.push(parsed);
      for (const w of waiters) w();
    });
    ws.once('unexpected-response', (_req, res) => reject(new Error(`sync server answered ${res.statusCode}`)));
    ws.once('error', reject);
    ws.once('open', () =>
      resolve({
        ws,
        replies,
        closed,
        send: (bytes) => ws.send(bytes),
        close: () => ws.terminate(),
        reply: (test, timeoutMs = 15_000) =>
          new Promise((found, fail) => {
            const check = () => {
              const hit = replies.find(test);
              if (!hit) return;
              waiters.delete(check);
              clearTimeout(timer);
              found(hit);
            };
            const timer = setTimeout(() => {
              waiters.delete(check);
              fail(new Error(`no matching reply within ${timeoutMs} ms; got ${JSON.stringify(replies.slice(-5))}`));
            }, timeoutMs);
            waiters.add(check);
            check();
          }),
      }),
    );
  });
}

/** A room name and token of the right shape, made up (no invite needed to claim a room). */
export function madeUpRoom(): { room: string; token: string } {
  return { room: randomBytes(16).toString('base64url'), token: randomBytes(32).toString('base64url') };
}

/**
 * An envelope update of `count` one-byte entries from one writer, written byte by byte
 * (Yjs's update format, version 1) so the attacker need not build a doc of a million items.
 */
export function manyTinyEntries(count: number, client = 424242): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 1); // one writer
  encoding.writeVarUint(e, count);
  encoding.writeVarUint(e, client);
  encoding.writeVarUint(e, 0); // first clock
  for (let clock = 0; clock < count; clock++) {
    if (clock === 0) {
      encoding.writeUint8(e, 3); // binary content, parent named below
      encoding.writeVarUint(e, 1); // parent is a top-level type...
      encoding.writeVarString(e, 'entries'); // ...called "entries"
    } else {
      encoding.writeUint8(e, 3 | 0x80); // binary content, after the previous item
      encoding.writeVarUint(e, client);
      encoding.writeVarUint(e, clock - 1);
    }
    encoding.writeVarUint8Array(e, new Uint8Array([clock & 0xff]));
  }
  encoding.writeVarUint(e, 0); // no deletions
  return encoding.toUint8Array(e);
}
