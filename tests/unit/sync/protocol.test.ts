import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { checkEnvelopeUpdate, encodeNote, narrowStateVector, parseClientNote, parseServerNote, stateCovers } from '../../../src/core/sync/protocol';
import { packEntry, ReceivedState, unpackEntry } from '../../../src/core/sync/received-state';

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
  it('joins runs that arrive out of order, and never claims a gap', () => {
    const held = new ReceivedState();
    held.addRuns([[1, 10, 20]]);
    expect(held.map.get(1)).toBeUndefined();
    held.addRuns([[1, 0, 5]]);
    expect(held.map.get(1)).toBe(5);
    held.addRuns([[1, 5, 10]]);
    expect(held.map.get(1)).toBe(20);
    expect(Y.decodeStateVector(held.encode())).toEqual(new Map([[1, 20]]));
  });

  it('packs the runs with the update and unpacks them again', () => {
    const update = new Uint8Array([9, 8, 7]);
    const packed = packEntry([[123456789, 10, 25]], update);
    expect(unpackEntry(packed)).toEqual({ runs: [[123456789, 10, 25]], update });
    expect(unpackEntry(new Uint8Array([255, 255, 255, 255, 255, 255]))).toBeNull();
  });

  it('reads the runs of a small local change off the update itself', () => {
    const doc = new Y.Doc();
    doc.clientID = 42;
    doc.getMap('m').set('a', 1);
    const before = Y.encodeStateVector(doc);
    let update: Uint8Array = new Uint8Array();
    doc.on('update', (u: Uint8Array) => (update = u));
    doc.getMap('m').set('b', 'two');
    const packed = packEntry([[42, 1, 2]], update, true);
    expect(packed.length).toBe(update.length + 1);
    expect(unpackEntry(packed)?.runs).toEqual([[42, 1, 2]]);
    expect(Y.decodeStateVector(before)).toEqual(new Map([[42, 1]]));
  });
});
