import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as fast from '../../../src/vendor/lib0-decoding';

const roundTrip = <T>(write: (e: encoding.Encoder, v: T) => void, read: (d: decoding.Decoder) => unknown, value: T) => {
  const encoder = encoding.createEncoder();
  write(encoder, value);
  return read(decoding.createDecoder(encoding.toUint8Array(encoder)));
};

describe('faster string decoding for Yjs', () => {
  it('is what lib0/decoding resolves to, so Yjs uses it', () => {
    expect(decoding.readVarString).toBe(fast.readVarString);
    expect(decoding.readAny).toBe(fast.readAny);
  });

  it('reads back every kind of string exactly', () => {
    const strings = ['', 'a', 'people', '2026-03-10', 'x'.repeat(32), 'y'.repeat(33), 'Zoë Ní Bhriain', 'Łukasz', '👋🏽 hello', '日本語のテキスト', 'a\u0000b', 'z'.repeat(5000) + 'é'];
    for (const s of strings) expect(roundTrip(encoding.writeVarString, fast.readVarString, s)).toBe(s);
  });

  it('reads back nested values (records as Yjs stores them)', () => {
    const value = { name: 'Zoë', answers: { a: 3, b: true, c: 'More time please 🙏' }, list: [1, 'two', null, { deep: 'yes' }], big: 2 ** 40, half: 0.5 };
    expect(roundTrip(encoding.writeAny, fast.readAny, value)).toEqual(value);
  });

  it('refuses a string that runs past the end, and invalid UTF-8, as lib0 does', () => {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 10);
    encoding.writeUint8(encoder, 65);
    expect(() => fast.readVarString(decoding.createDecoder(encoding.toUint8Array(encoder)))).toThrow();
    expect(() => fast.readVarString(decoding.createDecoder(new Uint8Array([2, 0xc3, 0x28])))).toThrow();
  });

  it('loads a doc written with the original decoder unchanged', () => {
    const doc = new Y.Doc();
    const people = doc.getMap<Y.Map<unknown>>('people');
    const person = new Y.Map<unknown>();
    people.set('person-1', person);
    person.set('name', 'Siân Ó Murchú');
    person.set('inclusion', { formats: ['easy-read'], notes: 'Needs a quiet room ✓' });
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
    expect(copy.getMap('people').toJSON()).toEqual(people.toJSON());
  });
});
