import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { Server } from '@hocuspocus/server';
import * as Y from 'yjs';
import { markAttendance } from '../src/core/commands/attendance';
import { initialiseProject } from '../src/core/commands/project';
import { insertRecord, readRecord, updateRecord } from '../src/core/commands/records';
import { createProjectDoc } from '../src/core/doc/project-doc';
import { generateReferenceProject } from '../src/core/reference/generate';
import { LARGE } from '../src/core/reference/sizes';
import { meetingType } from '../src/core/domain/meeting';
import { personType, STATUSES } from '../src/core/domain/person';
import { seededRandom } from '../src/core/reference/random';
import { deriveProjectKeys, newSecret, sealUpdate } from '../src/core/sync/crypto';
import { SYNC_ORIGIN } from '../src/core/sync/envelope';
import { connectSocket } from '../src/core/sync/project-sync';
import { runsWaitingIn } from '../src/core/sync/waiting-runs';
import { gappedUpdate } from '../tests/unit/sync/hostile-client';
import { SimRelay } from '../tests/unit/sync/sim';
import { capturingWebSocket, nodeDevice as testDevice, startServerProcess, type Frame, type NodeDevice, type ServerProcess } from '../tests/unit/sync/server-harness';
import { percentile, round, type Benchmark } from './context';

/**
 * Sync figures, with Node clients against the real server process on loopback:
 * - three devices each make 1,000 edits offline, then reconnect: time until all three hold
 *   the same project (target ≤ 2 s), and until the server has confirmed storing it all;
 * - 500 connected clients over 100 projects: how long an edit takes to reach the other
 *   devices of its project (p50/p99, target p99 ≤ 50 ms) and the server's memory;
 * - bytes on the wire for the same edits, encrypted envelope vs plain Hocuspocus (target ≤ 1.3×);
 * - one isolated edit (after a quiet spell) sent through sync, against the raw Yjs update it
 *   comes from: the entry that goes in the envelope, and every byte the device sends for it
 *   (target ≤ 1.3×);
 * - the large reference project (about 9.5 MiB of Yjs update): how long sharing it from
 *   scratch takes (until the server has confirmed storing it) and joining it from a second
 *   device (until that device holds all of it);
 * - a crafted entry of 200,000 separate changes that cannot be placed (a writer's clocks far
 *   ahead, a gap before each): main-thread time for two devices to take it in, then for each
 *   later edit to reach the other device, and the runs the receiving doc keeps aside.
 */

/** A device as in the app: asks the server what it has stored every 20 s. */
const nodeDevice = (url: string, projectId: string, secret: string, doc?: Y.Doc) => testDevice(url, projectId, secret, doc, { keepAliveMs: 20_000 });

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

function rssBytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb * 1024;
}

function sameState(docs: Y.Doc[]): boolean {
  const first = Y.encodeStateVector(docs[0]!);
  return docs.every((d) => Buffer.compare(Buffer.from(Y.encodeStateVector(d)), Buffer.from(first)) === 0);
}

async function until(check: () => boolean, timeoutMs: number): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (check()) return true;
    await pause(2);
  }
  return false;
}

function seedProject(doc: Y.Doc) {
  initialiseProject(doc, { name: 'Bench project' });
  for (let i = 0; i < 20; i++) insertRecord(doc, personType, { id: `p${i}`, name: `Member ${i}`, role: 'carer', status: 'active' });
  for (let i = 0; i < 5; i++) insertRecord(doc, meetingType, { id: `m${i}`, title: `Meeting ${i}`, date: `2026-03-0${i + 1}`, startTime: '10:00', endTime: '12:00' });
}

/** One offline edit: a member's details, a new member, or a mark. */
function randomEdit(doc: Y.Doc, device: number, i: number, random: ReturnType<typeof seededRandom>) {
  const roll = random.next();
  if (roll < 0.5) updateRecord(doc, personType, `p${random.int(0, 19)}`, random.chance(0.5) ? { status: random.pick(STATUSES) } : { organisation: `Org ${device}-${i}` });
  else if (roll < 0.7) insertRecord(doc, personType, { id: `d${device}-${i}`, name: `New member ${device}-${i}`, role: 'other', status: 'interested' });
  else markAttendance(doc, `m${random.int(0, 4)}`, `p${random.int(0, 19)}`, random.pick(['present', 'apologies', 'absent'] as const));
}

async function offlineConvergence(server: ServerProcess) {
  const secret = newSecret();
  const devices: NodeDevice[] = [];
  const first = createProjectDoc('p-bench-converge');
  seedProject(first);
  devices.push(await nodeDevice(server.wsUrl, 'p-bench-converge', secret, first));
  await devices[0]!.sync.whenConfirmed();
  for (let i = 1; i < 3; i++) devices.push(await nodeDevice(server.wsUrl, 'p-bench-converge', secret));
  await until(() => sameState(devices.map((d) => d.doc)), 10_000);
  for (const d of devices) d.websocket.disconnect();
  await pause(200);
  const random = seededRandom(7);
  devices.forEach((d, n) => {
    for (let i = 0; i < 1000; i++) randomEdit(d.doc, n, i, random);
  });
  const started = performance.now();
  for (const d of devices) connectSocket(d.websocket);
  const converged = await until(() => sameState(devices.map((d) => d.doc)), 30_000);
  const convergeMs = performance.now() - started;
  await Promise.all(devices.map((d) => d.sync.whenConfirmed(30_000)));
  const confirmedMs = performance.now() - started;
  for (const d of devices) d.destroy();
  return { converged, convergeMs: round(convergeMs), confirmedMs: round(confirmedMs) };
}

async function manyClients(server: ServerProcess) {
  const rssIdle = rssBytes(server.pid);
  const projects: NodeDevice[][] = [];
  for (let p = 0; p < 100; p++) {
    const secret = newSecret();
    const projectId = `p-bench-many-${p}`;
    const seed = createProjectDoc(projectId);
    seedProject(seed);
    const group = [await nodeDevice(server.wsUrl, projectId, secret, seed)];
    for (let i = 1; i < 5; i++) group.push(await nodeDevice(server.wsUrl, projectId, secret));
    projects.push(group);
  }
  const all = projects.flat();
  const live = await until(() => all.every((d) => d.sync.state.phase === 'live'), 60_000);
  await until(() => projects.every((g) => sameState(g.map((d) => d.doc))), 60_000);
  const rssConnected = rssBytes(server.pid);

  const latencies: number[] = [];
  const random = seededRandom(11);
  const samples = 400;
  const waits: Promise<void>[] = [];
  for (let s = 0; s < samples; s++) {
    const group = projects[random.int(0, projects.length - 1)]!;
    const writer = random.int(0, group.length - 1);
    const started = performance.now();
    for (const [i, d] of group.entries()) {
      if (i === writer) continue;
      waits.push(
        new Promise<void>((resolve) => {
          const onUpdate = (_u: Uint8Array, origin: unknown) => {
            if (origin !== SYNC_ORIGIN) return;
            d.doc.off('update', onUpdate);
            latencies.push(performance.now() - started);
            resolve();
          };
          d.doc.on('update', onUpdate);
        }),
      );
    }
    updateRecord(group[writer]!.doc, personType, `p${random.int(0, 19)}`, { organisation: `Sample ${s}` });
    await pause(10); // about 100 edits a second across the server
  }
  await Promise.race([Promise.all(waits), pause(30_000)]);
  const rssAfter = rssBytes(server.pid);
  for (const d of all) d.destroy();
  return {
    clients: all.length,
    allLive: live,
    relayP50Ms: round(percentile(latencies, 50)),
    relayP99Ms: round(percentile(latencies, 99)),
    relaySamples: latencies.length,
    serverRssIdleMb: round(rssIdle / 1024 / 1024),
    serverRss500ClientsMb: round(rssConnected / 1024 / 1024),
    serverRssAfterEditsMb: round(rssAfter / 1024 / 1024),
  };
}

async function largeProject(server: ServerProcess) {
  const doc = createProjectDoc('p-bench-large');
  generateReferenceProject(doc, { size: LARGE });
  const projectBytes = Y.encodeStateAsUpdate(doc).length;
  const secret = newSecret();
  const sharing = performance.now();
  const a = await nodeDevice(server.wsUrl, 'p-bench-large', secret, doc);
  const shared = await a.sync.whenConfirmed(300_000);
  const shareMs = performance.now() - sharing;
  const entries = a.sync.envelope.getArray<Uint8Array>('entries').toArray();
  const joining = performance.now();
  const b = await nodeDevice(server.wsUrl, 'p-bench-large', secret);
  const joined = await until(() => b.doc.store.clients.size > 0 && sameState([a.doc, b.doc]), 300_000);
  await b.sync.envelopeSync.whenIdle();
  const joinMs = performance.now() - joining;
  a.destroy();
  b.destroy();
  return {
    largeProjectBytes: projectBytes,
    largeEnvelopeBytes: entries.reduce((n, e) => n + e.length, 0),
    largeEnvelopeEntries: entries.length,
    largeShared: shared,
    largeShareMs: round(shareMs),
    largeJoined: joined,
    largeJoinMs: round(joinMs),
  };
}

/** Isolated edits one at a time: the raw Yjs update, the encrypted entry, and what the device sends. */
async function isolatedEditSizes(server: ServerProcess) {
  const seed = createProjectDoc('p-bench-isolated');
  seedProject(seed);
  const device = await nodeDevice(server.wsUrl, 'p-bench-isolated', newSecret(), seed);
  await device.sync.whenConfirmed();
  const entries = device.sync.envelope.getArray<Uint8Array>('entries');
  let raw = 0;
  const onUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin !== SYNC_ORIGIN) raw += update.length;
  };
  device.doc.on('update', onUpdate);
  const random = seededRandom(5);
  const ratios: number[] = [];
  let rawTotal = 0;
  let entryTotal = 0;
  let sentTotal = 0;
  for (let i = 0; ratios.length < 60; i++) {
    await pause(100); // a quiet spell: the edit goes on its own
    raw = 0;
    const before = new Set(entries.toArray());
    const framesBefore = device.frames.length;
    randomEdit(device.doc, 0, i, random);
    await device.sync.whenConfirmed();
    if (raw === 0) continue; // a value set to what it was already: nothing to send
    const entryBytes = entries.toArray().reduce((n, e) => n + (before.has(e) ? 0 : e.length), 0);
    const sentBytes = frameBytes(device.frames.slice(framesBefore).filter((f) => f.sent));
    rawTotal += raw;
    entryTotal += entryBytes;
    sentTotal += sentBytes;
    ratios.push(sentBytes / raw);
  }
  device.doc.off('update', onUpdate);
  device.destroy();
  const edits = ratios.length;
  return {
    isolatedEditRawBytes: round(rawTotal / edits),
    isolatedEditEntryBytes: round(entryTotal / edits),
    isolatedEditSentBytes: round(sentTotal / edits),
    isolatedEditEntryRatio: round(entryTotal / rawTotal, 2),
    isolatedEditSentRatio: round(sentTotal / rawTotal, 2),
    isolatedEditSentRatioP50: round(percentile(ratios, 50), 2),
    isolatedEditSentRatioP90: round(percentile(ratios, 90), 2),
  };
}

const frameBytes = (frames: Frame[]) => frames.reduce((n, f) => n + f.data.byteLength, 0);

/** The same edits through plain Hocuspocus (the real doc in the clear) and through the envelope. */
async function wireBytes(server: ServerProcess) {
  const plainServer = new Server({ port: 0, address: '127.0.0.1', quiet: true, stopOnSignals: false });
  await plainServer.listen();
  const plainUrl = `ws://127.0.0.1:${plainServer.address.port}`;

  async function plainPair() {
    const frames: Frame[] = [];
    const make = () => {
      const doc = createProjectDoc('p-bench-wire');
      const websocket = new HocuspocusProviderWebsocket({ url: plainUrl, WebSocketPolyfill: capturingWebSocket(frames) });
      const provider = new HocuspocusProvider({ websocketProvider: websocket, name: 'p-bench-wire-plain', document: doc, awareness: null, token: 'x' });
      provider.attach();
      return { doc, websocket, provider };
    };
    const a = make();
    const b = make();
    return { a, b, frames, destroy: () => [a, b].forEach((d) => (d.provider.destroy(), d.websocket.destroy())) };
  }

  async function run(kind: 'burst' | 'isolated' | 'offline') {
    // Encrypted
    const secret = newSecret();
    const seed = createProjectDoc('p-bench-wire');
    seedProject(seed);
    const ea = await nodeDevice(server.wsUrl, 'p-bench-wire', secret, seed);
    await ea.sync.whenConfirmed();
    const eb = await nodeDevice(server.wsUrl, 'p-bench-wire', secret);
    await until(() => sameState([ea.doc, eb.doc]), 10_000);
    // Plain
    const plain = await plainPair();
    Y.applyUpdate(plain.a.doc, Y.encodeStateAsUpdate(seed));
    await until(() => sameState([plain.a.doc, plain.b.doc]), 10_000);
    await pause(1500);
    const encryptedStart = frameBytes([...ea.frames, ...eb.frames]);
    const plainStart = frameBytes(plain.frames);

    const random = seededRandom(3);
    const random2 = seededRandom(3);
    if (kind === 'offline') {
      ea.websocket.disconnect();
      plain.a.websocket.disconnect();
      await pause(200);
    }
    // A burst: 300 edits 5 ms apart. Isolated: 30 edits, each after a quiet spell (a person at work).
    const edits = kind === 'isolated' ? 30 : 300;
    for (let i = 0; i < edits; i++) {
      randomEdit(ea.doc, 0, i, random);
      randomEdit(plain.a.doc, 0, i, random2);
      if (kind === 'burst') await pause(5);
      if (kind === 'isolated') await pause(300);
    }
    if (kind === 'offline') {
      connectSocket(ea.websocket);
      connectSocket(plain.a.websocket);
    }
    await until(() => sameState([ea.doc, eb.doc]) && sameState([plain.a.doc, plain.b.doc]), 30_000);
    await ea.sync.whenConfirmed();
    await pause(1500);
    const encrypted = frameBytes([...ea.frames, ...eb.frames]) - encryptedStart;
    const plainBytes = frameBytes(plain.frames) - plainStart;
    ea.destroy();
    eb.destroy();
    plain.destroy();
    return { encrypted, plain: plainBytes, ratio: round(encrypted / plainBytes, 2) };
  }

  const burst = await run('burst');
  const isolated = await run('isolated');
  const offline = await run('offline');
  await plainServer.destroy();
  return {
    burstEditsEncryptedBytes: burst.encrypted,
    burstEditsPlainBytes: burst.plain,
    burstEditsRatio: burst.ratio,
    isolatedEditsEncryptedBytes: isolated.encrypted,
    isolatedEditsPlainBytes: isolated.plain,
    isolatedEditsRatio: isolated.ratio,
    isolatedEditOverheadBytes: Math.round((isolated.encrypted - isolated.plain) / 30),
    offlineBatchEncryptedBytes: offline.encrypted,
    offlineBatchPlainBytes: offline.plain,
    offlineBatchRatio: offline.ratio,
  };
}

/** Two devices over the in-memory relay (no network: main-thread time only), then a hostile entry. */
export async function craftedEntry() {
  const keys = await deriveProjectKeys('p-bench-crafted', newSecret());
  const relay = new SimRelay();
  const a = relay.addDevice(createProjectDoc('p-bench-crafted'), keys);
  const b = relay.addDevice(createProjectDoc('p-bench-crafted'), keys);
  initialiseProject(a.real, { name: 'Riverside Carers' });
  for (let i = 0; i < 20; i++) insertRecord(a.real, personType, { id: `m${i}`, name: `Member ${i}`, role: 'carer', status: 'active' });
  await relay.settle();
  const crafted = gappedUpdate(a.real.clientID, 1_000_000, 200_000);
  const entry = await sealUpdate(keys, new Uint8Array([1, ...crafted]));
  let started = performance.now();
  relay.server.getArray<Uint8Array>('entries').push([entry]);
  await relay.settle();
  const applyMs = performance.now() - started;
  const later: number[] = [];
  for (let i = 0; i < 5; i++) {
    started = performance.now();
    insertRecord(a.real, personType, { id: `after-${i}`, name: `After ${i}`, role: 'carer', status: 'active' });
    await relay.settle();
    later.push(performance.now() - started);
  }
  return {
    craftedEntryTwoDevicesApplyMs: round(applyMs),
    craftedEntryLaterEditP50Ms: round(percentile(later, 50)),
    craftedEntryWaitingRuns: runsWaitingIn(b.real),
    craftedEntryLaterEditsArrived: readRecord(b.real, personType, 'after-4') !== undefined,
  };
}

const bench: Benchmark = async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'cg-bench-sync-'));
  const server = await startServerProcess({ DATA_DIR: dataDir, CONNECTIONS_PER_MINUTE: '0', ROOMS_PER_ADDRESS_PER_DAY: '0' });
  try {
    const converge = await offlineConvergence(server);
    const wire = await wireBytes(server);
    const isolated = await isolatedEditSizes(server);
    const large = await largeProject(server);
    const many = await manyClients(server);
    const crafted = await craftedEntry();
    return {
      ...crafted,
      offline3x1000ConvergedMs: converge.convergeMs,
      offline3x1000StoredMs: converge.confirmedMs,
      offline3x1000Converged: converge.converged,
      ...many,
      ...wire,
      ...isolated,
      ...large,
    };
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
};

export default bench;
