import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { seededRandom } from '../../../src/core/reference/random';
import { inspectEnvelopeUpdate } from '../../../src/core/sync/protocol';

/**
 * The server reads every update without decoding it into Yjs objects (so a hostile message
 * costs no more memory than its bytes). What it reads must agree with Yjs's own decoder.
 */

function yjsFacts(update: Uint8Array) {
  const decoded = Y.decodeUpdate(update);
  const items = decoded.structs.filter((s) => s instanceof Y.Item);
  let deletions = 0;
  for (const ranges of decoded.ds.clients.values()) deletions += ranges.length;
  return { items: items.length, deletions, clients: new Set(items.map((s) => s.id.client)) };
}

describe('reading an envelope update without building it', () => {
  it('counts entries, deletions and writers exactly as Yjs does, for random envelopes', { timeout: 60_000 }, () => {
    for (let seed = 1; seed <= 60; seed++) {
      const random = seededRandom(seed);
      const docs = Array.from({ length: 3 }, (_, i) => {
        const doc = new Y.Doc();
        doc.clientID = seed * 10 + i;
        return doc;
      });
      const updates: Uint8Array[] = [];
      for (const doc of docs) doc.on('update', (u: Uint8Array) => updates.push(u));
      for (let step = 0; step < 30; step++) {
        const doc = random.pick(docs);
        const entries = doc.getArray<Uint8Array>('entries');
        doc.transact(() => {
          if (entries.length > 0 && random.chance(0.3)) {
            const at = random.int(0, entries.length - 1);
            entries.delete(at, random.int(1, Math.min(3, entries.length - at)));
          }
          else entries.insert(random.int(0, entries.length), Array.from({ length: random.int(1, 4) }, () => new Uint8Array(random.int(0, 40)).fill(step)));
        });
        if (random.chance(0.4)) {
          const other = random.pick(docs);
          if (other !== doc) Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
        }
      }
      for (const update of [...updates, ...docs.map((d) => Y.encodeStateAsUpdate(d)), Y.mergeUpdates(updates)]) {
        const facts = inspectEnvelopeUpdate(update);
        const expected = yjsFacts(update);
        expect(facts.problem, `seed ${seed}`).toBeNull();
        expect({ items: facts.items, deletions: facts.deletions, clients: facts.clients }, `seed ${seed}`).toEqual(expected);
        const total = expected.items + expected.deletions;
        if (total > 0) {
          expect(inspectEnvelopeUpdate(update, total).tooMany).toBe(false);
          expect(inspectEnvelopeUpdate(update, total - 1)).toMatchObject({ tooMany: true, problem: expect.stringMatching(/more than/) });
        }
      }
    }
  });

  it('still refuses anything that is not encrypted entries, and bytes cut short', () => {
    const updateOf = (write: (doc: Y.Doc) => void) => {
      const doc = new Y.Doc();
      write(doc);
      return Y.encodeStateAsUpdate(doc);
    };
    const entries = updateOf((d) => d.getArray('entries').push([new Uint8Array([1, 2, 3]), new Uint8Array(300)]));
    expect(inspectEnvelopeUpdate(entries).problem).toBeNull();
    for (let cut = 1; cut < entries.length - 1; cut++) expect(inspectEnvelopeUpdate(entries.subarray(0, cut)).problem, `cut at ${cut}`).not.toBeNull();
    expect(inspectEnvelopeUpdate(updateOf((d) => d.getArray('entries').push([new Y.Array()]))).problem).toMatch(/not encrypted/);
    expect(inspectEnvelopeUpdate(updateOf((d) => d.getMap('entries').set('k', new Uint8Array(1)))).problem).toMatch(/map key/);
    expect(inspectEnvelopeUpdate(updateOf((d) => d.getArray('other').push([new Uint8Array(1)]))).problem).toMatch(/outside/);
    expect(inspectEnvelopeUpdate(updateOf((d) => d.getArray('entries').push(['plain text']))).problem).toMatch(/not encrypted/);
  });
});
