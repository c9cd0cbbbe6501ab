import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { clearAttendance, markAttendance } from '../../../src/core/commands/attendance';
import { writeResponseBatch } from '../../../src/core/commands/feedback-responses';
import { archiveRecord, insertRecord, removeRecord, updateRecord } from '../../../src/core/commands/records';
import { MemoryDocStores } from '../../../src/core/doc/memory-doc-store';
import { createProjectDoc } from '../../../src/core/doc/project-doc';
import { personType } from '../../../src/core/domain/person';
import { meetingType } from '../../../src/core/domain/meeting';
import { responseType } from '../../../src/core/domain/response';
import { Projector } from '../../../src/core/projection/projector';
import { countProjected, projectedIds, projectedRecord, projectedRecords } from '../../../src/core/projection/queries';
import { createProject } from '../../../src/core/projects/project-list';
import { openProjectSession } from '../../../src/core/projects/project-session';
import { seededRandom } from '../../../src/core/reference/random';
import { freshDb } from '../helpers';

describe('projection', () => {
  it('shows a member added by a command in the Dexie table', async () => {
    const db = freshDb();
    const created = await createProject(db, { name: 'Park users group', purpose: 'Redesign the park together' }, undefined, new MemoryDocStores());
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    const session = created.value;
    const added = insertRecord(session.doc, personType, { name: 'Amira Ahmed', role: 'lived-experience', status: 'active' });
    expect(added.ok).toBe(true);
    await session.projector.settled();
    const people = await projectedRecords<{ name: string }>(db, session.projectId, 'people');
    expect(people.map((p) => p.name)).toEqual(['Amira Ahmed']);
    const project = await db.projects.get(session.projectId);
    expect(project?.name).toBe('Park users group');
    await session.close();
  });

  // Five seeds of 200 commands take about 4 s alone, past vitest's 5 s default on a loaded machine.
  it('matches a full rebuild after random command sequences', { timeout: 30_000 }, async () => {
    for (let seed = 1; seed <= 5; seed++) {
      const random = seededRandom(seed);
      const db = freshDb();
      const doc = createProjectDoc(`p-rand-${seed}`);
      const projector = new Projector(db, doc);
      await projector.start();
      const people: string[] = [];
      const meetings: string[] = [];
      const responses: string[] = [];
      const days = ['2026-03-03', '2026-03-10', '2026-03-17'];
      for (let i = 0; i < 200; i++) {
        const roll = random.next();
        if (roll >= 0.7 && roll < 0.85) {
          // Packed collections: kiosk batches, a removed response, a cleared mark.
          if (random.chance(0.6)) {
            const batch = Array.from({ length: random.int(1, 6) }, () => ({ id: `r-${i}-${random.int(0, 1e6)}`, questionnaireId: random.pick(['q1', 'q2']), day: random.pick(days), source: 'kiosk' as const, answers: { a: random.int(1, 5) } }));
            writeResponseBatch(doc, batch);
            responses.push(...batch.map((b) => b.id));
          } else if (responses.length && random.chance(0.5)) removeRecord(doc, responseType, random.pick(responses));
          else if (meetings.length && people.length) clearAttendance(doc, random.pick(meetings), random.pick(people));
          continue;
        }
        if (roll < 0.25 || people.length === 0) {
          const r = insertRecord(doc, personType, { name: `Person ${i}`, role: 'carer', status: 'active' });
          if (r.ok) people.push(r.value.id);
        } else if (roll < 0.35 || meetings.length === 0) {
          const r = insertRecord(doc, meetingType, { title: `Meeting ${i}`, date: '2026-03-0' + random.int(1, 9), startTime: '10:00', endTime: '12:00' });
          if (r.ok) meetings.push(r.value.id);
        } else if (roll < 0.6) {
          updateRecord(doc, personType, random.pick(people), { name: `Renamed ${i}` });
        } else if (roll < 0.7) {
          archiveRecord(doc, personType, random.pick(people), random.chance(0.5));
        } else {
          markAttendance(doc, random.pick(meetings), random.pick(people), random.pick(['present', 'apologies', 'absent'] as const));
        }
        if (random.chance(0.2)) await new Promise((r) => setTimeout(r, 0));
      }
      await projector.settled();
      const incremental = await db.records.toArray();
      await projector.rebuild();
      const rebuilt = await db.records.toArray();
      const key = (r: { collection: string; id: string }) => `${r.collection}/${r.id}`;
      const sort = (rows: typeof incremental) => [...rows].sort((a, b) => key(a).localeCompare(key(b)));
      expect(sort(incremental)).toEqual(sort(rebuilt));
      expect(incremental.length).toBeGreaterThan(50);
      // Packs hold exactly the records in the doc, and counts read from index keys agree.
      const inDoc = (name: string) => [...(doc.getMap(name) as Y.Map<unknown>).keys()].sort();
      expect((await projectedRecords<{ id: string }>(db, doc.guid, 'responses')).map((r) => r.id)).toEqual(inDoc('responses'));
      expect((await projectedRecords<{ id: string }>(db, doc.guid, 'attendance')).map((r) => r.id)).toEqual(inDoc('attendance'));
      expect(await countProjected(db, doc.guid, 'responses')).toBe(inDoc('responses').length);
      expect(incremental.filter((r) => r.collection === 'responses').length).toBeLessThanOrEqual(6);
      projector.stop();
    }
  });

  it('detects a stale projection on open and rebuilds it', async () => {
    const db = freshDb();
    const stores = new MemoryDocStores();
    const created = await createProject(db, { name: 'Stale test' }, undefined, stores);
    if (!created.ok) throw new Error(created.message);
    const session = created.value;
    insertRecord(session.doc, personType, { name: 'Ben Baker', role: 'professional', status: 'active' });
    await session.store.whenSaved();
    // Simulate the app being closed before the projection caught up: stop following, then
    // change the doc only in storage.
    session.projector.stop();
    insertRecord(session.doc, personType, { name: 'Chloe Campbell', role: 'carer', status: 'active' });
    await session.store.whenSaved();
    await session.store.close();

    const reopened = await openProjectSession(db, session.projectId, stores);
    expect(reopened.rebuiltOnOpen).toBe(true);
    const names = (await projectedRecords<{ name: string }>(db, session.projectId, 'people')).map((p) => p.name).sort();
    expect(names).toEqual(['Ben Baker', 'Chloe Campbell']);
    await reopened.close();

    const again = await openProjectSession(db, session.projectId, stores);
    expect(again.rebuiltOnOpen).toBe(false);
    await again.close();
  });

  it('projects remote updates as well as local ones', async () => {
    const db = freshDb();
    const doc = createProjectDoc('p-remote');
    const projector = new Projector(db, doc);
    await projector.start();
    const other = new Y.Doc();
    insertRecord(other, personType, { id: 'person-x', name: 'Dev Davies', role: 'carer', status: 'active' });
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other), 'remote');
    await projector.settled();
    const row = await db.records.get(['p-remote', 'people', 'person-x']);
    expect(row?.data.name).toBe('Dev Davies');
  });

  it('answers the screens’ questions: by key, by a range of keys, by several keys, one by id, and counts', async () => {
    const db = freshDb();
    const doc = createProjectDoc('p-queries');
    const projector = new Projector(db, doc);
    await projector.start();
    for (const [id, date] of [['m1', '2026-03-03'], ['m2', '2026-03-10'], ['m3', '2026-03-17'], ['m4', '2026-03-24']] as const) {
      insertRecord(doc, meetingType, { id, title: `Meeting ${id}`, date, startTime: '10:00', endTime: '12:00' });
    }
    insertRecord(doc, personType, { id: 'a', name: 'Asha', role: 'carer', status: 'active' });
    insertRecord(doc, personType, { id: 'b', name: 'Ben', role: 'carer', status: 'active' });
    markAttendance(doc, 'm2', 'a', 'present');
    markAttendance(doc, 'm2', 'b', 'apologies');
    markAttendance(doc, 'm3', 'a', 'present');
    await projector.settled();
    const ids = (list: { id: string }[]) => list.map((r) => r.id);
    expect(ids(await projectedRecords(db, doc.guid, 'meetings', { k1From: '2026-03-10', k1To: '2026-03-17' }))).toEqual(['m2', 'm3']);
    expect(ids(await projectedRecords(db, doc.guid, 'meetings', { k1: '2026-03-24' }))).toEqual(['m4']);
    expect(ids(await projectedRecords(db, doc.guid, 'attendance', { k1In: ['m2', 'm3', 'm4'] }))).toEqual(['m2:a', 'm2:b', 'm3:a']);
    expect(await projectedRecords(db, doc.guid, 'attendance', { k1In: [] })).toEqual([]);
    expect((await projectedRecord<{ title: string }>(db, doc.guid, 'meetings', 'm3'))?.title).toBe('Meeting m3');
    expect(await projectedRecord(db, doc.guid, 'meetings', 'gone')).toBeUndefined();
    expect(await projectedIds(db, doc.guid, 'people')).toEqual(['a', 'b']);
    expect(await countProjected(db, doc.guid, 'attendance', { k1: 'm2' })).toBe(2);
    expect(await countProjected(db, doc.guid, 'attendance')).toBe(3);
    expect(await countProjected(db, doc.guid, 'people', { k1: 'active' })).toBe(2);
    projector.stop();
  });
});
