import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { writeResponseBatch, type ResponseInput } from '../../../src/core/commands/feedback-responses';
import { insertRecord } from '../../../src/core/commands/records';
import { collectionMap, createProjectDoc } from '../../../src/core/doc/project-doc';
import { responseType } from '../../../src/core/domain/response';
import { flushQueue, queueResponse } from '../../../src/core/feedback/queue';
import { freshDb } from '../helpers';
import { readAll } from '../../../src/core/read/records';

const given = (i: number): ResponseInput => ({ questionnaireId: 'qq', day: '2026-03-03', source: 'kiosk', answers: { order: i } });

/** The order Yjs itself records: each record's item clock in the collection map. */
function storedOrder(doc: Y.Doc): number[] {
  const map = collectionMap(doc, 'responses');
  const entries: { clock: number; order: number }[] = [];
  map.forEach((record, key) => {
    const item = (map as unknown as { _map: Map<string, Y.Item> })._map.get(key)!;
    entries.push({ clock: item.id.clock, order: record.get('answers') ? (record.get('answers') as { order: number }).order : -1 });
  });
  return entries.sort((a, b) => a.clock - b.clock).map((e) => e.order);
}

/** Chi-square statistic for how often the first-given response lands in each stored position. */
function chiSquareOfFirstPosition(positions: number[], size: number): number {
  const counts = new Array<number>(size).fill(0);
  for (const p of positions) counts[p]!++;
  const expected = positions.length / size;
  return counts.reduce((sum, c) => sum + (c - expected) ** 2 / expected, 0);
}

// Chi-square with 4 degrees of freedom: a uniform order exceeds this once in 10,000 runs.
const CHI2_4DF_P0001 = 23.51;

describe('anonymous responses', () => {
  it('keeps no person, no device and no time finer than the day', () => {
    const doc = createProjectDoc('p-anon');
    const sneaky = { ...given(1), personId: 'person-1', deviceName: 'Jo’s tablet', createdAt: '2026-03-03T14:31:07.000Z' } as ResponseInput;
    const result = writeResponseBatch(doc, [sneaky]);
    expect(result.ok && result.value.written).toBe(1);
    const [stored] = readAll(doc, responseType);
    const raw = collectionMap(doc, 'responses').values().next().value!.toJSON();
    expect(Object.keys(raw).sort()).toEqual(['answers', 'createdAt', 'day', 'id', 'questionnaireId', 'source', 'v']);
    expect(stored!.createdAt).toBe('2026-03-03T00:00:00.000Z');
    expect(JSON.stringify(raw)).not.toMatch(/person|tablet|14:31/);
  });

  it('refuses a response that carries the time of day', () => {
    const doc = createProjectDoc('p-time');
    const result = insertRecord(doc, responseType, { questionnaireId: 'qq', day: '2026-03-03', createdAt: '2026-03-03T14:31:07.000Z', answers: {} });
    expect(result).toEqual({ ok: false, message: 'A response keeps only the day it was given, never the time.' });
    expect(collectionMap(doc, 'responses').size).toBe(0);
  });

  it('stores each batch in an order that does not follow the order people answered', () => {
    const size = 5;
    const trials = 1_000;
    const firstAt: number[] = [];
    const lastAt: number[] = [];
    let rankCorrelation = 0;
    for (let t = 0; t < trials; t++) {
      const doc = createProjectDoc(`p-order-${t}`);
      writeResponseBatch(doc, Array.from({ length: size }, (_, i) => given(i)));
      const order = storedOrder(doc);
      firstAt.push(order.indexOf(0));
      lastAt.push(order.indexOf(size - 1));
      // Spearman's rank correlation between the given and the stored order.
      const d2 = order.reduce((sum, given, stored) => sum + (given - stored) ** 2, 0);
      rankCorrelation += 1 - (6 * d2) / (size * (size * size - 1));
    }
    expect(chiSquareOfFirstPosition(firstAt, size)).toBeLessThan(CHI2_4DF_P0001);
    expect(chiSquareOfFirstPosition(lastAt, size)).toBeLessThan(CHI2_4DF_P0001);
    // Unshuffled this would be 1; shuffled it sits near 0 (standard error about 0.016 here).
    expect(Math.abs(rankCorrelation / trials)).toBeLessThan(0.08);
  }, 30_000);

  it('would catch a batch written in the order given (the check can fail)', () => {
    const firstAt: number[] = [];
    for (let t = 0; t < 200; t++) {
      const doc = createProjectDoc(`p-plain-${t}`);
      writeResponseBatch(doc, Array.from({ length: 5 }, (_, i) => given(i)), (items) => items);
      firstAt.push(storedOrder(doc).indexOf(0));
    }
    expect(chiSquareOfFirstPosition(firstAt, 5)).toBeGreaterThan(CHI2_4DF_P0001);
  });

  it('shuffles kiosk answers on their way from the device queue, as another device receives them', async () => {
    const db = freshDb();
    const size = 5;
    const trials = 300;
    const firstAt: number[] = [];
    for (let t = 0; t < trials; t++) {
      const doc = createProjectDoc(`p-queue-${t}`);
      for (let i = 0; i < size; i++) await queueResponse(db, { projectId: doc.guid, questionnaireId: 'qq', day: '2026-03-03', source: 'kiosk', answers: { order: i } });
      const flushed = await flushQueue(db, doc, { threshold: size });
      expect(flushed.ok && flushed.value.written).toBe(size);
      // What a second facilitator's device sees after sync: the map in the order it was integrated.
      const remote = new Y.Doc();
      Y.applyUpdate(remote, Y.encodeStateAsUpdate(doc));
      const order: number[] = [];
      collectionMap(remote, 'responses').forEach((record) => order.push((record.get('answers') as { order: number }).order));
      expect(order).toEqual(storedOrder(doc));
      firstAt.push(order.indexOf(0));
    }
    expect(chiSquareOfFirstPosition(firstAt, size)).toBeLessThan(CHI2_4DF_P0001);
  }, 30_000);
});
