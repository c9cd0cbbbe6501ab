import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { insertRecord } from '../src/core/commands/records';
import { personType } from '../src/core/domain/person';
import { deriveProjectKeys, newSecret } from '../src/core/sync/crypto';
import { parseServerNote, decodeStateVectorNote, MAX_ENTRY_BYTES, DEFAULT_MAX_MESSAGE_BYTES } from '../src/core/sync/protocol';
import { attack, authMessage, madeUpRoom, updateMessage, type Attacker } from '../tests/unit/sync/server-attacker';
import { nodeDevice, startServerProcess, type ServerProcess } from '../tests/unit/sync/server-harness';
import { startPostgres, startRedis } from '../tests/unit/sync/server-services';
import { percentile, round, type Benchmark } from './context';

/**
 * Sync servers at scale, loopback only, each figure for three nodes on one PostgreSQL and one
 * Redis, and for one node on SQLite, in the same run:
 * - 1,500 clients over 300 projects (five per project, spread over the nodes): how long an
 *   edit takes to reach the other devices of its project (p50/p99) and each node's memory;
 * - a burst of 200 edits from one facilitator's device: time until the server confirms it stored them all;
 * - a legitimate edit's round trip (to the server and back, "stored") while a hostile client
 *   from another address pushes the largest message the server takes, again and again, as
 *   fast as the server lets it (target p99 ≤ 100 ms).
 * Clients here speak the envelope protocol directly (entries of random bytes the size of an
 * encrypted edit), so the bench process can hold 1,500 of them.
 */

const CLIENTS_PER_PROJECT = 5;
const PROJECTS = 300;
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

function rssMb(pid: number): number {
  return round(Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024);
}

/** One device's envelope on its own WebSocket: pushes entries, notes when others' arrive. */
class EnvelopeClient {
  readonly doc = new Y.Doc();
  readonly entries = this.doc.getArray<Uint8Array>('entries');
  readonly websocket: HocuspocusProviderWebsocket;
  readonly provider: HocuspocusProvider;
  synced = false;
  stored = new Map<number, number>();
  private storedWaiters: Array<() => void> = [];

  constructor(url: string, room: string, token: string, onEntry: (entry: Uint8Array, client: EnvelopeClient) => void) {
    this.websocket = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: WebSocket, delay: 500, minDelay: 200, maxDelay: 5000 });
    this.provider = new HocuspocusProvider({ websocketProvider: this.websocket, name: room, document: this.doc, token, awareness: null });
    this.provider.on('synced', () => (this.synced = true));
    this.provider.on('stateless', ({ payload }: { payload: string }) => {
      const note = parseServerNote(payload);
      const sv = note?.type === 'stored' ? decodeStateVectorNote(note) : null;
      if (!sv) return;
      this.stored = sv;
      for (const w of this.storedWaiters.splice(0)) w();
    });
    this.entries.observe((event) => {
      if (event.transaction.local) return;
      for (const item of event.changes.added) for (const entry of item.content.getContent() as Uint8Array[]) onEntry(entry, this);
    });
    this.provider.attach();
  }

  push(entry: Uint8Array) {
    this.entries.push([entry]);
  }

  /** Resolves when the server says it has stored everything this client wrote. */
  async whenStored(timeoutMs = 30_000): Promise<boolean> {
    const until = Date.now() + timeoutMs;
    const mine = () => Y.decodeStateVector(Y.encodeStateVector(this.doc)).get(this.doc.clientID) ?? 0;
    while (Date.now() < until) {
      if ((this.stored.get(this.doc.clientID) ?? 0) >= mine()) return true;
      this.provider.sendStateless(JSON.stringify({ type: 'stored?', clients: [this.doc.clientID] }));
      await new Promise<void>((resolve) => {
        this.storedWaiters.push(resolve);
        setTimeout(resolve, 200);
      });
    }
    return false;
  }

  destroy() {
    this.provider.destroy();
    this.websocket.destroy();
  }
}

/** An entry the size of an encrypted edit, starting with a sample number. */
function entry(sample: number): Uint8Array {
  const bytes = new Uint8Array(180);
  crypto.getRandomValues(bytes);
  new DataView(bytes.buffer).setUint32(0, sample);
  return bytes;
}

async function manyClients(nodes: ServerProcess[]) {
  const sent = new Map<number, number>();
  const latencies: number[] = [];
  const onEntry = (bytes: Uint8Array) => {
    const started = sent.get(new DataView(bytes.buffer, bytes.byteOffset).getUint32(0));
    if (started !== undefined) latencies.push(performance.now() - started);
  };
  const idle = nodes.map((n) => rssMb(n.pid));
  const projects: EnvelopeClient[][] = [];
  for (let p = 0; p < PROJECTS; p += 20) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(20, PROJECTS - p) }, async (_, i) => {
        const keys = await deriveProjectKeys(`p-scale-${p + i}`, newSecret());
        return Array.from({ length: CLIENTS_PER_PROJECT }, (_, c) => new EnvelopeClient(nodes[(p + i + c) % nodes.length]!.wsUrl, keys.room, keys.token, onEntry));
      }),
    );
    projects.push(...batch);
    const clients = batch.flat();
    const until = Date.now() + 60_000;
    while (!clients.every((c) => c.synced) && Date.now() < until) await pause(20);
  }
  const all = projects.flat();
  const allSynced = all.every((c) => c.synced);
  const connected = nodes.map((n) => rssMb(n.pid));

  const samples = 600;
  for (let s = 0; s < samples; s++) {
    const group = projects[(s * 7) % projects.length]!;
    sent.set(s, performance.now());
    group[s % CLIENTS_PER_PROJECT]!.push(entry(s));
    await pause(5); // about 150 edits a second across the nodes
  }
  const expected = samples * (CLIENTS_PER_PROJECT - 1);
  const until = Date.now() + 30_000;
  while (latencies.length < expected && Date.now() < until) await pause(20);
  const after = nodes.map((n) => rssMb(n.pid));
  for (const c of all) c.destroy();
  return {
    clients: all.length,
    allSynced,
    relayP50Ms: round(percentile(latencies, 50)),
    relayP99Ms: round(percentile(latencies, 99)),
    relayDelivered: `${latencies.length}/${expected}`,
    rssIdleMb: idle.join(' / '),
    rss1500ClientsMb: connected.join(' / '),
    rssAfterEditsMb: after.join(' / '),
  };
}

/** A facilitator's device makes 200 edits in a burst: how long until the server has stored them all. */
async function burst(node: ServerProcess) {
  const device = await nodeDevice(node.wsUrl, 'p-scale-burst', newSecret(), undefined, { keepAliveMs: 20_000 });
  await device.sync.whenLive(60_000);
  const started = performance.now();
  for (let i = 0; i < 200; i++) {
    insertRecord(device.doc, personType, { id: `b${i}`, name: `Member ${i}`, role: 'carer', status: 'active' });
    if (i % 20 === 19) await new Promise((r) => setImmediate(r));
  }
  const confirmed = await device.sync.whenConfirmed(60_000);
  const ms = performance.now() - started;
  device.destroy();
  return { burst200StoredMs: confirmed ? round(ms) : null };
}

/**
 * A hostile client pushes the largest message the server takes (one entry filling
 * MAX_MESSAGE_BYTES), waits for the server to take it, and pushes again, moving to a new
 * room whenever one is full; meanwhile a facilitator edits and waits for "stored".
 */
async function underAttack(node: ServerProcess) {
  const keys = await deriveProjectKeys('p-scale-victim', newSecret());
  const legit = new EnvelopeClient(node.wsUrl, keys.room, keys.token, () => undefined);
  while (!legit.synced) await pause(20);

  const roundTrips = async (count: number) => {
    const times: number[] = [];
    for (let i = 0; i < count; i++) {
      const started = performance.now();
      legit.push(entry(i));
      if (await legit.whenStored(10_000)) times.push(performance.now() - started);
      await pause(40);
    }
    return times;
  };
  const quiet = await roundTrips(40);

  const huge = new Uint8Array(DEFAULT_MAX_MESSAGE_BYTES - 64 * 1024);
  for (let i = 0; i < huge.length; i += 65536) crypto.getRandomValues(huge.subarray(i, i + 65536));
  let attacker: Attacker | null = null;
  let room = madeUpRoom();
  let hostileMessages = 0;
  let stop = false;
  const hostile = (async () => {
    let client = 1;
    while (!stop) {
      if (!attacker) {
        attacker = await attack(node.wsUrl, {}, '127.0.0.2'); // another address than the facilitator's
        room = madeUpRoom();
        attacker.send(authMessage(room.room, room.token));
        await attacker.reply((r) => r.document === room.room && r.kind === 'authenticated', 30_000);
      }
      const doc = new Y.Doc();
      doc.clientID = client++;
      doc.getArray<Uint8Array>('entries').push([huge]);
      const before = attacker.replies.length;
      attacker.send(updateMessage(room.room, Y.encodeStateAsUpdate(doc)));
      const until = Date.now() + 30_000;
      while (attacker.replies.length === before && Date.now() < until) await pause(2);
      const last = attacker.replies.at(-1);
      if (last?.kind === 'closed') {
        attacker.close();
        attacker = null;
      } else hostileMessages++;
    }
  })();
  await pause(500);
  const attacked = await roundTrips(150);
  stop = true;
  await hostile;
  (attacker as Attacker | null)?.close();
  legit.destroy();
  return {
    legitEditQuietP50Ms: round(percentile(quiet, 50)),
    legitEditQuietP99Ms: round(percentile(quiet, 99)),
    legitEditUnderAttackP50Ms: round(percentile(attacked, 50)),
    legitEditUnderAttackP99Ms: round(percentile(attacked, 99)),
    legitEditsUnderAttack: attacked.length,
    hostileMessagesTaken: hostileMessages,
    hostileMessageMb: round(huge.length / 1024 / 1024),
  };
}

const prefixed = (prefix: string, figures: Record<string, number | string | boolean | null>) => Object.fromEntries(Object.entries(figures).map(([k, v]) => [`${prefix}${k[0]!.toUpperCase()}${k.slice(1)}`, v]));

const NODE_ENV = { CONNECTIONS_PER_MINUTE: '0', ROOMS_PER_ADDRESS_PER_DAY: '0' };

const bench: Benchmark = async () => {
  const figures: Record<string, number | string | boolean | null> = { entryLimitMb: MAX_ENTRY_BYTES / 1024 / 1024 };
  const [postgres, redis] = await Promise.all([startPostgres(), startRedis()]);
  const nodes: ServerProcess[] = [];
  try {
    const env = { ...NODE_ENV, DATABASE_URL: await postgres.newDatabase(), REDIS_URL: redis.url };
    nodes.push(...(await Promise.all([0, 1, 2].map(() => startServerProcess(env)))));
    Object.assign(figures, prefixed('threeNodes', { ...(await manyClients(nodes)), ...(await burst(nodes[1]!)), ...(await underAttack(nodes[2]!)) }));
  } finally {
    for (const n of nodes) await n.stop();
    await redis.stop();
    await postgres.stop();
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'cg-bench-servers-'));
  const single = await startServerProcess({ ...NODE_ENV, DATA_DIR: dataDir });
  try {
    Object.assign(figures, prefixed('oneSqliteNode', { ...(await manyClients([single])), ...(await burst(single)), ...(await underAttack(single)) }));
  } finally {
    await single.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
  return figures;
};

export default bench;
