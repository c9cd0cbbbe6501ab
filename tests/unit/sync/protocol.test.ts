import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { checkEnvelopeUpdate, encodeNote, narrowStateVector, parseClientNote, parseServerNote, stateCovers } from '../../../src/core/sync/protocol';
import { ReceivedState } from '../../../src/core/sync/received-state';
import { readUpdateContents } from '../../../src/core/sync/update-contents';

function updateOf(change: (doc: Y.Doc) => void): Uint8Array {
  const doc = new Y.Doc();
  change(doc);
  return Y.encodeStateAsUpdate(doc);
}

describe('what the server lets into an envelope', () => {
  it('accepts encrypted entries and their removal', () => {
    const doc = new Y.Doc();
    doc.getArray('entries').push([new Uint8Array([1, 2, 3])]);
    doc.getArray('entries').push([new Uint8Array([4, 5])]);
    expect(checkEnvelopeUpdate(Y.encodeStateAsUpdate(doc))).toBeNull();
    doc.getArray('entries').delete(0, 1);
    expect(checkEnvelopeUpdate(Y.encodeStateAsUpdate(doc))).toBeNull();
  });

  it('refuses readable content, other types and nested types', () => {
    expect(checkEnvelopeUpdate(updateOf((d) => d.getArray('entries').push(['Zebedee'])))).toMatch(/not encrypted/);
    expect(checkEnvelopeUpdate(updateOf((d) => d.getMap('people').set('x', 'Zebedee')))).toMatch(/map key|outside/);
    expect(checkEnvelopeUpdate(updateOf((d) => d.getArray('other').push([new Uint8Array([1])])))).toMatch(/outside the envelope/);
    expect(checkEnvelopeUpdate(updateOf((d) => d.getArray('entries').push([new Y.Map()])))).toMatch(/not encrypted/);
    expect(checkEnvelopeUpdate(updateOf((d) => d.getText('entries').insert(0, 'hi')))).toMatch(/not encrypted/);
    expect(checkEnvelopeUpdate(new Uint8Array([200, 1, 2, 3]))).toMatch(/could not be decoded/);
  });
});

describe('notes between devices and the server', () => {
  it('reads only notes it knows', () => {
    expect(parseServerNote(encodeNote({ type: 'stored', sv: 'AQID' }))).toEqual({ type: 'stored', sv: 'AQID' });
    expect(parseServerNote(encodeNote({ type: 'retired' }))).toEqual({ type: 'retired' });
    expect(parseClientNote(encodeNote({ type: 'stored?', clients: [12, 4294967295] }))).toEqual({ type: 'stored?', clients: [12, 4294967295] });
    expect(parseClientNote('{"type":"stored?"}')).toEqual({ type: 'stored?', clients: [] });
    expect(parseClientNote('{"type":"stored?","clients":[-1]}')).toBeNull();
    expect(parseClientNote(`{"type":"stored?","clients":[${new Array(40).fill(1).join(',')}]}`)).toBeNull();
    expect(parseClientNote(encodeNote({ type: 'retire' }))).toEqual({ type: 'retire' });
    for (const junk of ['', '{', 'null', '[]', '{"type":"stored","sv":"<script>"}', '{"type":"delete-everything"}', 'x'.repeat(10_000)]) {
      expect(parseServerNote(junk)).toBeNull();
      expect(parseClientNote(junk)).toBeNull();
    }
  });

  it('names only the writers a device asked about', () => {
    const narrowed = narrowStateVector(new Map([[1, 5], [2, 3], [3, 9]]), [2, 7]);
    expect(Y.decodeStateVector(narrowed)).toEqual(new Map([[2, 3]]));
  });

  it('counts a device as stored only when the server has all of it', () => {
    expect(stateCovers(new Map([[1, 5], [2, 3]]), new Map([[1, 5]]))).toBe(true);
    expect(stateCovers(new Map([[1, 4]]), new Map([[1, 5]]))).toBe(false);
    expect(stateCovers(new Map(), new Map([[7, 1]]))).toBe(false);
  });
});

describe('what an envelope is known to hold', () => {
  /** One writer's changes, one transaction at a time, as the updates it sent. */
  function updatesOf(count: number, client = 1): Uint8Array[] {
    const doc = new Y.Doc();
    doc.clientID = client;
    const updates: Uint8Array[] = [];
    doc.on('update', (u: Uint8Array) => updates.push(u));
    for (let i = 0; i < count; i++) doc.getMap('m').set(`k${i}`, i);
    return updates;
  }
  const contents = (update: Uint8Array) => readUpdateContents(update)!;

  it('joins updates that arrive out of order, never claims a gap, and forgets what goes', () => {
    const [u0, u1, u2] = updatesOf(3);
    const held = new ReceivedState();
    held.add(u2!, contents(u2!));
    expect(held.map.get(1)).toBeUndefined();
    held.add(u0!, contents(u0!));
    expect(held.map.get(1)).toBe(1);
    held.add(u1!, contents(u1!));
    expect(held.map.get(1)).toBe(3);
    expect(Y.decodeStateVector(held.encode())).toEqual(new Map([[1, 3]]));
    held.remove(u1!);
    expect(held.map.get(1)).toBe(1);
  });

  it('counts ranges that arrive in any order, with gaps, and counts again after one goes', () => {
    // Orders a crafted entry may use (the hostile tests send them at full size through the server):
    // every range but the first, then the first; ranges with gaps, earliest first, then the gaps, latest first.
    const n = 20_000;
    const held = new ReceivedState();
    const touching: Array<[number, number]> = [];
    for (let i = 1; i < n; i++) touching.push([i, i + 1]);
    held.add({}, { changes: new Map([[7, touching]]), deletes: new Map() });
    held.add({}, { changes: new Map([[7, [[0, 1]]]]), deletes: new Map() });
    expect(held.map.get(7)).toBe(n);

    const gapped: Array<[number, number]> = [];
    const gaps: Array<[number, number]> = [];
    for (let i = 1; i <= n; i++) gapped.push([2 * i, 2 * i + 1]);
    for (let i = n; i >= 1; i--) gaps.push([2 * i - 1, 2 * i]);
    held.add({}, { changes: new Map([[8, gapped]]), deletes: new Map() });
    held.add({}, { changes: new Map([[8, gaps]]), deletes: new Map() });
    expect(held.map.get(8)).toBeUndefined();
    const first = {};
    held.add(first, { changes: new Map([[8, [[0, 1]]]]), deletes: new Map() });
    expect(held.map.get(8)).toBe(2 * n + 1);
    held.remove(first);
    expect(held.map.get(8)).toBeUndefined();
    expect(held.map.get(7)).toBe(n);
  });

  it('holds a doc only when it has its changes and its deletions', () => {
    const doc = new Y.Doc();
    const updates: Uint8Array[] = [];
    doc.on('update', (u: Uint8Array) => updates.push(u));
    doc.getMap('m').set('a', 1);
    doc.getMap('m').set('b', 2);
    const held = new ReceivedState();
    held.add(updates[0]!, contents(updates[0]!));
    expect(held.holdsChangesOf(doc)).toBe(false);
    held.add(updates[1]!, contents(updates[1]!));
    expect(held.holdsChangesOf(doc) && held.holdsDeletionsOf(doc)).toBe(true);
    doc.getMap('m').delete('a'); // a deletion only: no new change
    expect(held.holdsChangesOf(doc)).toBe(true);
    expect(held.holdsDeletionsOf(doc)).toBe(false);
    held.add(updates[2]!, contents(updates[2]!));
    expect(held.holdsDeletionsOf(doc)).toBe(true);
  });
});
