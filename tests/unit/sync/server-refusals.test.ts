import { afterAll, describe, expect, it } from 'vitest';
import { insertRecord, readRecord } from '../../../src/core/commands/records';
import { personType } from '../../../src/core/domain/person';
import { newSecret } from '../../../src/core/sync/crypto';
import { REFUSAL } from '../../../src/core/sync/refusal';
import { describeSync, refusalMessage } from '../../../src/core/sync/status';
import { eventually, freePort, nodeDevice, startServerProcess, type NodeDevice, type ServerProcess } from './server-harness';
import { SQLITE } from './server-stores';

/** What a facilitator's device does when the server turns it away for now, not for good. */

const devices: NodeDevice[] = [];
const servers: ServerProcess[] = [];
afterAll(async () => {
  for (const d of devices) d.destroy();
  for (const s of servers) await s.stop();
});

describe('a device the server turns away for now', { timeout: 180_000 }, () => {
  it('says in words that the project is full, keeps its changes, and sends them once there is room', async () => {
    const env = { ...(await SQLITE.env()), PORT: String(await freePort()) };
    const tight = await startServerProcess({ ...env, MAX_ROOM_BYTES: '6000' });
    servers.push(tight);
    const secret = newSecret();
    const a = await nodeDevice(tight.wsUrl, 'p-full', secret, undefined, { retryAfterRefusalMs: 500 });
    devices.push(a);
    expect(await a.sync.whenLive()).toBe(true);
    // Names that do not compress (changes are compressed before they are sent), so these pass the limit.
    const unlike = (i: number) => Array.from(crypto.getRandomValues(new Uint8Array(48)), (b) => (b % 36).toString(36)).join('') + i;
    for (let i = 0; i < 250; i++) insertRecord(a.doc, personType, { id: `m${i}`, name: `Member ${unlike(i)}`, role: 'carer', status: 'active' });
    await eventually(() => a.sync.state.refusal === REFUSAL.projectFull, 30_000, 'the device to be told the project is full');
    const summary = describeSync(a.sync.state, { online: true, now: new Date() });
    expect(summary.tone).toBe('warning');
    expect(summary.detail).toBe(refusalMessage(REFUSAL.projectFull));
    expect(summary.detail).toMatch(/reached the most the sync server keeps for one project/);
    expect(a.sync.state.phase).not.toBe('refused'); // not for good: no new invite is needed
    expect(a.sync.state.pendingCount).toBeGreaterThan(0);

    // The server is given more room (restarted with a larger limit): the device carries on by itself.
    await tight.stop();
    const roomy = await startServerProcess(env);
    servers.push(roomy);
    expect(await a.sync.whenConfirmed(60_000)).toBe(true);
    expect(a.sync.state.refusal).toBeNull();
    const b = await nodeDevice(roomy.wsUrl, 'p-full', secret);
    devices.push(b);
    await eventually(() => readRecord(b.doc, personType, 'm249') !== undefined, 30_000, 'a second device to receive everything');
  });

  it('has a message in plain words for every reason the server gives', () => {
    for (const reason of Object.values(REFUSAL)) {
      const message = refusalMessage(reason);
      expect(message, reason).not.toBe(refusalMessage('something-else'));
      expect(message, reason).toMatch(/^[A-Z].*\.$/);
    }
  });
});
