import { describe, expect, it } from 'vitest';
import { readAll, readRecord } from '../../../src/core/read/records';
import { collectionMap, createProjectDoc, readRawRecord } from '../../../src/core/doc/project-doc';
import { parseStoredRecord } from '../../../src/core/domain/parse-record';
import { documentVersionType } from '../../../src/core/domain/plan/document-version';
import { planRecordTypes } from '../../../src/core/domain/plan/index';
import { meetingType } from '../../../src/core/domain/meeting';
import { meetingSeriesType } from '../../../src/core/domain/plan/meeting-series';
import { measureType } from '../../../src/core/domain/plan/measure';
import { generateReferenceProject } from '../../../src/core/reference/generate';
import { LARGE, YEAR_OF_USE } from '../../../src/core/reference/sizes';
import { currentVersion } from '../../../src/core/plan/document-status';
import { addPlanRecords } from '../../../src/core/reference/parts/plan';
import type { Random } from '../../../src/core/reference/random';
import { seededRandom } from '../../../src/core/reference/random';
import type { ReferenceContext } from '../../../src/core/reference/context';
import { addPeople } from '../../../src/core/reference/parts/people';

describe('the reference project’s plan', () => {
  it('holds a full, valid plan whose links point at real meetings and people', () => {
    const doc = createProjectDoc('ref-plan');
    const ctx = generateReferenceProject(doc, { size: YEAR_OF_USE });
    for (const type of planRecordTypes) {
      const map = collectionMap(doc, type.collection);
      expect(map.size, type.collection).toBeGreaterThan(0);
      map.forEach((record, id) => {
        const parsed = parseStoredRecord(type, readRawRecord(record));
        expect(parsed.ok ? '' : `${type.collection}/${id}: ${parsed.message}`).toBe('');
      });
    }
    const terms = readAll(doc, documentVersionType).filter((v) => v.documentId === 'doc-terms');
    const agreed = currentVersion(terms)!;
    expect(agreed.status).toBe('agreed');
    expect(readRecord(doc, meetingType, agreed.meetingId!)!.title).toBe('Group meeting 3');
    const people = new Set(ctx.people.map((p) => p.id));
    expect(agreed.presentIds!.every((id) => people.has(id))).toBe(true);
    const series = readRecord(doc, meetingSeriesType, 'series-main')!;
    expect(readAll(doc, meetingType).filter((m) => m.seriesId === 'series-main')).toHaveLength(series.count);
    expect(readAll(doc, measureType).length).toBeGreaterThanOrEqual(12);
  });

  it('is the same every time', () => {
    const a = createProjectDoc('same');
    const b = createProjectDoc('same');
    generateReferenceProject(a, { size: YEAR_OF_USE, seed: 7 });
    generateReferenceProject(b, { size: YEAR_OF_USE, seed: 7 });
    for (const type of planRecordTypes) expect(readAll(a, type)).toEqual(readAll(b, type));
  });

  it('draws nothing from the shared random numbers, so the other parts come out the same', () => {
    const doc = createProjectDoc('no-random');
    const ctx = generateReferenceProject(createProjectDoc('people-source'), { size: YEAR_OF_USE });
    const untouchable = new Proxy({} as Random, {
      get() {
        throw new Error('The plan part used ctx.random');
      },
    });
    expect(() => addPlanRecords({ ...ctx, doc, random: untouchable, meetings: [] })).not.toThrow();
    expect(collectionMap(doc, 'aims').size).toBe(1);
  });

  it('adds its part quickly at the large size, where meetings stand alone', () => {
    const doc = createProjectDoc('large');
    const ctx: ReferenceContext = { doc, random: seededRandom(1), size: LARGE, startDate: '2026-01-06', people: [], meetings: [], questionnaires: [] };
    addPeople(ctx);
    const started = performance.now();
    addPlanRecords(ctx);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(readRecord(doc, meetingSeriesType, 'series-main')).toBeUndefined();
    expect(readAll(doc, documentVersionType).length).toBe(6);
  });
});
