import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { markAttendance } from '../../../src/core/commands/attendance';
import { initialiseProject, readProjectMeta, updateProjectDetails } from '../../../src/core/commands/project';
import { insertRecord, readRecord, updateRecord } from '../../../src/core/commands/records';
import { attendanceId, attendanceType } from '../../../src/core/domain/attendance';
import { createProjectDoc } from '../../../src/core/doc/project-doc';
import { meetingType } from '../../../src/core/domain/meeting';
import { personType } from '../../../src/core/domain/person';
import { forgetSettledConflicts, isStillOpen, loadConflicts, rememberConflicts, restoreOtherValue } from '../../../src/core/sync/conflict-store';
import { watchConflicts, type FieldConflict } from '../../../src/core/sync/conflicts';
import { deriveProjectKeys, newSecret } from '../../../src/core/sync/crypto';
import { freshDb } from '../helpers';
import { SimRelay } from './sim';

async function setUp() {
  const keys = await deriveProjectKeys('p1', newSecret());
  const relay = new SimRelay();
  const a = relay.addDevice(createProjectDoc('p1'), keys);
  const b = relay.addDevice(createProjectDoc('p1'), keys);
  const seen = { a: [] as FieldConflict[], b: [] as FieldConflict[] };
  watchConflicts(a.real, (found) => seen.a.push(...found));
  watchConflicts(b.real, (found) => seen.b.push(...found));
  initialiseProject(a.real, { name: 'Riverside Carers', purpose: 'Better respite' });
  insertRecord(a.real, personType, { id: 'x1', name: 'Amira Khan', role: 'carer', status: 'active' });
  insertRecord(a.real, meetingType, { id: 'm1', title: 'First meeting', date: '2026-03-03', startTime: '10:00', endTime: '12:00' });
  await relay.settle();
  a.disconnect();
  b.disconnect();
  return { relay, a, b, seen };
}

describe('changes made on two devices at once', () => {
  it('tells both devices which value was kept and which was dropped', async () => {
    const { relay, a, b, seen } = await setUp();
    updateRecord(a.real, personType, 'x1', { name: 'Amira Khan-Bell' });
    updateRecord(b.real, personType, 'x1', { name: 'Amira Bell' });
    await relay.settle();
    const kept = readRecord(a.real, personType, 'x1')!.name;
    expect(readRecord(b.real, personType, 'x1')!.name).toBe(kept);
    const other = kept === 'Amira Bell' ? 'Amira Khan-Bell' : 'Amira Bell';
    for (const list of [seen.a, seen.b]) {
      expect(list).toHaveLength(1);
      expect(list[0]).toMatchObject({ collection: 'people', recordId: 'x1', field: 'name', kept, other });
    }
    expect(seen.a[0]!.id).toBe(seen.b[0]!.id);
  });

  it('says nothing when two facilitators change different fields, or the same field to the same value', async () => {
    const { relay, a, b, seen } = await setUp();
    updateRecord(a.real, personType, 'x1', { pronouns: 'she/her', organisation: 'Carers Centre' });
    updateRecord(b.real, personType, 'x1', { status: 'stepped-back', organisation: 'Carers Centre' });
    await relay.settle();
    expect(seen.a).toEqual([]);
    expect(seen.b).toEqual([]);
  });

  it('says nothing when one device changes a value after seeing the other’s change', async () => {
    const { relay, a, b, seen } = await setUp();
    await a.connect();
    await b.connect();
    updateRecord(a.real, personType, 'x1', { name: 'Amira K' });
    await relay.settle();
    updateRecord(b.real, personType, 'x1', { name: 'Amira Khan' });
    await relay.settle();
    expect([...seen.a, ...seen.b]).toEqual([]);
  });

  it('notices two different marks for one person at one meeting', async () => {
    const { relay, a, b, seen } = await setUp();
    markAttendance(a.real, 'm1', 'x1', 'present');
    markAttendance(b.real, 'm1', 'x1', 'apologies');
    await relay.settle();
    const mark = readRecord(a.real, attendanceType, attendanceId('m1', 'x1'))!.mark;
    expect(seen.a.map((c) => [c.field, c.kept, c.other])).toEqual([['mark', mark, mark === 'present' ? 'apologies' : 'present']]);
  });

  it('notices the project’s details changed on both devices', async () => {
    const { relay, a, b, seen } = await setUp();
    updateProjectDetails(a.real, { purpose: 'Respite that works for carers' });
    updateProjectDetails(b.real, { purpose: 'Breaks for carers' });
    await relay.settle();
    expect(seen.b).toHaveLength(1);
    expect(seen.b[0]).toMatchObject({ collection: 'meta', field: 'purpose', kept: readProjectMeta(b.real)!.purpose });
  });

  it('puts the other value back in one step, everywhere', async () => {
    const { relay, a, b, seen } = await setUp();
    updateRecord(a.real, personType, 'x1', { name: 'Amira Khan-Bell' });
    updateRecord(b.real, personType, 'x1', { name: 'Amira Bell' });
    await relay.settle();
    const db = freshDb();
    await rememberConflicts(db, 'p1', seen.b);
    const [conflict] = await loadConflicts(db, 'p1');
    expect(isStillOpen(b.real, conflict!)).toBe(true);
    const result = await restoreOtherValue(db, 'p1', b.real, conflict!);
    expect(result.ok).toBe(true);
    await relay.settle();
    expect(readRecord(a.real, personType, 'x1')!.name).toBe(conflict!.other);
    expect(await loadConflicts(db, 'p1')).toEqual([]);
    // the restore on b was a plain edit: a sees nothing new
    expect(seen.a).toHaveLength(1);
  });

  it('forgets a conflict once the field is changed again, or the record is gone', async () => {
    const { relay, a, b, seen } = await setUp();
    updateRecord(a.real, personType, 'x1', { name: 'Amira Khan-Bell' });
    updateRecord(b.real, personType, 'x1', { name: 'Amira Bell' });
    await relay.settle();
    const db = freshDb();
    await rememberConflicts(db, 'p1', seen.a);
    updateRecord(a.real, personType, 'x1', { name: 'Amira' });
    await forgetSettledConflicts(db, 'p1', a.real);
    expect(await loadConflicts(db, 'p1')).toEqual([]);
  });

  it('keeps the dropped text when two devices start the same long-text field at once', async () => {
    const keys = await deriveProjectKeys('p1', newSecret());
    const relay = new SimRelay();
    const a = relay.addDevice(createProjectDoc('p1'), keys);
    const b = relay.addDevice(createProjectDoc('p1'), keys);
    const seen: FieldConflict[] = [];
    const isRecords = (c: string) => c === 'notes';
    watchConflicts(a.real, (found) => seen.push(...found), { isRecords });
    watchConflicts(b.real, (found) => seen.push(...found), { isRecords });
    const record = new Y.Map<unknown>();
    a.real.getMap('notes').set('n1', record);
    await relay.settle();
    a.disconnect();
    b.disconnect();
    (a.real.getMap('notes').get('n1') as Y.Map<unknown>).set('text', new Y.Text('Agreed to meet monthly'));
    (b.real.getMap('notes').get('n1') as Y.Map<unknown>).set('text', new Y.Text('Ground rules drafted'));
    await relay.settle();
    const kept = String((a.real.getMap('notes').get('n1') as Y.Map<unknown>).get('text'));
    expect(seen.length).toBe(2);
    for (const c of seen) expect(c).toMatchObject({ collection: 'notes', recordId: 'n1', field: 'text', kept, other: kept === 'Ground rules drafted' ? 'Agreed to meet monthly' : 'Ground rules drafted' });
  });
});
