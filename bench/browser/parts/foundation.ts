import { markAttendance } from '../../../src/core/commands/attendance';
import { insertRecord, transact } from '../../../src/core/commands/records';
import { openDatabase } from '../../../src/core/db/database';
import { meetingType } from '../../../src/core/domain/meeting';
import { personType } from '../../../src/core/domain/person';
import { createProject } from '../../../src/core/projects/project-list';
import { openProjectSession } from '../../../src/core/projects/project-session';
import { generateReferenceProject } from '../../../src/core/reference/generate';
import { LARGE } from '../../../src/core/reference/sizes';

/** The app's own database, so the app finds what the bench page prepares. */
const appDb = () => openDatabase('common-ground');

/** Creates the large reference project in the app's storage; returns its id. */
export async function prepareLargeProject(): Promise<{ projectId: string; ms: number }> {
  const t0 = performance.now();
  const db = appDb();
  const created = await createProject(db, { name: 'Large reference project', purpose: 'Two hundred members, five hundred meetings' });
  if (!created.ok) throw new Error(created.message);
  const session = created.value;
  generateReferenceProject(session.doc, { size: LARGE });
  await session.store.whenSaved();
  await session.store.compact();
  await session.projector.settled();
  await session.close();
  db.close();
  return { projectId: session.projectId, ms: performance.now() - t0 };
}

/** Drops and rebuilds the projection of a project from its doc. */
export async function timeProjectionRebuild(projectId: string): Promise<{ loadMs: number; rebuildMs: number; rows: number }> {
  const db = appDb();
  const t0 = performance.now();
  const session = await openProjectSession(db, projectId);
  const t1 = performance.now();
  await session.projector.rebuild();
  const t2 = performance.now();
  const rows = await db.records.where('[projectId+collection+id]').between([projectId, ''], [projectId, '\uffff']).count();
  await session.close();
  db.close();
  return { loadMs: t1 - t0, rebuildMs: t2 - t1, rows };
}

/**
 * 30 attendance marks through the command path (validated, one Y transaction each, saved to
 * IndexedDB and projected), against the same 30 records put with raw IndexedDB in one
 * transaction. Measured as a facilitator meets it: one open project, a register per meeting,
 * round after round, both sides alternating. The first `warmUp` rounds compile the code paths
 * and are left out; the medians of the rest are returned.
 */
export async function timeThirtyMarks(rounds = 28, warmUp = 8): Promise<{ commandMs: number; rawMs: number; rounds: number }> {
  const db = openDatabase('bench-marks-' + Math.random());
  const created = await createProject(db, { name: 'Marks bench' });
  if (!created.ok) throw new Error(created.message);
  const session = created.value;
  const people: string[] = [];
  transact(session.doc, () => {
    for (let i = 0; i < 30; i++) {
      const r = insertRecord(session.doc, personType, { name: `Person ${i}`, role: 'carer', status: 'active' });
      if (r.ok) people.push(r.value.id);
    }
    for (let m = 0; m < rounds; m++) insertRecord(session.doc, meetingType, { id: `m${m}`, title: `Meeting ${m}`, date: '2026-05-05', startTime: '10:00', endTime: '12:00' });
  });
  await session.store.whenSaved();
  await session.projector.settled();
  const raw = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open('bench-raw-' + Math.random(), 1);
    req.onupgradeneeded = () => req.result.createObjectStore('attendance', { keyPath: 'id' });
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });

  const commandTimes: number[] = [];
  const rawTimes: number[] = [];
  for (let m = 0; m < rounds; m++) {
    const meetingId = `m${m}`;
    const t0 = performance.now();
    for (const personId of people) {
      const result = markAttendance(session.doc, meetingId, personId, 'present');
      if (!result.ok) throw new Error(result.message);
    }
    await session.store.whenSaved();
    await session.projector.settled();
    const commandMs = performance.now() - t0;

    const t1 = performance.now();
    await new Promise<void>((resolve, reject) => {
      const tx = raw.transaction('attendance', 'readwrite');
      const store = tx.objectStore('attendance');
      for (const personId of people) {
        store.put({ id: `${meetingId}:${personId}`, meetingId, personId, mark: 'present', v: 1, createdAt: new Date().toISOString() });
      }
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    const rawMs = performance.now() - t1;
    if (m >= warmUp) {
      commandTimes.push(commandMs);
      rawTimes.push(rawMs);
    }
  }
  raw.close();
  await session.close();
  db.close();
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  return { commandMs: median(commandTimes), rawMs: median(rawTimes), rounds: commandTimes.length };
}
