import { createHash } from 'node:crypto';
import { deflateSync } from 'fflate';
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { seededRandom, type Random } from '../../../src/core/reference/random';
import { COMPRESSION_DICTIONARY } from '../../../src/core/sync/compression-dictionary';
import { entryTextsFor, joinSlices, readEntryText } from '../../../src/core/sync/entry-format';
import { LEGACY_ENTRY_FORMAT, ENTRY_FORMAT } from '../../../src/core/sync/protocol';
import { normalise, readUpdateContents, type RangeMap } from '../../../src/core/sync/update-contents';
import { manyWritersUpdate, skippingUpdate } from './hostile-client';

const WORDS = ['Amira', 'Chloé', '李娜', 'سارة', '🙂 Sam', '', 'x'.repeat(40)];

/** A random history on a few docs that sync now and then: maps, text, arrays, nested types, deletions. */
function randomUpdate(random: Random): Uint8Array {
  const docs = [new Y.Doc(), new Y.Doc(), new Y.Doc()];
  for (let step = 0; step < 60; step++) {
    const doc = random.pick(docs);
    const roll = random.next();
    const map = doc.getMap('people');
    const text = doc.getText('notes');
    const list = doc.getArray<unknown>('list');
    if (roll < 0.3) map.set(`k${random.int(0, 8)}`, random.chance(0.5) ? random.pick(WORDS) : { n: random.int(0, 9), tags: [random.pick(WORDS), null, true], bytes: new Uint8Array([1, 2]) });
    else if (roll < 0.4) map.delete(`k${random.int(0, 8)}`);
    else if (roll < 0.55) text.insert(random.int(0, text.length), random.pick(WORDS));
    else if (roll < 0.65 && text.length > 0) text.delete(random.int(0, text.length - 1), 1);
    else if (roll < 0.75) {
      const nested = new Y.Map<unknown>();
      map.set(`nested${random.int(0, 3)}`, nested);
      nested.set('name', random.pick(WORDS));
    } else if (roll < 0.85) list.insert(random.int(0, list.length), [random.int(0, 100), random.pick(WORDS)]);
    else if (roll < 0.9 && list.length > 0) list.delete(random.int(0, list.length - 1), 1);
    else {
      const from = random.pick(docs);
      Y.applyUpdate(doc, Y.encodeStateAsUpdate(from, Y.encodeStateVector(doc)));
    }
  }
  const doc = random.pick(docs);
  if (random.chance(0.5)) return Y.encodeStateAsUpdate(doc);
  // Or a diff against another doc: starts past clock 0
  return Y.encodeStateAsUpdate(doc, Y.encodeStateVector(random.pick(docs)));
}

/** What Yjs itself reads from an update. */
function yjsContents(update: Uint8Array): { changes: RangeMap; deletes: RangeMap } {
  const { structs, ds } = Y.decodeUpdate(update);
  const changes: RangeMap = new Map();
  const deletes: RangeMap = new Map();
  const add = (map: RangeMap, client: number, from: number, to: number) => {
    const list = map.get(client) ?? [];
    list.push([from, to]);
    map.set(client, list);
  };
  for (const struct of structs) {
    if (struct instanceof Y.Skip) continue;
    add(changes, struct.id.client, struct.id.clock, struct.id.clock + struct.length);
    if (struct instanceof Y.GC || (struct instanceof Y.Item && struct.content instanceof Y.ContentDeleted)) add(deletes, struct.id.client, struct.id.clock, struct.id.clock + struct.length);
  }
  for (const [client, items] of ds.clients) for (const { clock, len } of items) add(deletes, client, clock, clock + len);
  for (const map of [changes, deletes]) for (const list of map.values()) normalise(list);
  return { changes, deletes };
}

function bytes(n: number, random: Random): Uint8Array {
  return Uint8Array.from({ length: n }, () => random.int(0, 255));
}

describe('what an update holds, read off its bytes', () => {
  it('agrees with Yjs on every update of random histories', () => {
    for (let seed = 1; seed <= 150; seed++) {
      const update = randomUpdate(seededRandom(seed));
      expect(readUpdateContents(update), `seed ${seed}`).toEqual(yjsContents(update));
    }
  }, 60_000);

  it('does not count clocks an update only skips over', () => {
    const contents = readUpdateContents(skippingUpdate(42, 1000))!;
    expect(contents.changes.get(42)).toEqual([[999, 1000]]);
    expect(Y.parseUpdateMeta(skippingUpdate(42, 1000)).from.get(42)).toBe(0); // what a naive reader would count from
  });

  it('reads many writers in one pass', () => {
    expect(readUpdateContents(manyWritersUpdate(50_000))?.changes.size).toBe(50_000);
  }, 30_000);

  it('refuses what Yjs could not read, whole', () => {
    const random = seededRandom(5);
    const update = randomUpdate(random);
    expect(readUpdateContents(update.subarray(0, update.length - 3))).toBeNull();
    expect(readUpdateContents(new Uint8Array([1, 1, 5, 0, 0b00011111]))).toBeNull(); // unknown content
    expect(readUpdateContents(new Uint8Array([200, 1, 2, 3]))).toBeNull();
    for (let i = 0; i < 200; i++) {
      const junk = bytes(random.int(1, 64), random);
      const contents = readUpdateContents(junk);
      if (!contents) continue;
      // Whatever it accepts, Yjs reads the same way (or refuses to apply).
      try {
        expect(contents).toEqual(yjsContents(junk));
      } catch (error) {
        if (!(error instanceof Error) || error.name === 'AssertionError') throw error;
      }
    }
  });
});

describe('the plain text of an entry', () => {
  const now = Date.UTC(2026, 0, 1);
  const randomBytes = (n: number) => new Uint8Array(n).fill(7);

  it('carries a small update whole, compressed when that is smaller', () => {
    const doc = new Y.Doc();
    doc.getMap('people').set('p1', 'Amira Khan, organisation: Carers Centre, status: active');
    const update = Y.encodeStateAsUpdate(doc);
    const { texts, group } = entryTextsFor(update, now, randomBytes);
    expect(group).toBeNull();
    expect(texts).toHaveLength(1);
    expect(texts[0]!.length).toBeLessThan(update.length);
    expect(readEntryText(ENTRY_FORMAT, texts[0]!)).toEqual({ kind: 'update', update });
  });

  it('cuts a large update into parts that fit in an entry, and joins them again', () => {
    const random = seededRandom(9);
    const update = bytes(50_000, random);
    const { texts, group } = entryTextsFor(update, now, randomBytes, 4096);
    expect(texts.length).toBeGreaterThan(10);
    const parts = texts.map((text) => readEntryText(ENTRY_FORMAT, text)!);
    for (const [index, part] of parts.entries()) {
      expect(part).toMatchObject({ kind: 'part', group, index, count: texts.length, startedAt: now / 1000 });
      expect(texts[index]!.length + 29).toBeLessThanOrEqual(4096);
    }
    const slices = parts.map((p) => (p.kind === 'part' ? p.slice : new Uint8Array()));
    expect(joinSlices(slices)).toEqual(update);
    expect(joinSlices(slices.slice(1))).toBeNull();
  }, 30_000);

  it('refuses a compressed update that claims to expand far more than any real one', () => {
    const huge = new Uint8Array(1_000_000);
    const deflated = deflateSync(huge, { dictionary: COMPRESSION_DICTIONARY });
    const encoder = encoding.createEncoder();
    encoding.writeUint8(encoder, 2);
    encoding.writeVarUint(encoder, huge.length);
    encoding.writeUint8Array(encoder, deflated);
    expect(readEntryText(ENTRY_FORMAT, encoding.toUint8Array(encoder))).toBeNull();
    const lying = encoding.createEncoder();
    encoding.writeUint8(lying, 2);
    encoding.writeVarUint(lying, 10);
    encoding.writeUint8Array(lying, deflateSync(new Uint8Array(100), { dictionary: COMPRESSION_DICTIONARY }));
    expect(readEntryText(ENTRY_FORMAT, encoding.toUint8Array(lying))).toBeNull();
  }, 30_000);

  it('keeps the compression dictionary byte for byte (entries already sent need exactly it)', () => {
    expect(COMPRESSION_DICTIONARY.length).toBe(2264);
    expect(createHash('sha256').update(COMPRESSION_DICTIONARY).digest('hex')).toBe('5fd4f1967128932478fce4512cabb6a1f047e98e522570c5770f25c6bf393caf');
  });

  it('reads entries of the first format, skipping the changes they claim to carry', () => {
    const update = Y.encodeStateAsUpdate(new Y.Doc());
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 3); // two runs listed
    for (const n of [1, 0, 5, 2, 0, 9]) encoding.writeVarUint(encoder, n);
    encoding.writeUint8Array(encoder, update);
    expect(readEntryText(LEGACY_ENTRY_FORMAT, encoding.toUint8Array(encoder))).toEqual({ kind: 'update', update });
  });

  it('tells an entry of a kind it does not know from a damaged one', () => {
    expect(readEntryText(ENTRY_FORMAT, new Uint8Array([99, 1, 2, 3]))).toEqual({ kind: 'unknown' });
    expect(readEntryText(ENTRY_FORMAT, new Uint8Array([3, 1, 2]))).toBeNull(); // a part cut short
  });
});
