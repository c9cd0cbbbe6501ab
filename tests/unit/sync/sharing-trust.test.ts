import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readProjectMeta, updateProjectDetails } from '../../../src/core/commands/project';
import { insertRecord } from '../../../src/core/commands/records';
import { readRecord } from '../../../src/core/read/records';
import { meetingType } from '../../../src/core/domain/meeting';
import { deriveProjectKeys, newSecret } from '../../../src/core/sync/crypto';
import { ensureThisDevice } from '../../../src/core/sync/device-identity';
import { ENVELOPE_ENTRIES } from '../../../src/core/sync/protocol';
import { checkFetched, INVITER_NOT_IN_PROJECT, LINK_FROM_BEFORE_RESET, madeByRemovedDevice, NOT_FROM_TEAM } from '../../../src/core/sync/join';
import { inviteCode, parseInviteParts, type Invite } from '../../../src/core/sync/invite';
import { refusalMessage } from '../../../src/core/sync/status';
import { prepareReset } from '../../../src/core/sync/sharing-reset';
import { REFUSAL } from '../../../src/core/sync/refusal';
import { openDatabase } from '../../../src/core/db/database';
import { eventually, nodeDevice, startServerProcess, type ServerProcess } from './server-harness';
import { TestDevice } from './sharing-harness';

/*
 * Sharing trust, played through the real sync server on 127.0.0.1 by the people of
 * THREATS.md: an outsider who knows the project id, and a former collaborator left out by a
 * reset. Every device runs the app's own sharing code (SharedProject, the join checks).
 */

let server: ServerProcess;
let dir: string;
const devices: TestDevice[] = [];
let projects = 0;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cg-sharing-'));
  // Every device here shares one address (127.0.0.1) and makes many projects and resets:
  // no daily limit on new projects, nor on connections a minute.
  server = await startServerProcess({ DATA_DIR: dir, ROOMS_PER_ADDRESS_PER_DAY: '0', CONNECTIONS_PER_MINUTE: '0' });
}, 30_000);

afterAll(async () => {
  for (const device of devices) await device.destroy();
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function device(name: string, projectId: string): Promise<TestDevice> {
  const made = await TestDevice.make(name, projectId, server.wsUrl);
  devices.push(made);
  return made;
}

const projectName = (d: TestDevice) => readProjectMeta(d.doc)?.name;
const live = (d: TestDevice) => d.shared?.sync?.state.phase === 'live';

/** A project shared by Asha's tablet, joined by the other devices named, all live. */
async function team(...names: string[]): Promise<TestDevice[]> {
  const projectId = `trust${++projects}`;
  const asha = await device('Asha’s tablet', projectId);
  await asha.startSharing('Riverside Carers');
  await eventually(() => live(asha), 15_000, 'Asha live');
  const link = await asha.invite();
  const others: TestDevice[] = [];
  for (const name of names) {
    const other = await device(name, projectId);
    const joined = await other.use(link);
    expect(joined).toMatchObject({ ok: true, value: { kind: 'joined', inviterName: 'Asha’s tablet' } });
    await eventually(() => live(other), 15_000, `${name} live`);
    others.push(other);
  }
  // Every device's record, with its proof, has reached every other device.
  const all = [asha, ...others];
  await eventually(() => all.every((d) => d.doc.getMap('devices').size === all.length), 15_000, 'every device registered everywhere');
  return all;
}

/** The outsider's own room, opened first so that anything sent to it would be caught. */
async function outsiderListening(projectId: string, secret: string) {
  const outsider = await nodeDevice(server.wsUrl, projectId, secret);
  devices.push({ destroy: async () => outsider.destroy() } as TestDevice);
  expect(await outsider.sync.whenLive(15_000)).toBe(true);
  return { outsider, entries: outsider.sync.envelope.getArray(ENVELOPE_ENTRIES), room: outsider.keys.room };
}

async function outsiderLink(projectId: string, secret: string, tamper: (invite: Invite) => Invite = (i) => i): Promise<Invite> {
  const db = openDatabase(`outsider-${Math.random()}`);
  const me = await ensureThisDevice(db, 'Facilitator’s tablet');
  if (!me.ok) throw new Error(me.message);
  const parsed = await parseInviteParts(projectId, await inviteCode(projectId, secret, me.value));
  if (!parsed.ok) throw new Error(parsed.message);
  return tamper(parsed.value);
}

describe('an outsider who knows the project id', { timeout: 90_000 }, () => {
  it('cannot move a device that has the project: every forged link is refused before any connection, and nothing reaches their room', async () => {
    const [asha, ben] = await team('Ben’s phone');
    const projectId = asha!.projectId;
    const bensKey = await ben!.secret();
    const secret = newSecret();
    const { entries, room } = await outsiderListening(projectId, secret);
    const genuine = await asha!.invite();
    const forgeries: Invite[] = [
      // Their own device, which the project does not list.
      await outsiderLink(projectId, secret),
      // Claiming to be Asha's tablet, signing with their own key.
      await outsiderLink(projectId, secret, (i) => ({ ...i, inviterId: asha!.identity.id })),
      // Asha's real signature, lifted from a genuine link, on their own secret.
      await outsiderLink(projectId, secret, (i) => ({ ...i, inviterId: genuine.inviterId, signature: genuine.signature })),
    ];
    const fetchesBefore = ben!.fetchConnections.length;
    for (const forged of forgeries) {
      expect(await ben!.inspect(forged)).toEqual({ ok: false, message: NOT_FROM_TEAM });
      expect(await ben!.use(forged)).toEqual({ ok: false, message: NOT_FROM_TEAM });
    }
    expect(ben!.fetchConnections.length).toBe(fetchesBefore);
    expect(await ben!.secret()).toBe(bensKey);

    // Ben still works with his real team, and the outsider's room stays empty.
    updateProjectDetails(ben!.doc, { name: 'Riverside Carers Group' });
    await eventually(() => projectName(asha!) === 'Riverside Carers Group', 15_000, 'Ben’s change at Asha');
    expect(await ben!.shared!.sync!.whenConfirmed(15_000)).toBe(true);
    await pause(500);
    expect(entries.length).toBe(0);
    expect(ben!.sentToRoom(room)).toBe(false);
    expect(asha!.sentToRoom(room)).toBe(false);
  });

  it('is refused the same way by a device that stopped syncing the project (it holds no key)', async () => {
    const [asha, ben] = await team('Ben’s phone');
    ben!.shared!.destroy();
    await ben!.db.projectKeys.clear();
    const secret = newSecret();
    const { entries, room } = await outsiderListening(asha!.projectId, secret);
    expect(await ben!.use(await outsiderLink(asha!.projectId, secret))).toEqual({ ok: false, message: NOT_FROM_TEAM });
    // A link from Asha's tablet is still welcome.
    expect(await ben!.inspect(await asha!.invite())).toMatchObject({ ok: true, value: { kind: 'from-team', inviterName: 'Asha’s tablet' } });
    await pause(300);
    expect(entries.length).toBe(0);
    expect(ben!.sentToRoom(room)).toBe(false);
  });
});

describe('resetting sharing', { timeout: 90_000 }, () => {
  it('is followed by the devices kept, without a new link; the device left out is told and gets nothing new', async () => {
    const [asha, ben, cal] = await team('Ben’s phone', 'Cal’s tablet');
    const oldSecret = await asha!.secret();
    const reset = await asha!.shared!.reset([ben!.identity.id]);
    expect(reset).toMatchObject({ ok: true, value: { closedNow: true } });
    const newSecret_ = await asha!.secret();
    expect(newSecret_).not.toBe(oldSecret);

    await eventually(async () => (await ben!.secret()) === newSecret_ && live(ben!), 20_000, 'Ben follows the reset');
    await eventually(() => cal!.shared?.leftOut !== null && cal!.shared?.leftOut !== undefined, 20_000, 'Cal told he was left out');
    expect(cal!.shared!.leftOut).toMatchObject({ byName: 'Asha’s tablet' });
    expect(await cal!.secret()).toBe(oldSecret);

    updateProjectDetails(asha!.doc, { name: 'After the reset' });
    await eventually(() => projectName(ben!) === 'After the reset', 15_000, 'Asha’s change at Ben');
    updateProjectDetails(ben!.doc, { purpose: 'Kept together' });
    await eventually(() => readProjectMeta(asha!.doc)?.purpose === 'Kept together', 15_000, 'Ben’s change at Asha');
    await pause(500);
    expect(projectName(cal!)).toBe('Riverside Carers');

    // The old sharing is closed: its link now fetches nothing.
    const stranger = await device('New tablet', asha!.projectId);
    const oldLink = await asha!.invite(oldSecret);
    expect(await stranger.use(oldLink)).toEqual({ ok: false, message: refusalMessage(REFUSAL.sharingReset) });
    expect(stranger.hasProject).toBe(false);
  });

  it('made while offline, reaches the team once the device that made it is back online', async () => {
    const [asha, ben, cal] = await team('Ben’s phone', 'Cal’s tablet');
    asha!.setOnline(false);
    await eventually(() => !live(asha!), 15_000, 'Asha offline');
    const reset = await asha!.shared!.reset([ben!.identity.id]);
    expect(reset).toMatchObject({ ok: true, value: { closedNow: false } });
    updateProjectDetails(asha!.doc, { name: 'Decided offline' });
    await pause(500);
    expect(await ben!.secret()).not.toBe(await asha!.secret());

    asha!.setOnline(true);
    expect(await asha!.finishResets()).toEqual([{ ok: true, value: undefined }]);
    await eventually(async () => (await ben!.secret()) === (await asha!.secret()), 20_000, 'Ben follows');
    await eventually(() => projectName(ben!) === 'Decided offline', 20_000, 'Asha’s offline change at Ben');
    await eventually(() => !!cal!.shared?.leftOut, 20_000, 'Cal left out');
    expect(projectName(cal!)).toBe('Riverside Carers');
    expect(await asha!.finishResets()).toEqual([]);
  });

  it('leaves a device that was offline turned away, until a link from a kept device (named) brings it over', async () => {
    const [asha, ben, dee] = await team('Ben’s phone', 'Dee’s phone');
    dee!.shared!.destroy();
    const reset = await asha!.shared!.reset([ben!.identity.id, dee!.identity.id]);
    expect(reset.ok).toBe(true);
    await eventually(async () => (await ben!.secret()) === (await asha!.secret()), 20_000, 'Ben follows');
    updateProjectDetails(asha!.doc, { name: 'While Dee was away' });

    await dee!.start();
    await eventually(() => dee!.shared?.sync?.state.phase === 'refused', 20_000, 'Dee turned away');
    expect(dee!.shared!.sync!.state.refusal).toBe(REFUSAL.sharingReset);

    const fromBen = await ben!.invite();
    expect(await dee!.inspect(fromBen)).toEqual({ ok: true, value: { kind: 'from-team', inviterName: 'Ben’s phone', announced: false } });
    expect(await dee!.use(fromBen)).toMatchObject({ ok: true, value: { kind: 'moved', inviterName: 'Ben’s phone' } });
    await eventually(() => projectName(dee!) === 'While Dee was away', 20_000, 'Dee catches up');
    expect(await dee!.secret()).toBe(await asha!.secret());
  });

  it('brings a device back by joining up its own copy with the gate’s cleaned copy of the sharing: its offline change is kept, a field no version writes is not', async () => {
    const [asha, ben, dee] = await team('Ben’s phone', 'Dee’s phone');
    dee!.shared!.destroy();
    expect((await asha!.shared!.reset([ben!.identity.id, dee!.identity.id])).ok).toBe(true);
    await eventually(async () => (await ben!.secret()) === (await asha!.secret()), 20_000, 'Ben follows');
    // Written around the commands, by a device that holds the key.
    const meeting = insertRecord(asha!.doc, meetingType, { title: 'Planning', date: '2026-03-03', startTime: '10:00', endTime: '12:00' } as never);
    if (!meeting.ok) throw new Error(meeting.message);
    asha!.doc.transact(() => (asha!.doc.getMap(meetingType.collection).get(meeting.value.id) as Y.Map<unknown>).set('smuggled', 'x'.repeat(10_000)));
    expect(await asha!.shared!.sync!.whenConfirmed(15_000)).toBe(true);

    await dee!.start();
    await eventually(() => dee!.shared?.sync?.state.phase === 'refused', 20_000, 'Dee turned away');
    updateProjectDetails(dee!.doc, { purpose: 'Written while turned away' });
    expect(await dee!.use(await ben!.invite())).toMatchObject({ ok: true, value: { kind: 'moved', inviterName: 'Ben’s phone' } });
    expect(readRecord(dee!.doc, meetingType, meeting.value.id)?.title).toBe('Planning');
    expect((dee!.doc.getMap(meetingType.collection).get(meeting.value.id) as Y.Map<unknown>).has('smuggled')).toBe(false);
    await eventually(() => readProjectMeta(asha!.doc)?.purpose === 'Written while turned away', 20_000, 'Dee’s offline change at Asha');
    expect((dee!.doc.getMap(meetingType.collection).get(meeting.value.id) as Y.Map<unknown>).has('smuggled')).toBe(false);
  });

  it('cannot be undone by a link that the device left out makes, with its old key or a new one', async () => {
    const [asha, ben, cal, eve] = await team('Ben’s phone', 'Cal’s tablet', 'Eve’s laptop');
    const calsOldKey = (await cal!.secret())!;
    expect((await asha!.shared!.reset([ben!.identity.id])).ok).toBe(true);
    await eventually(() => !!cal!.shared?.leftOut, 20_000, 'Cal left out');
    await eventually(async () => (await ben!.secret()) === (await asha!.secret()), 20_000, 'Ben follows');
    const bensKey = await ben!.secret();

    const freshSecret = newSecret();
    const { entries, room } = await outsiderListening(cal!.projectId, freshSecret);
    for (const link of [await cal!.invite(calsOldKey), await cal!.invite(freshSecret)]) {
      for (const target of [asha!, ben!]) {
        expect(await target.inspect(link)).toEqual({ ok: false, message: madeByRemovedDevice('Cal’s tablet') });
        expect(await target.use(link)).toEqual({ ok: false, message: madeByRemovedDevice('Cal’s tablet') });
      }
    }
    expect(await ben!.secret()).toBe(bensKey);
    updateProjectDetails(ben!.doc, { name: 'Still ours' });
    await eventually(() => projectName(asha!) === 'Still ours', 15_000, 'Ben’s change at Asha');
    await pause(500);
    expect(entries.length).toBe(0);
    expect(ben!.sentToRoom(room)).toBe(false);
    expect(asha!.sentToRoom(room)).toBe(false);
    expect(projectName(cal!)).not.toBe('Still ours');

    // Eve's laptop, left out too, still holds the old key; having read the reset, it refuses Cal's link as well.
    await eventually(() => !!eve!.shared?.leftOut, 20_000, 'Eve left out');
    expect(await eve!.inspect(await cal!.invite(freshSecret))).toEqual({ ok: false, message: madeByRemovedDevice('Cal’s tablet') });

    // A kept device can still bring Cal's tablet back, on purpose.
    const fromAsha = await asha!.invite();
    expect(await cal!.inspect(fromAsha)).toMatchObject({ ok: true, value: { kind: 'from-team', inviterName: 'Asha’s tablet' } });
    expect((await cal!.use(fromAsha)).ok).toBe(true);
    await eventually(() => projectName(cal!) === 'Still ours', 20_000, 'Cal back in');
  });

  it('cannot be undone by a link a kept device made before the reset, which a device left out still holds', async () => {
    const [asha, ben, cal] = await team('Ben’s phone', 'Cal’s tablet');
    const oldLink = await asha!.invite();
    expect((await asha!.shared!.reset([ben!.identity.id])).ok).toBe(true);
    await eventually(() => !!cal!.shared?.leftOut, 20_000, 'Cal left out');
    await eventually(async () => (await ben!.secret()) === (await asha!.secret()), 20_000, 'Ben follows');
    const bensKey = await ben!.secret();

    for (const target of [asha!, ben!]) {
      expect(await target.inspect(oldLink)).toEqual({ ok: false, message: LINK_FROM_BEFORE_RESET });
      expect(await target.use(oldLink)).toEqual({ ok: false, message: LINK_FROM_BEFORE_RESET });
    }
    expect(await ben!.secret()).toBe(bensKey);
    updateProjectDetails(ben!.doc, { name: 'After the reset' });
    await eventually(() => projectName(asha!) === 'After the reset', 15_000, 'Ben’s change at Asha');
    expect(projectName(cal!)).not.toBe('After the reset');

    // A server that kept the closed sharing open for Cal hands a new device the project as it is there: the reset announced in it turns the link away.
    const served = new Y.Doc();
    Y.applyUpdate(served, Y.encodeStateAsUpdate(asha!.doc));
    expect(await checkFetched({ doc: served, envelopeState: new Uint8Array(), name: 'Riverside Carers' }, oldLink, null)).toEqual({ ok: false, message: LINK_FROM_BEFORE_RESET });
    served.destroy();
  });
});

describe('a reset that did not come through the sharing', { timeout: 90_000 }, () => {
  it('(in a merged file, say) does not move a device: a member left out cannot lead an offline device away with one', async () => {
    const [asha, ben, cal] = await team('Ben’s phone', 'Cal’s tablet');
    const oldKey = (await ben!.secret())!;
    ben!.shared!.destroy(); // Ben's phone is offline during the reset
    expect((await asha!.shared!.reset([ben!.identity.id])).ok).toBe(true);
    await eventually(() => !!cal!.shared?.leftOut, 20_000, 'Cal left out');

    // Cal's tablet makes a reset of its own from the old key, keeping Ben's phone, and hands it over in a file.
    const forged = await prepareReset(cal!.doc, await deriveProjectKeys(cal!.projectId, oldKey), cal!.identity, [ben!.identity.id], new Set());
    expect(forged.ok).toBe(true);
    if (!forged.ok) return;
    Y.applyUpdate(ben!.doc, forged.value.update, { kind: 'file' });
    await ben!.start();
    await eventually(() => ben!.shared?.sync?.state.phase === 'refused', 20_000, 'Ben turned away by the closed sharing');
    await pause(500);
    expect(await ben!.secret()).toBe(oldKey);
    expect(ben!.shared!.leftOut).toBeNull();

    // A link from Asha's tablet still brings it to the real team.
    expect((await ben!.use(await asha!.invite())).ok).toBe(true);
    await eventually(async () => (await ben!.secret()) === (await asha!.secret()) && live(ben!), 20_000, 'Ben with the team');
    updateProjectDetails(asha!.doc, { name: 'The real team' });
    await eventually(() => projectName(ben!) === 'The real team', 15_000, 'Asha’s change at Ben');
  });
});

describe('a new device joining by link', { timeout: 90_000 }, () => {
  it('learns the project and the device that made the link before anything is stored, and stores it only on a yes', async () => {
    const [asha] = await team();
    const newcomer = await device('New tablet', asha!.projectId);
    const prepared = await newcomer.prepare(await asha!.invite());
    if (!prepared.ok || 'kind' in prepared.value) throw new Error('not prepared');
    expect(prepared.value).toMatchObject({ moving: false, projectName: 'Riverside Carers', inviterName: 'Asha’s tablet' });
    expect(newcomer.hasProject).toBe(false);
    expect(await newcomer.secret()).toBeUndefined();
    expect(await newcomer.complete(prepared.value)).toMatchObject({ ok: true, value: { kind: 'joined', inviterName: 'Asha’s tablet' } });
    expect(projectName(newcomer)).toBe('Riverside Carers');
    await eventually(() => live(newcomer), 15_000, 'newcomer live');
    await eventually(() => asha!.doc.getMap('devices').has(newcomer.identity.id), 15_000, 'newcomer registered at Asha');
  });

  it('is refused a project whose sharing does not list the device that made the link, and stores nothing', async () => {
    const [asha] = await team();
    const secret = await asha!.secret();
    const linkFromElsewhere = await outsiderLink(asha!.projectId, secret!);
    const newcomer = await device('New tablet', asha!.projectId);
    expect(await newcomer.use(linkFromElsewhere)).toEqual({ ok: false, message: INVITER_NOT_IN_PROJECT });
    expect(newcomer.hasProject).toBe(false);
    expect(await newcomer.secret()).toBeUndefined();
  });

  it('is refused a project that does not pass the gate, and stores nothing', async () => {
    const [asha] = await team();
    // A member with the key writes, around the commands, a meeting that ends before it starts.
    const keys = await deriveProjectKeys(asha!.projectId, (await asha!.secret())!);
    expect(keys.room).toBeTruthy();
    const meetings = asha!.doc.getMap(meetingType.collection);
    const good = insertRecord(asha!.doc, meetingType, { title: 'Planning', date: '2026-03-03', startTime: '10:00', endTime: '12:00' } as never);
    expect(good.ok).toBe(true);
    asha!.doc.transact(() => (meetings.get(good.ok ? good.value.id : '') as Y.Map<unknown>).set('date', 'not a date'));
    expect(await asha!.shared!.sync!.whenConfirmed(15_000)).toBe(true);

    const newcomer = await device('New tablet', asha!.projectId);
    const result = await newcomer.use(await asha!.invite());
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/did not pass this app’s checks/);
    expect(newcomer.hasProject).toBe(false);
    expect(await newcomer.secret()).toBeUndefined();
  });
});
