import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { insertRecord, updateRecord } from '../../../src/core/commands/records';
import type { DocStores } from '../../../src/core/doc/doc-store';
import { restoreOnDevice } from '../../../src/core/backup/apply';
import { createBackup } from '../../../src/core/backup/create';
import { checkBackupFile } from '../../../src/core/backup/restore';
import { initialiseProject } from '../../../src/core/commands/project';
import { docDatabaseName, indexeddbDocStores } from '../../../src/core/doc/indexeddb-doc-store';
import { MemoryDocStores } from '../../../src/core/doc/memory-doc-store';
import { canonicalJson, createProjectDoc } from '../../../src/core/doc/project-doc';
import { personType } from '../../../src/core/domain/person';
import { newId } from '../../../src/core/ids';
import { countProjected } from '../../../src/core/projection/queries';
import { createProject, deleteProjectData } from '../../../src/core/projects/project-list';
import { openProjectSession } from '../../../src/core/projects/project-session';
import { readRecord } from '../../../src/core/read/records';
import { freshDb } from '../helpers';

const kinds: [string, () => DocStores][] = [
  ['IndexedDB', () => indexeddbDocStores],
  ['memory', () => new MemoryDocStores()],
];

async function reopened(stores: DocStores, projectId: string) {
  const doc = createProjectDoc(projectId);
  const store = stores.open(doc);
  await store.load();
  return { doc, store };
}

describe.each(kinds)('a project’s doc stored in %s', (_, makeStores) => {
  it('loads back what was saved, and says saved only once it is', async () => {
    const stores = makeStores();
    const id = newId('p');
    const doc = createProjectDoc(id);
    const store = stores.open(doc);
    await store.load();
    insertRecord(doc, personType, { id: 'a', name: 'Ann', role: 'carer', status: 'active' });
    expect(store.hasUnsavedChanges).toBe(true);
    expect(store.saveState.kind).toBe('saving');
    await store.whenSaved();
    expect(store.hasUnsavedChanges).toBe(false);
    expect(store.saveState.kind).toBe('saved');
    updateRecord(doc, personType, 'a', { name: 'Ann Jones' });
    await store.compact();
    const again = await reopened(stores, id);
    expect(canonicalJson(again.doc)).toBe(canonicalJson(doc));
    await again.store.close();
    await store.close();
  });

  it('puts a whole project in place before it is opened, and removes it', async () => {
    const stores = makeStores();
    const id = newId('p');
    const source = createProjectDoc(id);
    insertRecord(source, personType, { id: 'b', name: 'Bethan', role: 'carer', status: 'active' });
    await stores.seed(id, Y.encodeStateAsUpdate(source));
    const seeded = await reopened(stores, id);
    expect(readRecord(seeded.doc, personType, 'b')?.name).toBe('Bethan');
    await seeded.store.close();
    await stores.remove(id);
    const gone = await reopened(stores, id);
    expect(readRecord(gone.doc, personType, 'b')).toBeUndefined();
    await gone.store.close();
  });
});

describe('the in-memory store', () => {
  it('keeps changes made while writes fail, and saves them all when reopened', async () => {
    const stores = new MemoryDocStores();
    const doc = createProjectDoc('p1');
    const store = stores.open(doc);
    await store.load();
    stores.failing = true;
    insertRecord(doc, personType, { id: 'a', name: 'Ann', role: 'carer', status: 'active' });
    await expect(store.whenSaved()).rejects.toThrow();
    expect(store.saveState.kind).toBe('failed');
    insertRecord(doc, personType, { id: 'b', name: 'Bob', role: 'carer', status: 'active' });
    await expect(store.reopen()).rejects.toThrow();
    stores.failing = false;
    await store.reopen();
    expect(store.saveState.kind).toBe('saved');
    const again = await reopened(stores, 'p1');
    expect([readRecord(again.doc, personType, 'a')?.name, readRecord(again.doc, personType, 'b')?.name]).toEqual(['Ann', 'Bob']);
  });

  it('serves a whole project session: commands, the projection, deleting', async () => {
    const db = freshDb();
    const stores = new MemoryDocStores();
    const made = await createProject(db, { name: 'Carers group', purpose: '' }, 'p2', stores);
    if (!made.ok) throw new Error(made.message);
    insertRecord(made.value.doc, personType, { id: 'a', name: 'Ann', role: 'carer', status: 'active' });
    await made.value.projector.settled();
    await made.value.close();
    expect(await countProjected(db, 'p2', personType.collection)).toBe(1);
    const session = await openProjectSession(db, 'p2', stores);
    expect(readRecord(session.doc, personType, 'a')?.name).toBe('Ann');
    await session.close();
    await deleteProjectData(db, 'p2', stores);
    expect(stores.stored('p2')).toEqual([]);
  });

  it('is where a restored backup is put, and where it goes when the write fails', async () => {
    const original = createProjectDoc('p3');
    initialiseProject(original, { name: 'Carers group' });
    insertRecord(original, personType, { id: 'a', name: 'Ann', role: 'carer', status: 'active' });
    const file = await createBackup(original, { appVersion: '0.1.0', protection: { unprotected: true, keys: [] } });
    if (!file.ok) throw new Error(file.message);
    const checked = await checkBackupFile(file.value.bytes);
    if (!checked.ok) throw new Error(checked.message);
    const db = freshDb();
    const stores = new MemoryDocStores();
    const device = { db, stores, openSession: (id: string) => openProjectSession(db, id, stores) };

    expect((await restoreOnDevice(device, checked.value)).ok).toBe(true);
    expect(stores.stored('p3').length).toBeGreaterThan(0);
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(docDatabaseName('p3'));
    const session = await openProjectSession(db, 'p3', stores);
    expect(readRecord(session.doc, personType, 'a')?.name).toBe('Ann');
    await session.close();

    // A device that cannot store the project keeps nothing of it.
    const full = new MemoryDocStores();
    full.seed = () => Promise.reject(new DOMException('full', 'QuotaExceededError'));
    const otherDb = freshDb();
    const refused = await restoreOnDevice({ db: otherDb, stores: full, openSession: (id) => openProjectSession(otherDb, id, full) }, checked.value);
    expect(refused.ok).toBe(false);
    expect(await otherDb.projects.count()).toBe(0);
    expect(full.stored('p3')).toEqual([]);
  });
});
