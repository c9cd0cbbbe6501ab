import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { markAttendance } from '../../../src/core/commands/attendance';
import { erasePerson, followErasures, isErasedPersonId, onPersonErased, previewErasure } from '../../../src/core/commands/erasure';
import { insertRecord, updateRecord } from '../../../src/core/commands/records';
import { recordBarrier } from '../../../src/core/commands/team-barriers';
import { recordConsent } from '../../../src/core/commands/team-consent';
import { addContribution } from '../../../src/core/commands/team-ledger';
import { addMember, saveInclusionProfile, setSupport } from '../../../src/core/commands/team-members';
import { addTraining } from '../../../src/core/commands/team-training';
import type { CommonGroundDb } from '../../../src/core/db/database';
import { docDatabaseName } from '../../../src/core/doc/indexeddb-doc-store';
import { createProjectDoc } from '../../../src/core/doc/project-doc';
import { attendanceType } from '../../../src/core/domain/attendance';
import { meetingType } from '../../../src/core/domain/meeting';
import { personType } from '../../../src/core/domain/person';
import { barrierType } from '../../../src/core/domain/team/barrier';
import { contributionType } from '../../../src/core/domain/team/contribution';
import { trainingType } from '../../../src/core/domain/team/training';
import { createProject } from '../../../src/core/projects/project-list';
import type { ProjectSession } from '../../../src/core/projects/project-session';
import { eraseMember, keepErasuresTrue } from '../../../src/core/team/erase-member';
import { ledgerTotals } from '../../../src/core/team/ledger';
import { countProjected } from '../../../src/core/projection/queries';
import { freshDb } from '../helpers';
import { readAll } from '../../../src/core/read/records';

const NAME = 'Zelda Quartermaine';
const PHONE = '07700 900999';
const NOTE = 'Uses a scooter; needs the ramp at the side door';

const bytesContain = (bytes: Uint8Array, text: string) => Buffer.from(bytes).includes(Buffer.from(text, 'utf8'));

function fill(doc: Y.Doc, name = NAME) {
  const zelda = addMember(doc, { name, role: 'lived-experience', status: 'active', pronouns: 'she/her', phone: PHONE, organisation: 'Tenants Association' });
  const other = addMember(doc, { name: 'Ben Baker', role: 'professional', status: 'active' });
  if (!zelda.ok || !other.ok) throw new Error('setup');
  const id = zelda.value.id;
  saveInclusionProfile(doc, id, { accessNeeds: ['step-free'], accessNotes: NOTE, formats: ['large-print'] });
  setSupport(doc, id, ['call-before']);
  recordConsent(doc, id, 'namedInPack', { given: true, how: 'Signed form' });
  updateRecord(doc, personType, id, { involvement: `${name} co-chairs the group` });
  for (const [i, date] of ['2026-02-03', '2026-02-10'].entries()) {
    insertRecord(doc, meetingType, { id: `m${i}`, title: `Meeting ${i + 1}`, date, startTime: '10:00', endTime: '12:00' });
    markAttendance(doc, `m${i}`, id, 'present');
    markAttendance(doc, `m${i}`, other.value.id, 'present');
  }
  addContribution(doc, { personId: id, kind: 'expense', expenseType: 'travel', paid: 'up-front', amountPence: 1250, date: '2026-02-03', forWhat: `Taxi for ${name}` });
  addContribution(doc, { personId: id, kind: 'time-credit', hours: 2, date: '2026-02-03', forWhat: 'Meeting 1' });
  addContribution(doc, { personId: other.value.id, kind: 'payment', amountPence: 12_000, date: '2026-02-03', forWhat: 'Day rate' });
  addTraining(doc, { personId: id, kind: 'introduction', date: '2026-02-01' });
  recordBarrier(doc, { reasons: ['travel'], detailsAgreed: true, name: 'Rhys', details: `Heard about it from ${name.toUpperCase()}.` });
  return { id, otherId: other.value.id };
}

const presentAt = (doc: Y.Doc, meetingId: string) => readAll(doc, attendanceType).filter((a) => a.meetingId === meetingId && a.mark === 'present').length;

async function storedUpdates(projectId: string): Promise<Uint8Array[]> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open(docDatabaseName(projectId));
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  const all = await new Promise<Uint8Array[]>((resolve, reject) => {
    const req = db.transaction('updates').objectStore('updates').getAll();
    req.onsuccess = () => resolve(req.result as Uint8Array[]);
    req.onerror = () => reject(req.error);
  });
  db.close();
  return all;
}

async function everythingInDexie(db: CommonGroundDb): Promise<string> {
  const tables = await Promise.all(db.tables.map((t) => t.toArray()));
  return JSON.stringify(tables);
}

async function openWithData(name = NAME): Promise<{ db: CommonGroundDb; session: ProjectSession; id: string; otherId: string }> {
  const db = freshDb();
  const created = await createProject(db, { name: 'Erasure test' });
  if (!created.ok) throw new Error(created.message);
  const session = created.value;
  const ids = fill(session.doc, name);
  await session.store.whenSaved();
  await session.projector.settled();
  return { db, session, ...ids };
}

describe('erasing a person', () => {
  it('shows what will be touched before the facilitator confirms', () => {
    const doc = createProjectDoc('p');
    const { id } = fill(doc);
    const preview = previewErasure(doc, id);
    expect(preview.ok).toBe(true);
    if (!preview.ok) return;
    expect(preview.value.name).toBe(NAME);
    expect(preview.value.references).toEqual(
      expect.arrayContaining([
        { collection: 'attendance', noun: 'attendance mark', count: 2 },
        { collection: 'contributions', noun: 'contribution', count: 2 },
        { collection: 'training', noun: 'training record', count: 1 },
      ]),
    );
    expect(preview.value.mentions.map((m) => `${m.collection}.${m.field}`).sort()).toEqual(['barriers.details', 'contributions.forWhat']);
  });

  it('leaves no trace of their name in the doc, its encoded state, the Dexie tables or stored updates, while counts and totals stay', async () => {
    const { db, session, id } = await openWithData();
    const totalsBefore = ledgerTotals(readAll(session.doc, contributionType)).project;
    expect(bytesContain(Y.encodeStateAsUpdate(session.doc), NAME)).toBe(true);
    expect(await everythingInDexie(db)).toContain(NAME);

    const result = await eraseMember(session, id, { scrubName: true });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({ unlinked: 3, anonymised: 2, scrubbed: 2, notScrubbed: [] });

    const json = JSON.stringify(session.doc.toJSON()) + JSON.stringify(['people', 'attendance', 'contributions', 'training', 'barriers', 'erasures'].map((c) => session.doc.getMap(c).toJSON()));
    for (const trace of [NAME, 'Zelda', 'Quartermaine', PHONE, NOTE, 'Tenants Association']) {
      expect(json).not.toContain(trace);
      expect(bytesContain(Y.encodeStateAsUpdate(session.doc), trace)).toBe(false);
      expect(await everythingInDexie(db)).not.toContain(trace);
      for (const update of await storedUpdates(session.projectId)) expect(bytesContain(update, trace)).toBe(false);
    }

    // Counts stay, unattributed.
    expect(presentAt(session.doc, 'm0')).toBe(2);
    expect(presentAt(session.doc, 'm1')).toBe(2);
    const anonymous = readAll(session.doc, attendanceType).filter((a) => isErasedPersonId(a.personId));
    expect(anonymous.map((a) => a.id).sort()).toEqual([`m0:${result.value.anonymousId}`, `m1:${result.value.anonymousId}`]);
    expect(ledgerTotals(readAll(session.doc, contributionType)).project).toEqual(totalsBefore);
    expect(readAll(session.doc, contributionType).filter((c) => !c.personId)).toHaveLength(2);
    expect(readAll(session.doc, trainingType).filter((t) => !t.personId)).toHaveLength(1);
    expect(readAll(session.doc, contributionType).map((c) => c.forWhat)).toContain('Taxi for [name removed]');
    expect(readAll(session.doc, barrierType)[0]!.details).toBe('Heard about it from [name removed].');
    const projectedAttendance = await countProjected(db, session.projectId, 'attendance');
    expect(projectedAttendance).toBe(4);
    await session.close();
  });

  it('erases emoji and right-to-left names down to the bytes', async () => {
    for (const name of ['مريم الحسن', 'Zofia 🌻 Nowakowska']) {
      const { db, session, id } = await openWithData(name);
      const r = await eraseMember(session, id, { scrubName: true });
      expect(r.ok).toBe(true);
      expect(bytesContain(Y.encodeStateAsUpdate(session.doc), name)).toBe(false);
      expect(await everythingInDexie(db)).not.toContain(name);
      for (const update of await storedUpdates(session.projectId)) expect(bytesContain(update, name)).toBe(false);
      await session.close();
    }
  });

  it('reaches another facilitator’s device as an ordinary change, which then holds no trace either', () => {
    const a = createProjectDoc('shared');
    const b = createProjectDoc('shared');
    const { id } = fill(a);
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(bytesContain(Y.encodeStateAsUpdate(b), NAME)).toBe(true);
    const erasedOnB: string[] = [];
    onPersonErased(b, (e) => erasedOnB.push(e.personId));

    const before = Y.encodeStateVector(a);
    expect(erasePerson(a, id, { scrubName: true }).ok).toBe(true);
    const change = Y.encodeStateAsUpdate(a, before);
    expect(bytesContain(change, NAME)).toBe(false);
    Y.applyUpdate(b, change);

    expect(erasedOnB).toEqual([id]);
    expect(JSON.stringify(b.getMap('people').toJSON())).not.toContain(NAME);
    for (const trace of [NAME, PHONE, NOTE]) expect(bytesContain(Y.encodeStateAsUpdate(b), trace)).toBe(false);
    expect(presentAt(b, 'm0')).toBe(2);
    expect(Y.encodeStateAsUpdate(a)).toEqual(Y.encodeStateAsUpdate(b));
  });

  it('anonymises marks and expenses that arrive late from a device that was offline during the erasure', async () => {
    const a = createProjectDoc('shared');
    const c = createProjectDoc('shared');
    const { id } = fill(a);
    Y.applyUpdate(c, Y.encodeStateAsUpdate(a));
    const stop = followErasures(a);
    erasePerson(a, id);
    // Meanwhile, offline, the other facilitator marks Zelda present at a new meeting and adds an expense.
    insertRecord(c, meetingType, { id: 'm9', title: 'Extra meeting', date: '2026-03-01', startTime: '10:00', endTime: '11:00' });
    markAttendance(c, 'm9', id, 'present');
    addContribution(c, { personId: id, kind: 'expense', expenseType: 'travel', amountPence: 400, date: '2026-03-01', forWhat: 'Bus' });
    updateRecord(c, personType, id, { pronouns: 'they/them' });

    Y.applyUpdate(a, Y.encodeStateAsUpdate(c, Y.encodeStateVector(a)));
    await new Promise((r) => setTimeout(r, 0));
    Y.applyUpdate(c, Y.encodeStateAsUpdate(a, Y.encodeStateVector(c)));

    for (const doc of [a, c]) {
      expect(JSON.stringify(['people', 'attendance', 'contributions', 'training'].map((n) => doc.getMap(n).toJSON()))).not.toContain(id);
      expect(presentAt(doc, 'm9')).toBe(1);
      expect(readAll(doc, personType).map((p) => p.name)).toEqual(['Ben Baker']);
    }
    stop();
  });

  it('anonymises an offline device’s own marks once the erasure reaches it', async () => {
    const a = createProjectDoc('shared');
    const c = createProjectDoc('shared');
    const { id } = fill(a);
    Y.applyUpdate(c, Y.encodeStateAsUpdate(a));
    const stop = followErasures(c);
    insertRecord(c, meetingType, { id: 'm9', title: 'Extra meeting', date: '2026-03-01', startTime: '10:00', endTime: '11:00' });
    markAttendance(c, 'm9', id, 'present');
    erasePerson(a, id);
    Y.applyUpdate(c, Y.encodeStateAsUpdate(a, Y.encodeStateVector(c)), 'remote');
    await new Promise((r) => setTimeout(r, 0));
    expect(JSON.stringify(c.getMap('attendance').toJSON())).not.toContain(id);
    expect(presentAt(c, 'm9')).toBe(1);
    stop();
  });

  it('drops an erased person brought back by an old backup loaded as plain records', async () => {
    const doc = createProjectDoc('p');
    const { id } = fill(doc);
    const stop = followErasures(doc);
    erasePerson(doc, id);
    insertRecord(doc, personType, { id, name: NAME, role: 'carer', status: 'active' });
    markAttendance(doc, 'm0', id, 'present');
    await new Promise((r) => setTimeout(r, 0));
    expect(JSON.stringify(doc.getMap('people').toJSON())).not.toContain(NAME);
    expect(JSON.stringify(doc.getMap('attendance').toJSON())).not.toContain(id);
    expect(presentAt(doc, 'm0')).toBe(2);
    stop();
  });

  it('compacts a device’s storage when an erasure arrives from another device', async () => {
    const { db, session, id } = await openWithData();
    const stop = keepErasuresTrue(session);
    const remote = createProjectDoc(session.projectId);
    Y.applyUpdate(remote, Y.encodeStateAsUpdate(session.doc));
    const sv = Y.encodeStateVector(remote);
    erasePerson(remote, id, { scrubName: true });
    const nameStored = async () => (await storedUpdates(session.projectId)).some((u) => bytesContain(u, NAME));
    expect(await nameStored()).toBe(true);
    Y.applyUpdate(session.doc, Y.encodeStateAsUpdate(remote, sv), 'remote');
    for (let i = 0; i < 100 && (await nameStored()); i++) await new Promise((r) => setTimeout(r, 20));
    expect(await nameStored()).toBe(false);
    await session.projector.settled();
    expect(await everythingInDexie(db)).not.toContain(NAME);
    stop();
    await session.close();
  });

  it('says so when the person is already gone', () => {
    const doc = createProjectDoc('p');
    expect(erasePerson(doc, 'nobody')).toEqual({ ok: false, message: 'That member is no longer here. They may already have been erased.' });
  });
});
