import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initialiseProject } from '../../../src/core/commands/project';
import { insertRecord, readRecord, updateRecord } from '../../../src/core/commands/records';
import { canonicalJson } from '../../../src/core/doc/project-doc';
import { personType } from '../../../src/core/domain/person';
import { newSecret, sealUpdate } from '../../../src/core/sync/crypto';
import { TOO_MUCH_WAITING } from '../../../src/core/sync/envelope';
import { connectSocket } from '../../../src/core/sync/project-sync';
import { MAX_WAITING_RUNS, runsWaitingIn } from '../../../src/core/sync/waiting-runs';
import { claimingEntry, farDeletionsUpdate, gappedUpdate, hostileClient, manyWritersUpdate, skippingUpdate, type HostileClient } from './hostile-client';
import { eventually, nodeDevice, startServerProcess, type NodeDevice, type ServerProcess } from './server-harness';

/**
 * A hostile collaborator (the project's key and token, a real client of the real server)
 * against the team's devices. THREATS.md: they must not be able to cut a device off while it
 * shows "Up to date", wipe the server copy for good, or freeze every device with one message.
 */

const person = (id: string, name: string) => ({ id, name, role: 'carer' as const, status: 'active' as const });
const withUpdate = (update: Uint8Array) => new Uint8Array([1, ...update]); // an entry's plain text: one whole update

const dirs: string[] = [];
const devices: NodeDevice[] = [];
const hostiles: HostileClient[] = [];
let server: ServerProcess;

async function device(projectId: string, secret: string): Promise<NodeDevice> {
  const d = await nodeDevice(server.wsUrl, projectId, secret);
  devices.push(d);
  return d;
}

async function hostile(d: NodeDevice): Promise<HostileClient> {
  const h = await hostileClient(server.wsUrl, d.keys);
  hostiles.push(h);
  return h;
}

const entriesOf = (d: NodeDevice) => d.sync.envelope.getArray<Uint8Array>('entries');

/** A project on device a with a few members, stored on the server, and device b holding it too. */
async function team(projectId: string) {
  const secret = newSecret();
  const a = await device(projectId, secret);
  initialiseProject(a.doc, { name: 'Riverside Carers' });
  for (let i = 0; i < 5; i++) insertRecord(a.doc, personType, { ...person(`m${i}`, `Member ${i}`), pronouns: 'they/them' });
  expect(await a.sync.whenConfirmed()).toBe(true);
  const b = await device(projectId, secret);
  await eventually(() => readRecord(b.doc, personType, 'm4') !== undefined, 15_000, 'b to receive the project');
  return { secret, a, b };
}

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cg-sync-hostile-'));
  dirs.push(dir);
  server = await startServerProcess({ DATA_DIR: dir });
}, 30_000);

afterAll(async () => {
  for (const h of hostiles) h.destroy();
  for (const d of devices) d.destroy();
  await server?.stop();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('a hostile collaborator, through the real server', { timeout: 150_000 }, () => {
  it('cannot cut a device off by claiming its changes are on the server already', async () => {
    const { secret, a, b } = await team('p-claims');
    const h = await hostile(a);
    const seen = entriesOf(a).length;
    // "This entry carries all of a's changes", said in the list the first format had, and by an update
    // that skips over a's clocks to one change far ahead.
    h.entries.push([await claimingEntry(a.keys, [[a.doc.clientID, 0, 2 ** 31]])]);
    h.entries.push([await sealUpdate(a.keys, withUpdate(skippingUpdate(a.doc.clientID, 2 ** 31)))]);
    await eventually(() => entriesOf(a).length === seen + 2, 15_000, 'a to see the hostile entries');
    await a.sync.envelopeSync.whenIdle();

    a.websocket.disconnect();
    await eventually(() => a.sync.state.phase === 'offline', 10_000, 'a to go offline');
    insertRecord(a.doc, personType, person('offline', 'Made Offline'));
    updateRecord(a.doc, personType, 'm1', { pronouns: undefined });
    connectSocket(a.websocket);
    expect(await a.sync.whenConfirmed()).toBe(true);

    await eventually(() => readRecord(b.doc, personType, 'offline') !== undefined && readRecord(b.doc, personType, 'm1')?.pronouns === undefined, 15_000, 'b to receive a’s offline changes');
    const c = await device('p-claims', secret);
    await eventually(() => readRecord(c.doc, personType, 'offline') !== undefined, 15_000, 'a newcomer to receive them');
    await c.sync.envelopeSync.whenIdle();
    expect(canonicalJson(c.doc)).toBe(canonicalJson(a.doc));
  });

  it('cannot wipe the project from the server for good: the devices that hold it send it again', async () => {
    const { secret, a, b } = await team('p-wipe');
    b.websocket.disconnect();
    await eventually(() => b.sync.state.phase === 'offline', 10_000, 'b to go offline');
    insertRecord(b.doc, personType, person('from-b', 'Written Offline On B'));
    updateRecord(b.doc, personType, 'm2', { pronouns: undefined });

    const h = await hostile(a);
    const first = entriesOf(a).get(0);
    h.entries.delete(0, h.entries.length);
    await eventually(() => !entriesOf(a).toArray().includes(first), 15_000, 'a to see the wipe');

    // a is online: it notices the server copy lost what it holds and sends it again.
    const c = await device('p-wipe', secret);
    await eventually(() => readRecord(c.doc, personType, 'm4') !== undefined, 20_000, 'a newcomer to receive the project after the wipe');
    // b was offline during the wipe; when it comes back, its own changes still reach everyone.
    connectSocket(b.websocket);
    await eventually(() => readRecord(c.doc, personType, 'from-b') !== undefined && readRecord(c.doc, personType, 'm2')?.pronouns === undefined, 20_000, 'b’s offline changes to reach the newcomer');
    expect(await b.sync.whenConfirmed()).toBe(true);
    await eventually(() => canonicalJson(a.doc) === canonicalJson(b.doc) && canonicalJson(c.doc) === canonicalJson(a.doc), 15_000, 'all three to agree');
    const d = await device('p-wipe', secret);
    await eventually(() => canonicalJson(d.doc) === canonicalJson(a.doc), 20_000, 'a second newcomer to hold everything');
  });

  it('cannot freeze the other devices with one crafted entry', async () => {
    const { a, b } = await team('p-freeze');
    const problems: string[] = [];
    b.sync.onState((state) => state.problem && problems.push(state.problem));
    const h = await hostile(a);
    const before = entriesOf(b).length;
    // The order that made the first format's list of claimed changes quadratic to read:
    // every run of one writer but the first, then the first, 100,000 in all.
    const runs: Array<[number, number, number]> = [];
    for (let i = 1; i < 100_000; i++) runs.push([777, i, i + 1]);
    runs.push([777, 0, 1]);
    h.entries.push([await claimingEntry(a.keys, runs)]);
    // An update from 100,000 made-up writers: Yjs's every later change would cost time in proportion.
    h.entries.push([await sealUpdate(a.keys, withUpdate(manyWritersUpdate(100_000)))]);
    // And one of 200,000 separate changes of a's writer far ahead of a, in clock order: what an
    // entry really carries is counted, so this is the run list of the first format in disguise.
    h.entries.push([await sealUpdate(a.keys, withUpdate(gappedUpdate(a.doc.clientID, 1_000_000, 200_000)))]);

    // Once they are on b (a 2.6 MB entry takes a while to travel on a busy machine), b still takes changes.
    await eventually(() => entriesOf(b).length >= before + 3, 60_000, 'the crafted entries to reach b');
    insertRecord(a.doc, personType, person('after', 'After The Attack'));
    await eventually(() => readRecord(b.doc, personType, 'after') !== undefined, 15_000, 'b to keep receiving changes');
    expect(b.doc.store.clients.size).toBeLessThan(10);
    expect(runsWaitingIn(b.doc)).toBe(0);
    expect(problems.join('\n')).toMatch(/far larger than any real change/);
  });

  it('lets no entry leave more than a bounded number of changes waiting on every device', async () => {
    const { a, b } = await team('p-waiting');
    const problems: string[] = [];
    b.sync.onState((state) => state.problem && problems.push(state.problem));
    const h = await hostile(a);
    const before = entriesOf(b).length;
    // Changes of a's writer far ahead of it, each with a gap before the next: none can ever be placed.
    h.entries.push([await sealUpdate(a.keys, withUpdate(gappedUpdate(a.doc.clientID, 1_000_000, 3 * MAX_WAITING_RUNS)))]);
    // Deletions of changes nobody has made.
    h.entries.push([await sealUpdate(a.keys, withUpdate(farDeletionsUpdate(777, 1_000_000, 3 * MAX_WAITING_RUNS)))]);
    // Entries each under the bound, from made-up writers: together they would pass it.
    const share = Math.floor((MAX_WAITING_RUNS * 2) / 5);
    for (let i = 0; i < 3; i++) h.entries.push([await sealUpdate(a.keys, withUpdate(gappedUpdate(900 + i, 1_000_000, share)))]);
    await eventually(() => entriesOf(b).length >= before + 5, 60_000, 'the crafted entries to reach b');

    for (let i = 0; i < 5; i++) insertRecord(a.doc, personType, person(`after-${i}`, `After The Attack ${i}`));
    updateRecord(a.doc, personType, 'm1', { name: 'Renamed After' });
    await eventually(() => readRecord(b.doc, personType, 'after-4') !== undefined && readRecord(b.doc, personType, 'm1')?.name === 'Renamed After', 20_000, 'b to keep receiving changes');
    // What b keeps aside for Yjs to go over with every later change stays within the bound...
    expect(runsWaitingIn(b.doc)).toBeLessThanOrEqual(MAX_WAITING_RUNS);
    expect(runsWaitingIn(a.doc)).toBeLessThanOrEqual(MAX_WAITING_RUNS);
    // ...the entries that would have passed it were left out, and b said so...
    expect(problems).toContain(TOO_MUCH_WAITING);
    // ...and both devices hold the same project.
    await eventually(() => canonicalJson(a.doc) === canonicalJson(b.doc), 15_000, 'a and b to agree');
  });
});
