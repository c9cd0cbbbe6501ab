import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { insertRecord, readRecord, updateRecord } from '../../../src/core/commands/records';
import { initialiseProject } from '../../../src/core/commands/project';
import { canonicalJson, createProjectDoc } from '../../../src/core/doc/project-doc';
import { personType } from '../../../src/core/domain/person';
import { deriveProjectKeys, newSecret, sealUpdate } from '../../../src/core/sync/crypto';
import { MAX_ENTRY_BYTES } from '../../../src/core/sync/protocol';
import { SimRelay } from './sim';

async function twoDevices() {
  const keys = await deriveProjectKeys('p1', newSecret());
  const relay = new SimRelay();
  const a = relay.addDevice(createProjectDoc('p1'), keys);
  const b = relay.addDevice(createProjectDoc('p1'), keys);
  initialiseProject(a.real, { name: 'Riverside Carers' });
  return { keys, relay, a, b };
}

const person = (name: string) => ({ name, role: 'carer' as const, status: 'active' as const });
const onA = (i: number) => (i * 7919) % 3 !== 0; // which device makes the i-th edit

describe('the encrypted envelope', () => {
  it('brings a project to another device through the relay', async () => {
    const { relay, a, b } = await twoDevices();
    insertRecord(a.real, personType, { id: 'x1', ...person('Amira Khan') });
    await relay.settle();
    expect(readRecord(b.real, personType, 'x1')?.name).toBe('Amira Khan');
    expect(canonicalJson(b.real)).toBe(canonicalJson(a.real));
  });

  it('keeps edits made on both devices while offline', async () => {
    const { relay, a, b } = await twoDevices();
    insertRecord(a.real, personType, { id: 'x1', ...person('Amira Khan') });
    await relay.settle();
    a.disconnect();
    b.disconnect();
    updateRecord(a.real, personType, 'x1', { pronouns: 'she/her' });
    updateRecord(b.real, personType, 'x1', { organisation: 'Carers Centre' });
    insertRecord(b.real, personType, { id: 'x2', ...person('Ben Ojo') });
    await relay.settle();
    expect(readRecord(a.real, personType, 'x1')).toMatchObject({ pronouns: 'she/her', organisation: 'Carers Centre' });
    expect(readRecord(a.real, personType, 'x2')?.name).toBe('Ben Ojo');
    expect(canonicalJson(b.real)).toBe(canonicalJson(a.real));
  });

  it('keeps a deletion made offline across an app restart', async () => {
    const { relay, a, b } = await twoDevices();
    insertRecord(a.real, personType, { id: 'x1', ...person('Amira Khan'), pronouns: 'she/her' });
    await relay.settle();
    a.disconnect();
    updateRecord(a.real, personType, 'x1', { pronouns: undefined });
    a.restart();
    await relay.settle();
    expect(readRecord(b.real, personType, 'x1')?.pronouns).toBeUndefined();
  });

  it('sends a deletion made offline when the connection comes back, without a restart', async () => {
    const { relay, a, b } = await twoDevices();
    insertRecord(a.real, personType, { id: 'x1', ...person('Amira Khan'), pronouns: 'she/her' });
    await relay.settle();
    a.disconnect();
    const before = Y.encodeStateVector(a.real);
    updateRecord(a.real, personType, 'x1', { pronouns: undefined });
    expect(Y.encodeStateVector(a.real)).toEqual(before); // a deletion only: no new change to count
    await a.connect();
    await relay.settle();
    expect(readRecord(b.real, personType, 'x1')?.pronouns).toBeUndefined();
    expect(canonicalJson(b.real)).toBe(canonicalJson(a.real));
  });

  it('never shows the server a member’s name', async () => {
    const { relay, a } = await twoDevices();
    insertRecord(a.real, personType, { id: 'x1', ...person('Zebedee Quartermaine') });
    await relay.settle();
    const stored = Buffer.from(Y.encodeStateAsUpdate(relay.server)).toString('latin1');
    expect(stored).not.toContain('Zebedee');
    expect(stored).not.toContain('Riverside');
  });

  it('compacts to one snapshot and keeps entries it has not seen', async () => {
    const { relay, a, b } = await twoDevices();
    await relay.settle();
    for (let i = 0; i < 20; i++) {
      insertRecord(a.real, personType, { id: `x${i}`, ...person(`Person ${i}`) });
      await relay.settle();
    }
    const before = a.sync.entries.length;
    expect(before).toBeGreaterThan(3);
    b.disconnect();
    insertRecord(b.real, personType, { id: 'late', ...person('Late Comer') });
    await b.connect(); // b's catch-up entry is on its way to the server, a has not seen it
    await a.sync.compact();
    expect(a.sync.entries.length).toBe(1);
    await relay.settle();
    expect(relay.server.getArray('entries').length).toBe(2);
    expect(readRecord(a.real, personType, 'late')?.name).toBe('Late Comer');
    expect(canonicalJson(b.real)).toBe(canonicalJson(a.real));
  });

  it('ignores a replayed entry and refuses one sealed for another project', async () => {
    const { relay, a, b, keys } = await twoDevices();
    insertRecord(a.real, personType, { id: 'x1', ...person('Amira Khan') });
    await relay.settle();
    const old = a.sync.entries.get(0);
    const problems: string[] = [];
    const other = await deriveProjectKeys('p2', newSecret());
    const foreign = await sealUpdate(other, Y.encodeStateAsUpdate(createProjectDoc('p2')));
    const c = relay.addDevice(createProjectDoc('p1'), keys, { onProblem: (m) => problems.push(m) });
    await relay.settle();
    const json = canonicalJson(a.real);
    a.envelope.getArray<Uint8Array>('entries').push([old, foreign]);
    await relay.settle();
    expect(canonicalJson(b.real)).toBe(json);
    expect(canonicalJson(c.real)).toBe(json);
    expect(problems[0]).toMatch(/could not be read/);
    expect(c.sync.unreadable).toBe(1);
  });

  it('sends a change larger than one entry in parts, and applies it only once every part is there', async () => {
    const { relay, a, b } = await twoDevices();
    await relay.settle();
    const noise = new Uint8Array(3 * MAX_ENTRY_BYTES); // random bytes do not compress
    for (let at = 0; at < noise.length; at += 65_536) crypto.getRandomValues(noise.subarray(at, at + 65_536));
    a.real.getMap('meta').set('attachment', noise);
    await a.sync.whenIdle();
    const parts = a.up.length;
    expect(parts).toBeGreaterThanOrEqual(3);
    relay.deliverUp(a, parts - 1);
    relay.deliverDown(b);
    await b.sync.whenIdle();
    expect(b.real.getMap('meta').has('attachment')).toBe(false);
    expect(b.sync.unreadable).toBe(0);
    relay.deliverUp(a);
    relay.deliverDown(b);
    await b.sync.whenIdle();
    expect(Buffer.compare(b.real.getMap('meta').get('attachment') as Uint8Array, noise)).toBe(0);
    for (const entry of relay.server.getArray<Uint8Array>('entries').toArray()) expect(entry.length).toBeLessThanOrEqual(MAX_ENTRY_BYTES);
    await relay.settle();
    expect(Y.encodeStateVector(b.real)).toEqual(Y.encodeStateVector(a.real));
  }, 30_000);

  it('compacts in parts: old entries go only with the last part, and no one applies half a snapshot', async () => {
    const keys = await deriveProjectKeys('p1', newSecret());
    const relay = new SimRelay();
    const problems: string[] = [];
    const a = relay.addDevice(createProjectDoc('p1'), keys, { entryBytes: 400, autoCompactAt: 0 });
    initialiseProject(a.real, { name: 'Riverside Carers' });
    for (let i = 0; i < 40; i++) {
      insertRecord(a.real, personType, { id: `x${i}`, ...person(`Person ${i} ${'of the long name '.repeat(3)}`) });
      await relay.settle();
    }
    const old = relay.server.getArray('entries').length;
    expect(await a.sync.compact()).toBe(true);
    const parts = a.up.length;
    expect(parts).toBeGreaterThan(2);

    relay.deliverUp(a, parts - 1); // every part but the last: the old entries are all still there
    expect(relay.server.getArray('entries').length).toBe(old + parts - 1);
    const early = relay.addDevice(createProjectDoc('p1'), keys, { onProblem: (m) => problems.push(m) });
    await early.connect();
    await early.sync.whenIdle();
    expect(canonicalJson(early.real)).toBe(canonicalJson(a.real));

    relay.deliverUp(a); // the last part, and the old entries go with it
    expect(relay.server.getArray('entries').length).toBe(parts);
    const late = relay.addDevice(createProjectDoc('p1'), keys, { onProblem: (m) => problems.push(m) });
    await relay.settle();
    expect(canonicalJson(late.real)).toBe(canonicalJson(a.real));
    expect(canonicalJson(early.real)).toBe(canonicalJson(a.real));
    expect(problems).toEqual([]);
  });

  it('keeps the old entries when a part of its snapshot was removed before the last one went', async () => {
    const keys = await deriveProjectKeys('p1', newSecret());
    const relay = new SimRelay();
    let sent = 0;
    const a = relay.addDevice(createProjectDoc('p1'), keys, {
      entryBytes: 400,
      autoCompactAt: 0,
      // Someone deletes the first part of the snapshot while the second is on its way.
      whenSent: async () => {
        if (++sent === 2) a.envelope.getArray('entries').delete(a.envelope.getArray('entries').length - 1, 1);
      },
    });
    initialiseProject(a.real, { name: 'Riverside Carers' });
    for (let i = 0; i < 40; i++) insertRecord(a.real, personType, { id: `x${i}`, ...person(`Person ${i} ${'of the long name '.repeat(3)}`) });
    await relay.settle();
    const before = a.sync.entries.length;
    sent = 0;
    expect(await a.sync.compact()).toBe(false);
    expect(sent).toBeGreaterThan(2);
    expect(a.sync.entries.toArray().length).toBeGreaterThanOrEqual(before);
    await relay.settle();
    const late = relay.addDevice(createProjectDoc('p1'), keys);
    await relay.settle();
    expect(canonicalJson(late.real)).toBe(canonicalJson(a.real));
  });

  it('compacts by itself once, not again and again, when its snapshot is many parts', async () => {
    const keys = await deriveProjectKeys('p1', newSecret());
    const relay = new SimRelay();
    const options = { entryBytes: 400, autoCompactAt: 10 };
    const a = relay.addDevice(createProjectDoc('p1'), keys, options);
    const b = relay.addDevice(createProjectDoc('p1'), keys, options);
    initialiseProject(a.real, { name: 'Riverside Carers' });
    for (let i = 0; i < 80; i++) insertRecord(a.real, personType, { id: `x${i}`, ...person(`Person ${crypto.randomUUID()}`) });
    await relay.settle();
    let removed = 0;
    relay.server.getArray('entries').observe((event) => (removed += event.changes.deleted.size));
    for (let i = 0; i < 12; i++) {
      updateRecord(onA(i) ? a.real : b.real, personType, `x${i}`, { pronouns: 'they/them' });
      await relay.settle();
    }
    expect(removed).toBeGreaterThan(0); // one compaction, of the entries so far
    const snapshot = relay.server.getArray<Uint8Array>('entries').toArray();
    expect(snapshot.length).toBeGreaterThan(10); // its parts alone are more than the threshold
    removed = 0;
    for (let i = 12; i < 17; i++) {
      updateRecord(onA(i) ? a.real : b.real, personType, `x${i}`, { pronouns: 'they/them' });
      await relay.settle();
    }
    expect(removed).toBe(0);
    expect(canonicalJson(b.real)).toBe(canonicalJson(a.real));
  });

  it('carries on with a change in parts after the connection drops half-way', async () => {
    const keys = await deriveProjectKeys('p1', newSecret());
    const relay = new SimRelay();
    let sent = 0;
    const a = relay.addDevice(createProjectDoc('p1'), keys, {
      entryBytes: 400,
      whenSent: async () => {
        if (++sent === 2) a.disconnect();
      },
    });
    const b = relay.addDevice(createProjectDoc('p1'), keys);
    await relay.settle();
    initialiseProject(a.real, { name: 'Riverside Carers' });
    for (let i = 0; i < 40; i++) insertRecord(a.real, personType, { id: `x${i}`, ...person(`Person ${i} ${'of the long name '.repeat(3)}`) });
    await a.sync.whenIdle(); // waiting for the connection, not stuck
    expect(a.online).toBe(false);
    expect(a.sync.hasUnpushed).toBe(true);
    await relay.settle();
    expect(sent).toBeGreaterThan(2);
    expect(canonicalJson(b.real)).toBe(canonicalJson(a.real));
  });

  it('tidies away a change in parts its writer left half-way, a day on, whatever the writer’s clock said', async () => {
    const DAY = 24 * 60 * 60 * 1000;
    // A writer's start time more than a day from the reader's clock is not waited for at all.
    for (const [writerClockAhead, keptAtFirst] of [[0, true], [3650 * DAY, false]] as const) {
      const keys = await deriveProjectKeys('p1', newSecret());
      const relay = new SimRelay();
      let sent = 0;
      const a = relay.addDevice(createProjectDoc('p1'), keys, {
        entryBytes: 400,
        now: () => Date.now() + writerClockAhead,
        // Two parts reach the server, then the device is gone for good.
        whenSent: async () => {
          if (++sent !== 3) return;
          relay.deliverUp(a);
          a.disconnect();
          relay.devices.splice(relay.devices.indexOf(a), 1);
        },
      });
      let clock = Date.now();
      const b = relay.addDevice(createProjectDoc('p1'), keys, { now: () => clock, autoCompactAt: 0 });
      await relay.settle();
      a.real.transact(() => {
        initialiseProject(a.real, { name: 'Riverside Carers' });
        for (let i = 0; i < 40; i++) insertRecord(a.real, personType, { id: `x${i}`, ...person(`Person ${i} ${'of the long name '.repeat(3)}`) });
      });
      await a.sync.whenIdle();
      await relay.settle();
      const entries = relay.server.getArray<Uint8Array>('entries');
      expect(entries.length).toBe(2);

      expect(await b.sync.compact()).toBe(true);
      await relay.settle();
      expect(entries.length).toBe(keptAtFirst ? 3 : 1); // its snapshot, and the parts of a change that may still be under way

      clock += DAY + 60_000;
      expect(await b.sync.compact()).toBe(true);
      await relay.settle();
      expect(entries.length).toBe(1);
      a.sync.destroy();
    }
  });

  it('sends a change made while a compaction is being encrypted', async () => {
    const { relay, a, b } = await twoDevices();
    await relay.settle();
    const compaction = a.sync.compact();
    for (let i = 0; i < 5; i++) await Promise.resolve(); // the snapshot is taken, its encryption is under way
    insertRecord(a.real, personType, { id: 'during', ...person('Made During Compaction') });
    expect(await compaction).toBe(true);
    await relay.settle();
    expect(readRecord(b.real, personType, 'during')?.name).toBe('Made During Compaction');
  });
});
