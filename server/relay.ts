import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import * as Y from 'yjs';

/**
 * Passes what one server process stored to the others (REDIS_URL), so devices connected to
 * different processes see each other's changes at once. Only what is already committed to
 * the store is relayed: a process that takes a change from another one never has to store
 * it, and never confirms anything it could lose. Large changes go by reference (the other
 * processes read the rows from the store), so no Redis message is larger than INLINE_BYTES.
 */

export type RelayMessage =
  /** Rows were stored; here is their update. */
  | { kind: 'update'; update: Uint8Array; bytes: number; entries: number }
  /** Rows from `seq` on were stored; read them from the store. */
  | { kind: 'stored'; seq: number; bytes: number; entries: number }
  /** The room was closed by a sharing reset. */
  | { kind: 'retired' }
  /** A process lost Redis for a while: read the room again from the store. */
  | { kind: 'reload' };

const INLINE_BYTES = 256 * 1024;
const KIND = { update: 1, stored: 2, retired: 3, reload: 4 } as const;
const ID_BYTES = 16;
const HEAD = 1 + ID_BYTES;

/** What one append stored. */
export interface StoredRows {
  /** The updates appended, or null when some were handed to the store's thread (their bytes are gone from here). */
  updates: Uint8Array[] | null;
  /** Their size in bytes, counted before they were handed over. */
  size: number;
  /** The sequence number of the first row. */
  firstSeq: number;
}

export interface Relay {
  subscribe(room: string, listener: (message: RelayMessage) => void): Promise<void>;
  /** Stops `listener` (if it is still the room's) from hearing about the room. */
  unsubscribe(room: string, listener: (message: RelayMessage) => void): Promise<void>;
  /** Tells the other processes that rows were stored, and the room's usage after them. */
  stored(room: string, rows: StoredRows, usage: { bytes: number; entries: number }): void;
  retired(room: string): void;
  /** Called after Redis was lost and is back: anything relayed meanwhile was missed. */
  onReconnect(listener: () => void): void;
  close(): Promise<void>;
}

export function encodeRelayMessage(from: Uint8Array, message: RelayMessage): Buffer {
  const numbers = message.kind === 'update' ? [message.bytes, message.entries] : message.kind === 'stored' ? [message.seq, message.bytes, message.entries] : [];
  const body = message.kind === 'update' ? message.update : new Uint8Array(0);
  const out = Buffer.allocUnsafe(HEAD + numbers.length * 8 + body.byteLength);
  out[0] = KIND[message.kind];
  out.set(from, 1);
  numbers.forEach((n, i) => out.writeDoubleBE(n, HEAD + i * 8));
  out.set(body, HEAD + numbers.length * 8);
  return out;
}

export function decodeRelayMessage(data: Buffer): { from: Buffer; message: RelayMessage } | null {
  if (data.length < HEAD) return null;
  const from = data.subarray(1, HEAD);
  const number = (i: number) => data.readDoubleBE(HEAD + i * 8);
  switch (data[0]) {
    case KIND.update: {
      const body = data.subarray(HEAD + 16);
      return { from, message: { kind: 'update', bytes: number(0), entries: number(1), update: new Uint8Array(body.buffer, body.byteOffset, body.byteLength) } };
    }
    case KIND.stored:
      return { from, message: { kind: 'stored', seq: number(0), bytes: number(1), entries: number(2) } };
    case KIND.retired:
      return { from, message: { kind: 'retired' } };
    case KIND.reload:
      return { from, message: { kind: 'reload' } };
    default:
      return null;
  }
}

export class RedisRelay implements Relay {
  private readonly id = randomBytes(ID_BYTES);
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private readonly listeners = new Map<string, (message: RelayMessage) => void>();
  private readonly reconnectListeners: Array<() => void> = [];
  private lost = false;

  constructor(
    url: string,
    private readonly prefix = 'common-ground',
    private readonly log: (...args: unknown[]) => void = () => undefined,
  ) {
    const options = { maxRetriesPerRequest: null, enableOfflineQueue: true, lazyConnect: false };
    this.publisher = new Redis(url, options);
    this.subscriber = new Redis(url, options);
    for (const client of [this.publisher, this.subscriber]) {
      client.on('error', (error: Error) => this.log(`Redis: ${error.message}`));
      client.on('close', () => (this.lost = true));
      client.on('ready', () => {
        if (!this.lost) return;
        this.lost = false;
        this.log('Redis is back: reading open projects again from the store');
        for (const listener of this.reconnectListeners) listener();
        for (const room of this.listeners.keys()) void this.publish(room, { kind: 'reload' });
      });
    }
    this.subscriber.on('messageBuffer', (channel: Buffer, data: Buffer) => {
      const listener = this.listeners.get(channel.toString().slice(this.prefix.length + 6));
      const decoded = decodeRelayMessage(data);
      if (!listener || !decoded || decoded.from.equals(this.id)) return;
      try {
        listener(decoded.message);
      } catch (error) {
        this.log(`could not take a relayed change: ${(error as Error).message}`);
      }
    });
  }

  private channel(room: string) {
    return `${this.prefix}:room:${room}`;
  }

  async subscribe(room: string, listener: (message: RelayMessage) => void): Promise<void> {
    this.listeners.set(room, listener);
    await this.subscriber.subscribe(this.channel(room));
  }

  async unsubscribe(room: string, listener: (message: RelayMessage) => void): Promise<void> {
    if (this.listeners.get(room) !== listener) return;
    this.listeners.delete(room);
    await this.subscriber.unsubscribe(this.channel(room));
  }

  stored(room: string, rows: StoredRows, { bytes, entries }: { bytes: number; entries: number }): void {
    const { updates } = rows;
    if (rows.size > INLINE_BYTES || !updates) return void this.publish(room, { kind: 'stored', seq: rows.firstSeq, bytes, entries });
    void this.publish(room, { kind: 'update', update: updates.length === 1 ? updates[0]! : Y.mergeUpdates(updates), bytes, entries });
  }

  retired(room: string): void {
    void this.publish(room, { kind: 'retired' });
  }

  onReconnect(listener: () => void): void {
    this.reconnectListeners.push(listener);
  }

  private async publish(room: string, message: RelayMessage) {
    try {
      await this.publisher.publish(this.channel(room), encodeRelayMessage(this.id, message));
    } catch (error) {
      this.log(`could not relay a change of ${room}: ${(error as Error).message}`);
    }
  }

  async close(): Promise<void> {
    this.publisher.disconnect();
    this.subscriber.disconnect();
  }
}
